package uk.frontdoor.mash;

import static org.awaitility.Awaitility.await;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Submission;

/** Staff and contacts for MASH tests; other modules' tests sign staff in with it too. */
public final class MashTesting {

  private MashTesting() {}

  /** A member of a council's staff who is not in the database, with these roles. */
  public static StaffUser named(String name, UUID authority, String... roles) {
    return new StaffUser(UUID.randomUUID(), authority, "test@council.example", name, List.of(roles), true, null);
  }

  static StaffUser staffUser(UUID authority, String... roles) {
    return named("Test Worker", authority, roles);
  }

  /** Signs a MockMvc request in as this member of staff. */
  public static RequestPostProcessor as(StaffUser user) {
    return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
  }

  /** Submits a referral online and waits for its MASH contact, which the event registry opens. */
  public static MashContact submitted(Referrals referrals, MashQueue queue, UUID authority, ReferralDocument document)
      throws InterruptedException {
    String reference =
        referrals
            .submit(new Submission(authority, Channel.ONLINE, document, "mash-test-" + UUID.randomUUID(), null, null))
            .reference();
    return await("the MASH contact for " + reference)
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> queue.awaitingDecision(authority).stream().filter(c -> c.reference().equals(reference)).findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  /** Rates the contact amber and assigns it to the worker, as a decision needs. */
  public static void triage(MashQueue queue, StaffUser worker, String reference) {
    queue.rate(worker, reference, Rag.AMBER, "A concern that needs a decision today");
    queue.assign(worker, reference, worker.id(), worker.displayName());
  }

  /** Who has been emailed that a request about the contact is overdue, as its council sees the outbox. */
  static List<String> toldOfOverdueRequest(
      TransactionTemplate transactions, Tenancy tenancy, JdbcClient jdbc, UUID authority, String contactReference) {
    return transactions.execute(
        status -> {
          tenancy.bind(authority);
          return jdbc.sql("SELECT recipient FROM notification_outbox WHERE template = 'INFORMATION_REQUEST_OVERDUE' AND reference = ?")
              .param(contactReference)
              .query(String.class)
              .list();
        });
  }
}
