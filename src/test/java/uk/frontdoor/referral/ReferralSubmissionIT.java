package uk.frontdoor.referral;

import static org.awaitility.Awaitility.await;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.authority.ReferralType;
import uk.frontdoor.platform.Tenancy;

/** A concern is stored, announced and acknowledged together, or not at all. */
@IntegrationTest
public class ReferralSubmissionIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @Autowired Referrals referrals;
  @Autowired TransactionTemplate transactions;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired JdbcClient jdbc;
  @Autowired Tenancy tenancy;

  public static ReferralDocument professionalReferral(String email) {
    return new ReferralDocument(
        Route.PROFESSIONAL,
        ReferralType.SAFEGUARDING,
        new ReferralDocument.Referrer("Sam Patel", null, "Cherwell Primary School", "DSL", email, null),
        false,
        List.of(
            new ReferralDocument.Child(
                "Ava", "Jones", java.time.LocalDate.parse("2016-03-02"), null, null, null, null,
                "9434765919", null, null, null, null)),
        List.of(),
        null,
        new ReferralDocument.Concern(
            "Ava said her step-father hit her with a belt.", null, List.of(HarmCategory.PHYSICAL),
            false, null, null),
        new ReferralDocument.Consent(ConsentStatus.NOT_SOUGHT_RISK, "Telling the family could put Ava at risk."),
        null, 3, null, null, null, null);
  }

  private static Submission submission(String key) {
    return new Submission(
        OXFORDSHIRE, Channel.ONLINE, professionalReferral("dsl@example.org"), key, null, null);
  }

  /**
   * Counts in a transaction of its own (so through another connection, outside any transaction of
   * the test), bound to Oxfordshire.
   */
  private long countElsewhere(String sql, String reference) {
    TransactionTemplate elsewhere = new TransactionTemplate(transactionManager);
    elsewhere.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    return elsewhere.execute(
        status -> {
          tenancy.bind(OXFORDSHIRE);
          return jdbc.sql(sql).param("%" + reference + "%").query(Long.class).single();
        });
  }

  private static final String EVENTS =
      "SELECT count(*) FROM event_publication WHERE event_type LIKE '%ConcernSubmitted' AND serialized_event LIKE ?";
  private static final String MASH_LISTENER = " AND listener_id LIKE '%ContactIntake%'";
  private static final String LADO_LISTENER = " AND listener_id LIKE '%AllegationIntake%'";
  private static final String ACKNOWLEDGEMENTS =
      "SELECT count(*) FROM notification_outbox WHERE reference LIKE ?";

  @Test
  void theReferralItsEventAndItsAcknowledgementCommitTogether() {
    String[] reference = new String[1];
    transactions.executeWithoutResult(
        status -> {
          Receipt receipt = referrals.submit(submission("together-" + UUID.randomUUID()));
          reference[0] = receipt.reference();
          // Inside the transaction: nothing is visible to anyone else yet, so no
          // acknowledgement can be sent before the referral is durable.
          assertThat(countElsewhere(EVENTS, receipt.reference())).isZero();
          assertThat(countElsewhere(ACKNOWLEDGEMENTS, receipt.reference())).isZero();
        });
    // One publication, for the MASH's intake; the LADO's listens only to concerns about adults
    // who work with children.
    assertThat(countElsewhere(EVENTS + MASH_LISTENER, reference[0])).isEqualTo(1);
    assertThat(countElsewhere(EVENTS + LADO_LISTENER, reference[0])).isZero();
    assertThat(countElsewhere(ACKNOWLEDGEMENTS, reference[0])).isEqualTo(1);
    assertThat(referralCount(reference[0])).isEqualTo(1);
  }

  @Test
  void aSubmissionWhoseTransactionFailsIsNeitherStoredNorAnnouncedNorAcknowledged() {
    String[] reference = new String[1];
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      reference[0] = referrals.submit(submission("fails-" + UUID.randomUUID())).reference();
                      throw new IllegalStateException("the database went away");
                    }))
        .hasMessage("the database went away");
    assertThat(reference[0]).isNotNull();
    assertThat(countElsewhere(EVENTS, reference[0])).isZero();
    assertThat(countElsewhere(ACKNOWLEDGEMENTS, reference[0])).isZero();
    assertThat(referralCount(reference[0])).isZero();
  }

  @Test
  void submissionsArrivingTogetherShareACommitAndEachIsStoredBeforeItsReceipt() throws Exception {
    String run = "together-" + UUID.randomUUID() + "-";
    int callers = 16;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> stored = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        String key = run + i;
        stored.add(
            pool.submit(
                () -> {
                  start.await();
                  Receipt receipt = referrals.submit(submission(key));
                  // Outside any transaction of the caller: the receipt means it is committed,
                  // with its event publication and its acknowledgement.
                  assertThat(referralCount(receipt.reference())).isEqualTo(1);
                  assertThat(countElsewhere(EVENTS + MASH_LISTENER, receipt.reference())).isEqualTo(1);
                  assertThat(countElsewhere(ACKNOWLEDGEMENTS, receipt.reference())).isEqualTo(1);
                  return receipt.reference();
                }));
      }
      start.countDown();
      List<String> references = new ArrayList<>();
      for (Future<String> reference : stored) {
        references.add(reference.get(30, TimeUnit.SECONDS));
      }
      assertThat(references).doesNotHaveDuplicates().hasSize(callers);
    } finally {
      pool.shutdownNow();
    }
    long transactionsUsed =
        transactions.execute(
            status -> {
              tenancy.bind(OXFORDSHIRE);
              return jdbc.sql("SELECT count(DISTINCT xmin::text) FROM referral WHERE idempotency_key LIKE ?")
                  .param(run + "%")
                  .query(Long.class)
                  .single();
            });
    assertThat(transactionsUsed).as("sixteen referrals arriving together committed in a few transactions").isLessThan(callers / 2);
  }

  @Test
  void theSameKeyTwiceIsOneReferral() {
    String key = "twice-" + UUID.randomUUID();
    Receipt first = referrals.submit(submission(key));
    Receipt second = referrals.submit(submission(key));
    assertThat(first.created()).isTrue();
    assertThat(second.created()).isFalse();
    assertThat(second.reference()).isEqualTo(first.reference());
    assertThat(referralCount(first.reference())).isEqualTo(1);
  }

  @Test
  void everyConcernBecomesAMashContact() throws Exception {
    Receipt receipt = referrals.submit(submission("mash-" + UUID.randomUUID()));
    await("the MASH contact")
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                transactions.execute(
                    status -> {
                      tenancy.bind(OXFORDSHIRE);
                      return jdbc.sql("SELECT count(*) FROM mash_contact WHERE reference = ?")
                          .param(receipt.reference())
                          .query(Long.class)
                          .single();
                    }),
            contacts -> contacts == 1);
  }

  @Test
  void anotherCouncilCannotSeeTheReferral() {
    Receipt receipt = referrals.submit(submission("rls-" + UUID.randomUUID()));
    UUID bracknell = UUID.fromString("00000000-0000-4000-8000-000000000002");
    assertThat(referrals.find(bracknell, receipt.reference())).isEmpty();
    assertThat(referrals.find(OXFORDSHIRE, receipt.reference().toLowerCase().replace("-", " ")))
        .get()
        .extracting(ReferralSummary::status)
        .isEqualTo(ReferralStatus.RECEIVED);
    Long unbound =
        transactions.execute(
            status ->
                jdbc.sql("SELECT count(*) FROM referral WHERE reference = ?")
                    .param(receipt.reference())
                    .query(Long.class)
                    .single());
    assertThat(unbound).as("rows visible with no council bound").isZero();
  }

  private long referralCount(String reference) {
    return transactions.execute(
        status -> {
          tenancy.bind(OXFORDSHIRE);
          return jdbc.sql("SELECT count(*) FROM referral WHERE reference = ?")
              .param(reference)
              .query(Long.class)
              .single();
        });
  }
}
