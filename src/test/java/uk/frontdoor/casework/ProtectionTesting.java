package uk.frontdoor.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.platform.Tenancy;

/**
 * Section 47 enquiries completed with the outcome that an initial child protection conference is
 * needed, stored straight into the tables (a strategy discussion, its child, the enquiry) under
 * the council's binding. Conferences start from these; once the strategy discussion's service is
 * merged, this is the one place to switch to it.
 */
public final class ProtectionTesting {

  private ProtectionTesting() {}

  /**
   * An enquiry about the episode's child, started on {@code startedOn} by a strategy discussion that
   * day and completed with the outcome CONFERENCE, the initial conference due by {@code dueOn}.
   * Returns the enquiry's id.
   */
  public static UUID conferenceEnquiry(
      TransactionTemplate transactions, Tenancy tenancy, JdbcClient jdbc, UUID authority, UUID episodeId, LocalDate startedOn,
      LocalDate dueOn) {
    return transactions.execute(status -> {
      tenancy.bind(authority);
      UUID discussion = UUID.randomUUID();
      UUID enquiry = UUID.randomUUID();
      UUID by = UUID.randomUUID();
      Timestamp at = Timestamp.from(Instant.now());
      jdbc.sql(
              """
              INSERT INTO casework_strategy_discussion (authority_id, id, held_at, discussed, recorded_by_id, recorded_by_name, created_at)
              VALUES (?, ?, ?, 'Injuries seen at school; police and health agreed section 47 enquiries.', ?, 'Test social worker', ?)
              """)
          .params(authority, discussion, Timestamp.from(startedOn.atTime(10, 0).atZone(uk.frontdoor.authority.UkTime.ZONE).toInstant()), by, at)
          .update();
      jdbc.sql("INSERT INTO casework_strategy_child (authority_id, discussion_id, episode_id, section47, reason) VALUES (?, ?, ?, true, 'Significant harm suspected')")
          .params(authority, discussion, episodeId)
          .update();
      jdbc.sql(
              """
              INSERT INTO casework_enquiry (authority_id, id, episode_id, discussion_id, status, started_on, conference_due_on, seen_on,
                  seen_alone, outcome, completed_on, started_by_id, started_by_name, created_at)
              VALUES (?, ?, ?, ?, 'COMPLETED', ?, ?, ?, true, 'CONFERENCE', ?, ?, 'Test social worker', ?)
              """)
          .params(authority, enquiry, episodeId, discussion, startedOn, dueOn, startedOn, startedOn, by, at)
          .update();
      return enquiry;
    });
  }

  /**
   * A child with something on every child protection form: an enquiry that calls for an initial
   * conference, a child protection plan (started at a conference held today) and its review
   * conference scheduled, with one invitation.
   *
   * @param enquiry the enquiry awaiting its initial conference
   * @param review the scheduled review conference
   */
  public record Forms(UUID episode, UUID enquiry, UUID plan, UUID review, UUID chair, UUID lead) {}

  public static Forms forms(
      uk.frontdoor.referral.Referrals referrals, uk.frontdoor.mash.MashQueue queue, uk.frontdoor.mash.MashDecisions decisions,
      TransactionTemplate transactions, Tenancy tenancy, JdbcClient jdbc, Conferences conferences, uk.frontdoor.identity.StaffDirectory directory,
      UUID authority, Instant now) {
    String reference = CaseworkTesting.authorisedDecision(referrals, queue, decisions, authority,
        CaseworkTesting.referralAbout(CaseworkTesting.child("Fuzz", "Protection" + UUID.randomUUID().toString().substring(0, 6), "2015-05-05")),
        uk.frontdoor.mash.Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    UUID episode = CaseworkTesting.episodesOf(transactions, tenancy, jdbc, authority, reference, 1).get(0);
    LocalDate today = LocalDate.ofInstant(now, uk.frontdoor.authority.UkTime.ZONE);
    UUID chair = directory.withAnyRole(authority, java.util.List.of(Conferences.CHAIR)).get(0).id();
    UUID lead = directory.withAnyRole(authority, java.util.List.of("SOCIAL_WORKER")).get(0).id();
    uk.frontdoor.identity.StaffUser manager =
        new uk.frontdoor.identity.StaffUser(UUID.randomUUID(), authority, "forms@test", "Forms Manager", java.util.List.of("TEAM_MANAGER"), true, null);
    UUID first = conferenceEnquiry(transactions, tenancy, jdbc, authority, episode, today, today.plusDays(21));
    UUID initial = conferences.conveneInitial(manager, episode, java.util.List.of(first), now, chair, java.util.List.of()).id();
    conferences.hold(manager, initial, today, "Held for the forms",
        java.util.Map.of(episode, new Conferences.ChildDecision(Conference.Decision.PLAN, AbuseCategory.NEG, lead, null)));
    UUID plan = conferences.of(authority, episode).get(0).children().get(0).planId();
    UUID review = conferences.conveneReview(manager, episode, plan, now, chair,
        java.util.List.of(new Conference.Invitation("Jo Parent", "PARENT", null))).id();
    UUID enquiry = conferenceEnquiry(transactions, tenancy, jdbc, authority, episode, today, today.plusDays(21));
    return new Forms(episode, enquiry, plan, review, chair, lead);
  }
}
