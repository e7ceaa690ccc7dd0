package uk.frontdoor.lado;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.frontdoor.mash.MashTesting.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Submission;

/**
 * The LADO's annual report counts the year's allegations by how they came and the adult's sector,
 * what the consideration found, the outcomes and how quickly they were resolved; the CSV holds the
 * same numbers; a year that is no year is no report; nothing names an adult.
 */
@IntegrationTest
class LadoReportIT {

  static final UUID WEST_BERKSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000005");

  @Autowired MockMvc mvc;
  @Autowired Referrals referrals;
  @Autowired Allegations allegations;
  @Autowired LadoReport reports;
  @Autowired TestClock clock;

  final StaffUser lado = MashTesting.named("Wyn Lado", WEST_BERKSHIRE, "LADO");

  private Allegation received() {
    String reference =
        referrals.submit(new Submission(WEST_BERKSHIRE, Channel.ONLINE, LadoIT.concernAboutACoach(), "report-" + UUID.randomUUID(), null, null))
            .reference();
    await().atMost(Duration.ofSeconds(20))
        .until(() -> allegations.all(WEST_BERKSHIRE).stream().anyMatch(a -> a.reference().equals(reference)));
    return allegations.open(lado, reference).orElseThrow();
  }

  @Test
  void theYearsAllegationsAreCountedAndTheCsvHoldsTheSameNumbers() throws Exception {
    clock.moveTo(Instant.parse("2027-01-11T10:00:00Z"));
    LadoReport.Report before = reports.of(WEST_BERKSHIRE, 2026);
    Allegation managed = received();
    allegations.consider(lado, managed, new Adult("Chris Coach", null, "Coach", "Newbury FC", "SPORT", null), List.of(HarmTest.RISK), null);
    Allegation advised = received();
    allegations.consider(lado, advised, new Adult("Sam Driver", null, "Driver", "Taxis", "TRANSPORT", null), List.of(),
        "The employer deals with it as a low-level concern.");
    clock.moveTo(Instant.parse("2027-01-25T10:00:00Z"));
    allegations.conclude(lado, allegations.open(lado, managed.reference()).orElseThrow(), Finding.UNSUBSTANTIATED, "NO_ACTION", "NONE", null);

    LadoReport.Report after = reports.of(WEST_BERKSHIRE, 2026);
    assertThat(count(after, "How allegations came to the LADO", "From a member of the public, online")
        - count(before, "How allegations came to the LADO", "From a member of the public, online")).isEqualTo(2);
    assertThat(count(after, "The adult’s sector", "Sport") - count(before, "The adult’s sector", "Sport")).isEqualTo(1);
    assertThat(count(after, "The adult’s sector", "Transport") - count(before, "The adult’s sector", "Transport")).isEqualTo(1);
    assertThat(count(after, "Adults with an earlier allegation", "The first about them")
        + count(after, "Adults with an earlier allegation", "An earlier allegation about the same adult")
        - count(before, "Adults with an earlier allegation", "The first about them")
        - count(before, "Adults with an earlier allegation", "An earlier allegation about the same adult"))
        .as("each adult considered is counted once").isEqualTo(2);
    Allegation again = received();
    allegations.consider(lado, again, new Adult("Chris Coach", null, "Coach", "Thatcham FC", "SPORT", null), List.of(HarmTest.HARMED), null);
    assertThat(count(reports.of(WEST_BERKSHIRE, 2026), "Adults with an earlier allegation", "An earlier allegation about the same adult")
        - count(after, "Adults with an earlier allegation", "An earlier allegation about the same adult"))
        .as("Chris Coach again").isEqualTo(1);
    assertThat(count(after, "The initial consideration", "It did not: advice given")
        - count(before, "The initial consideration", "It did not: advice given")).isEqualTo(1);
    assertThat(count(after, "Outcomes of the allegations concluded", "Unsubstantiated")
        - count(before, "Outcomes of the allegations concluded", "Unsubstantiated")).isEqualTo(1);
    assertThat(count(after, "How quickly allegations were resolved", "Within one month")
        - count(before, "How quickly allegations were resolved", "Within one month")).isEqualTo(2);
    assertThat(reports.of(WEST_BERKSHIRE, 2025).tables().get(1).counts()).as("another year").doesNotContainValue(-1);

    MockHttpServletResponse page = mvc.perform(get("/staff/lado/report").param("year", "2026").with(as(lado))).andReturn().getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString()).contains("Annual report, 2026 to 2027").contains("From 1 April 2026 to 31 March 2027")
        .doesNotContain("Chris Coach").doesNotContain("Sam Driver");
    MockHttpServletResponse csv = mvc.perform(get("/staff/lado/report.csv").param("year", "2026").with(as(lado))).andReturn().getResponse();
    assertThat(csv.getContentType()).startsWith("text/csv");
    assertThat(csv.getHeader("Content-Disposition")).contains("lado-report-2026-27.csv");
    assertThat(csv.getContentAsString()).startsWith("table,category,count\r\n")
        .contains("\"The adult’s sector\",\"Sport\"," + count(reports.of(WEST_BERKSHIRE, 2026), "The adult’s sector", "Sport") + "\r\n")
        .doesNotContain("Chris Coach");
    for (String year : new String[] {"1999", "9999", "20x6", "-1"}) {
      assertThat(mvc.perform(get("/staff/lado/report").param("year", year).with(as(lado))).andReturn().getResponse().getStatus())
          .as(year).isEqualTo(404);
    }
    assertThat(mvc.perform(get("/staff/lado/report").with(as(MashTesting.named("Mia Mash", WEST_BERKSHIRE, "MASH_SOCIAL_WORKER"))))
        .andReturn().getResponse().getStatus()).isEqualTo(403);
  }

  private static int count(LadoReport.Report report, String table, String category) {
    return report.tables().stream().filter(t -> t.heading().equals(table)).findFirst().orElseThrow().counts().get(category);
  }
}
