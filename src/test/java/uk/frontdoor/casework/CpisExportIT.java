package uk.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.frontdoor.mash.MashTesting.as;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.platform.Csv;
import uk.frontdoor.platform.Tenancy;

/**
 * CP-IS: a child on a plan with a valid NHS number is sent; one without, or with a number failing
 * its check digit, is listed as needing one, with the reason; an unborn child's plan is UCPP by its
 * expected date; the next export sends only what is new, changed or ended; another council's plans
 * never appear; every view and download is audited; a would-be formula is never a formula.
 */
@IntegrationTest
class CpisExportIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID WEST_BERKSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000005");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  final StaffUser manager = MashTesting.named("Cara Manager", OXFORDSHIRE, "TEAM_MANAGER");

  private MockHttpServletResponse download(String path) throws Exception {
    MockHttpServletResponse response = mvc.perform(get(path).with(as(manager))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
    return response;
  }

  /** The file's lines for these NHS numbers (the demo children's lines are there too). */
  private static List<String> linesOf(MockHttpServletResponse csv, String... nhsNumbers) throws Exception {
    return Arrays.stream(csv.getContentAsString().split("\r\n"))
        .filter(line -> Arrays.stream(nhsNumbers).anyMatch(line::startsWith))
        .toList();
  }

  @Test
  void sendsTheChildrenWithVerifiedNumbersThenOnlyTheChangesSinceTheLastExport() throws Exception {
    ProtectionRows oxfordshire = new ProtectionRows(jdbc, transactions, tenancy, OXFORDSHIRE);
    UUID ada = oxfordshire.episode("Ada", "Verified", LocalDate.of(2016, 3, 2), null, "9434765919");
    oxfordshire.plan(ada, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 1));
    UUID bo = oxfordshire.episode("Bo", "Numberless", LocalDate.of(2018, 4, 4), null, null);
    oxfordshire.plan(bo, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1));
    UUID cy = oxfordshire.episode("Cy", "Mistyped", LocalDate.of(2019, 5, 5), null, "9434765918");
    oxfordshire.plan(cy, LocalDate.of(2026, 7, 2), LocalDate.of(2026, 10, 2));
    UUID dot = oxfordshire.episode(null, "Unborn", null, LocalDate.of(2027, 2, 10), "6541003238");
    oxfordshire.plan(dot, LocalDate.of(2026, 11, 2), LocalDate.of(2027, 2, 2));
    UUID eli = oxfordshire.episode("Eli", "Ending", LocalDate.of(2014, 1, 20), null, "6716689966");
    UUID eliPlan = oxfordshire.plan(eli, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 1));
    UUID fay = oxfordshire.episode("Fay", "Longago", LocalDate.of(2013, 2, 2), null, "4010232137");
    UUID fayPlan = oxfordshire.plan(fay, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 4, 10));
    oxfordshire.end(fayPlan, LocalDate.of(2025, 9, 30));
    ProtectionRows westBerkshire = new ProtectionRows(jdbc, transactions, tenancy, WEST_BERKSHIRE);
    UUID elsewhere = westBerkshire.episode("Gus", "Elsewhere", LocalDate.of(2015, 6, 6), null, "4857774615");
    westBerkshire.plan(elsewhere, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 11, 1));

    String page = mvc.perform(get("/staff/casework/cp-is").with(as(manager))).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Ada Verified").contains("9434765919").contains("Needs a verified NHS number")
        .contains(CpisExport.NO_NUMBER).contains(CpisExport.FAILS_CHECK).contains("Bo Numberless").contains("Cy Mistyped")
        .doesNotContain("Gus Elsewhere").doesNotContain("4857774615")
        .as("a plan that ended more than 12 months ago is not sent").doesNotContain("Fay Longago");

    MockHttpServletResponse all = download("/staff/casework/cp-is.csv");
    assertThat(all.getHeader("Content-Disposition")).contains("cp-is-oxfordshire-2026-11-27.csv");
    assertThat(all.getContentAsString()).startsWith(
        "NHS number,Date of birth or expected date,Plan type,Plan start date,Plan end date,Local authority contact,Change since last export\r\n");
    assertThat(linesOf(all, "9434765919", "6541003238", "6716689966", "9434765918", "4857774615", "4010232137")).containsExactlyInAnyOrder(
        "9434765919,\"2016-03-02\",\"CPP\",\"2026-06-01\",,\"Oxfordshire County Council Multi-Agency Safeguarding Hub (MASH), 0345 050 7666\",\"NEW\"",
        "6541003238,\"2027-02-10\",\"UCPP\",\"2026-11-02\",,\"Oxfordshire County Council Multi-Agency Safeguarding Hub (MASH), 0345 050 7666\",\"NEW\"",
        "6716689966,\"2014-01-20\",\"CPP\",\"2025-10-01\",,\"Oxfordshire County Council Multi-Agency Safeguarding Hub (MASH), 0345 050 7666\",\"NEW\"");

    // Since: Eli's plan ends at a review, Dot is born, Hal's plan starts.
    oxfordshire.end(eliPlan, LocalDate.of(2026, 11, 20));
    oxfordshire.born(dot, LocalDate.of(2026, 11, 25));
    UUID hal = oxfordshire.episode("Hal", "Newly", LocalDate.of(2020, 8, 8), null, "9434765870");
    oxfordshire.plan(hal, LocalDate.of(2026, 11, 26), LocalDate.of(2027, 2, 26));

    String changedPage = mvc.perform(get("/staff/casework/cp-is").with(as(manager))).andReturn().getResponse().getContentAsString();
    String changes = changedPage.substring(changedPage.indexOf("id=\"changes\""), changedPage.indexOf("id=\"all\""));
    assertThat(changes).contains("Eli Ending").contains("Hal Newly").contains("ENDED").contains("CHANGED").contains("NEW")
        .doesNotContain("Ada Verified");

    MockHttpServletResponse changed = download("/staff/casework/cp-is-changes.csv");
    assertThat(changed.getHeader("Content-Disposition")).contains("cp-is-oxfordshire-changes-2026-11-27.csv");
    assertThat(linesOf(changed, "9434765919", "6541003238", "6716689966", "9434765870")).containsExactlyInAnyOrder(
        "6541003238,\"2026-11-25\",\"CPP\",\"2026-11-02\",,\"Oxfordshire County Council Multi-Agency Safeguarding Hub (MASH), 0345 050 7666\",\"CHANGED\"",
        "6716689966,\"2014-01-20\",\"CPP\",\"2025-10-01\",\"2026-11-20\",\"Oxfordshire County Council Multi-Agency Safeguarding Hub (MASH), 0345 050 7666\",\"ENDED\"",
        "9434765870,\"2020-08-08\",\"CPP\",\"2026-11-26\",,\"Oxfordshire County Council Multi-Agency Safeguarding Hub (MASH), 0345 050 7666\",\"NEW\"");
    assertThat(download("/staff/casework/cp-is-changes.csv").getContentAsString().split("\r\n"))
        .as("nothing has changed since").hasSize(1);

    long exports = transactions.execute(status -> {
      tenancy.bind(OXFORDSHIRE);
      return jdbc.sql("SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'CPIS_EXPORTED' AND subject_type = ?")
          .params(manager.id(), CpisExport.SUBJECT).query(Long.class).single();
    });
    assertThat(exports).as("each download audited").isEqualTo(3);
    long views = transactions.execute(status -> {
      tenancy.bind(OXFORDSHIRE);
      return jdbc.sql("SELECT count(*) FROM audit_event WHERE actor_id = ? AND action = 'CPIS_VIEWED'")
          .param(manager.id()).query(Long.class).single();
    });
    assertThat(views).as("each view audited").isEqualTo(2);
    String lastDetail = transactions.execute(status -> {
      tenancy.bind(OXFORDSHIRE);
      return jdbc.sql("SELECT detail FROM audit_event WHERE actor_id = ? AND action = 'CPIS_EXPORTED' ORDER BY seq DESC LIMIT 1")
          .param(manager.id()).query(String.class).single();
    });
    assertThat(lastDetail).isEqualTo("Changes since the last export: 0 lines");

    MockHttpServletResponse westBerkshires = mvc.perform(get("/staff/casework/cp-is.csv")
        .with(as(MashTesting.named("Wes Manager", WEST_BERKSHIRE, "TEAM_MANAGER")))).andReturn().getResponse();
    assertThat(westBerkshires.getContentAsString()).contains("4857774615").doesNotContain("9434765919").doesNotContain("6541003238");
  }

  @Test
  void onlyATeamManagerSeesOrDownloadsIt() throws Exception {
    for (String role : List.of("SOCIAL_WORKER", "FAMILY_HELP", "COUNCIL_ADMINISTRATOR", "MASH_MANAGER")) {
      for (String path : List.of("/staff/casework/cp-is", "/staff/casework/cp-is.csv", "/staff/casework/cp-is-changes.csv")) {
        assertThat(mvc.perform(get(path).with(as(MashTesting.named("Not Manager", OXFORDSHIRE, role)))).andReturn().getResponse().getStatus())
            .as(role + " " + path).isEqualTo(403);
      }
    }
  }

  @Test
  void aCellThatWouldBeAFormulaIsText() throws Exception {
    String csv = new String(Csv.download("x.csv", List.of("a", "b"),
        List.of(List.of("=HYPERLINK(\"http://x\")", "+1"), List.of("-2", "@SUM(A1)"), List.of("9434765919", "plain"))).getBody(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv).isEqualTo("a,b\r\n\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1\"\r\n\"'-2\",\"'@SUM(A1)\"\r\n9434765919,\"plain\"\r\n");
  }
}
