package uk.frontdoor.lado;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.frontdoor.mash.MashTesting.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Submission;

/**
 * How long a resolved allegation is kept follows how it ended: 100 years from the adult's date of
 * birth for a substantiated one, 10 years from resolution for a malicious one (marked for the
 * employer to keep off the personnel record) or one closed with advice; a council's own rule, as
 * data, replaces the common practice.
 */
@IntegrationTest
class LadoRetentionIT {

  static final UUID SOUTHAMPTON = UUID.fromString("00000000-0000-4000-8000-000000000003");

  @Autowired MockMvc mvc;
  @Autowired Referrals referrals;
  @Autowired Allegations allegations;
  @Autowired Retention retention;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  final StaffUser lado = MashTesting.named("Sol Lado", SOUTHAMPTON, "LADO");

  private Allegation received() {
    String reference =
        referrals.submit(new Submission(SOUTHAMPTON, Channel.ONLINE, LadoIT.concernAboutACoach(), "kept-" + UUID.randomUUID(), null, null))
            .reference();
    await().atMost(Duration.ofSeconds(20))
        .until(() -> allegations.all(SOUTHAMPTON).stream().anyMatch(a -> a.reference().equals(reference)));
    return allegations.open(lado, reference).orElseThrow();
  }

  private Retention.Kept kept(Allegation allegation) {
    Allegation now = allegations.open(lado, allegation.reference()).orElseThrow();
    return retention.of(SOUTHAMPTON, now, allegations.adult(SOUTHAMPTON, now.id()), allegations.outcome(SOUTHAMPTON, now.id())).orElseThrow();
  }

  private Allegation concluded(Finding finding, LocalDate born) {
    Allegation allegation = received();
    allegations.consider(lado, allegation, new Adult("Chris Coach", born, "Coach", "Shirley FC", "SPORT", null), List.of(HarmTest.HARMED), null);
    allegations.conclude(lado, allegations.open(lado, allegation.reference()).orElseThrow(), finding, "NO_ACTION", "NONE", null);
    return allegation;
  }

  @Test
  void howLongARecordIsKeptFollowsHowItEndedAndTheCouncilsOwnRule() throws Exception {
    Allegation open = received();
    assertThat(retention.of(SOUTHAMPTON, open, java.util.Optional.empty(), java.util.Optional.empty())).as("open: not yet").isEmpty();

    Retention.Kept substantiated = kept(concluded(Finding.SUBSTANTIATED, LocalDate.parse("1985-06-14")));
    assertThat(substantiated.until()).isEqualTo(LocalDate.parse("2085-06-14"));
    assertThat(substantiated.why()).isEqualTo("100 years from the adult’s date of birth (substantiated)");
    assertThat(substantiated.offPersonnelRecord()).isFalse();

    Retention.Kept unknownBirth = kept(concluded(Finding.UNSUBSTANTIATED, null));
    assertThat(unknownBirth.until()).isEqualTo(LocalDate.parse("2126-11-27"));
    assertThat(unknownBirth.why()).contains("their date of birth not being known");

    Allegation malicious = concluded(Finding.MALICIOUS, LocalDate.parse("1985-06-14"));
    assertThat(kept(malicious).until()).isEqualTo(LocalDate.parse("2036-11-27"));
    assertThat(kept(malicious).offPersonnelRecord()).isTrue();
    assertThat(mvc.perform(get("/staff/lado/" + malicious.reference()).with(as(lado))).andReturn().getResponse().getContentAsString())
        .contains("Keep this record until 27 November 2036: 10 years from when it was resolved (malicious).")
        .contains("is not kept on the adult’s personnel record");

    Allegation advised = received();
    allegations.consider(lado, advised, new Adult("Sam Driver", null, "Driver", "Taxis", "TRANSPORT", null), List.of(),
        "A low-level concern for the employer.");
    assertThat(kept(advised).why()).isEqualTo("10 years from when it was resolved (closed with advice)");

    transactions.executeWithoutResult(status -> {
      tenancy.bind(SOUTHAMPTON);
      jdbc.sql("INSERT INTO lado_retention_rule (authority_id, ending, basis, years) VALUES (?, 'ADVICE', 'RESOLUTION', 6)")
          .param(SOUTHAMPTON).update();
    });
    try {
      assertThat(kept(advised).until()).as("the council's own rule").isEqualTo(LocalDate.parse("2032-11-27"));
    } finally {
      transactions.executeWithoutResult(status -> {
        tenancy.bind(SOUTHAMPTON);
        jdbc.sql("DELETE FROM lado_retention_rule WHERE authority_id = ?").param(SOUTHAMPTON).update();
      });
    }
  }
}
