package uk.frontdoor.casework;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.authority.ReferralType;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashDecisions;
import uk.frontdoor.mash.MashQueue;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.mash.Outcome;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.ConsentStatus;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.ReferralDocument.Child;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Route;
import uk.frontdoor.referral.Submission;

/** Referrals decided by the MASH as the application decides them, and the episodes they open. */
public final class CaseworkTesting {

  private CaseworkTesting() {}

  /** A child with a name of its own (no NHS number), so no other test's referral is about them. */
  public static Child child(String firstName, String lastName, String born) {
    return new Child(firstName, lastName, LocalDate.parse(born), null, null, null, null, null, null, null, null, null);
  }

  /** A school's referral about the children. */
  public static ReferralDocument referralAbout(Child... children) {
    return ReferralDocument.from(Route.PROFESSIONAL)
        .referralType(ReferralType.SAFEGUARDING)
        .referrer(new ReferralDocument.Referrer("Sam Patel", null, "Cherwell Primary School", "DSL", "dsl@example.org", null))
        .children(List.of(children))
        .concern(new ReferralDocument.Concern("The children are often hungry and tired at school.", null, List.of(HarmCategory.NEGLECT), false, null, null))
        .consent(new ReferralDocument.Consent(ConsentStatus.GIVEN, null))
        .thresholdLevel(3)
        .build();
  }

  /**
   * Submits the referral and has the MASH decide it: a worker triages it and records the outcome,
   * a manager authorises it. Returns the contact's reference.
   */
  public static String authorisedDecision(
      Referrals referrals, MashQueue queue, MashDecisions decisions, UUID authority, ReferralDocument document, Outcome outcome) {
    return authorisedDecision(referrals, queue, decisions, authority, document, outcome, (worker, reference) -> {});
  }

  /** As above, with what the MASH worker does between triage and decision: asking partner agencies, say. */
  public static String authorisedDecision(
      Referrals referrals, MashQueue queue, MashDecisions decisions, UUID authority, ReferralDocument document, Outcome outcome,
      java.util.function.BiConsumer<StaffUser, String> beforeDeciding) {
    String reference =
        referrals.submit(new Submission(authority, Channel.ONLINE, document, "casework-" + UUID.randomUUID(), null, null)).reference();
    decide(queue, decisions, authority, reference, outcome, beforeDeciding);
    return reference;
  }

  /** Has the MASH decide a submitted referral's contact, once it arrives, and a manager authorise the decision. */
  public static void decide(
      MashQueue queue, MashDecisions decisions, UUID authority, String reference, Outcome outcome,
      java.util.function.BiConsumer<StaffUser, String> beforeDeciding) {
    await("the MASH contact for " + reference)
        .atMost(Duration.ofSeconds(20))
        .until(() -> queue.awaitingDecision(authority).stream().anyMatch(c -> c.reference().equals(reference)));
    StaffUser worker = MashTesting.named("Wendy Worker", authority, "MASH_SOCIAL_WORKER");
    StaffUser manager = MashTesting.named("Mo Manager", authority, "MASH_MANAGER");
    MashTesting.triage(queue, worker, reference);
    beforeDeciding.accept(worker, reference);
    decisions.decide(worker, reference, new MashDecisions.Proposal(3, "Needs an assessment.", outcome, "Allocate for assessment."));
    if (decisions.authorise(manager, reference) != MashDecisions.Result.DONE) {
      throw new IllegalStateException("The decision on " + reference + " was not authorised");
    }
  }

  /** The episodes a contact's referral is on, waiting until the intake has opened as many as expected. */
  public static List<UUID> episodesOf(
      TransactionTemplate transactions, Tenancy tenancy, JdbcClient jdbc, UUID authority, String reference, int expected) {
    return await("episodes for " + reference)
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                transactions.execute(
                    status -> {
                      tenancy.bind(authority);
                      return jdbc.sql("SELECT episode_id FROM casework_episode_referral WHERE reference = ? ORDER BY episode_id")
                          .param(reference)
                          .query(UUID.class)
                          .list();
                    }),
            ids -> ids.size() >= expected);
  }
}
