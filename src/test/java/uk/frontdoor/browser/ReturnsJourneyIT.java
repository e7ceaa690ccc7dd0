package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * A performance officer checks the demo's children in need census for 2025-26 before downloading
 * it: the home page's link, the returns page with its counts and problems, a year that is not a
 * census year refused beside the field; the data extract's day mistyped, refused beside the field;
 * a child's census details page, a mistyped UPN shown beside the field; the dashboards' charts and
 * tables, one checked against the database, for all teams and for the MASH, and a month or team not
 * offered refused beside the field; each page checked with axe.
 */
class ReturnsJourneyIT extends BrowserJourney {

  @Test
  void thePerformanceOfficerChecksTheCensusBeforeDownloadingIt() {
    Page officer = signIn("performance.officer@oxfordshire.demo", null);
    officer.getByText("Children in need census: check and download").click();
    assertThat(officer.locator("h1")).hasText("Children in need census");
    assertThat(officer.locator("main h2").first()).hasText("1 April 2025 to 31 March 2026");
    assertThat(officer.locator("#error-count")).hasText("0");
    assertThat(officer.locator("#download")).hasAttribute("href", "/staff/returns/cin-census.xml?year=2026");
    assertThat(officer.locator("#queries")).isVisible();
    assertAccessible(officer, "returns-census");

    officer.navigate("http://localhost:" + port + "/staff/returns?year=1900");
    assertThat(officer.locator(".govuk-error-summary")).containsText("Choose a census year from 2021 to 2027");
    assertThat(officer.locator("#year")).hasValue("1900");
    assertThat(officer).hasTitle(java.util.regex.Pattern.compile("^Error: Children in need census"));
    assertAccessible(officer, "returns-bad-year");

    // The data extract's day mistyped: the error beside the field, what was typed kept.
    officer.navigate("http://localhost:" + port + "/staff/returns/csc-extract?since=2026-13-01");
    assertThat(officer.locator("#since-error")).containsText("Enter the first day as a real date");
    assertThat(officer.locator("#since")).hasValue("2026-13-01");
    assertAccessible(officer, "csc-extract-bad-day");
    officer.navigate("http://localhost:" + port + "/staff/returns?year=1900");

    officer.locator("#year").selectOption("2026");
    click(officer, "Check the year");
    assertThat(officer.locator("#children")).not().hasText("0");

    // The census details of Oxfordshire's demo child Kai (R__demo_work_casework): a mistyped UPN is shown beside the field, kept.
    officer.navigate("http://localhost:" + port + "/staff/casework/episodes/00000000-0000-4000-9300-000000000002/census");
    assertThat(officer.locator("h1")).hasText("Census details");
    assertAccessible(officer, "census-details");
    officer.locator("#upn").fill("A95000017830");
    officer.locator("#upnUnknown").selectOption("");
    click(officer, "Save");
    assertThat(officer.locator("#upn-error")).containsText("UPN must be 13 characters");
    assertThat(officer.locator("#upn")).hasValue("A95000017830");
    assertAccessible(officer, "census-details-error");

    // The dashboards, from the home page: nine charts, each an image followed by its table; a chart's table holds what the
    // database holds (Oxfordshire's children on a plan for neglect at the end of this month).
    officer.navigate("http://localhost:" + port + "/staff");
    officer.getByText("Dashboards: the last 12 months in charts").click();
    assertThat(officer.locator("h1")).hasText("Dashboards");
    assertThat(officer.locator("#period")).hasText("December 2025 to November 2026");
    assertThat(officer.locator("svg[role=img]")).hasCount(9);
    assertThat(officer.locator("table.govuk-table caption")).hasCount(9);
    long neglect = neglect("%");
    org.junit.jupiter.api.Assertions.assertTrue(neglect > 0, "the demo has a child on a plan for neglect");
    assertThat(officer.locator("#plan-categories-table tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Neglect"))
        .locator("td")).hasText(String.valueOf(neglect));
    assertAccessible(officer, "returns-dashboard");
    // Casework's figures for one team (a GET form, no script needed): the MASH's children on a plan for neglect alone.
    officer.locator("#team").selectOption("MASH");
    click(officer, "Show these figures");
    assertThat(officer.locator("#teams")).containsText("are for the children allocated to Multi-Agency Safeguarding Hub (MASH)");
    assertThat(officer.locator("#plan-categories-table caption")).containsText("Multi-Agency Safeguarding Hub (MASH)");
    assertThat(officer.locator("#lado-scope")).hasText("The whole council’s: the MASH and the LADO record no teams.");
    long mashNeglect = neglect("MASH");
    org.junit.jupiter.api.Assertions.assertTrue(mashNeglect > 0, "the demo's MASH has a child on a plan for neglect");
    assertThat(officer.locator("#plan-categories-table tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Neglect"))
        .locator("td")).hasText(String.valueOf(mashNeglect));
    assertAccessible(officer, "returns-dashboard-team");
    officer.navigate("http://localhost:" + port + "/staff/returns/dashboard?team=NOPE");
    assertThat(officer.locator("#team-error")).containsText("Choose one of the council’s teams, or all teams");
    assertThat(officer.locator(".govuk-error-summary")).containsText("Choose one of the council’s teams");
    assertAccessible(officer, "returns-dashboard-bad-team");
    officer.navigate("http://localhost:" + port + "/staff/returns/dashboard?month=1999-01");
    assertThat(officer.locator("#month-error")).containsText("Choose the last month of the 12");
    assertAccessible(officer, "returns-dashboard-bad-month");
  }

  /** Oxfordshire's children on a plan for neglect at the end of November 2026 in the dashboards' year, of the team (like '%' for all). */
  private long neglect(String team) {
    return transactions.execute(status -> {
      tenancy.bind(OXFORDSHIRE_ID);
      return jdbc.sql("SELECT count(*) FROM casework_protection_plan p JOIN casework_episode e ON e.authority_id = p.authority_id"
              + " AND e.id = p.episode_id WHERE p.authority_id = ? AND p.latest_category = 'NEG' AND p.started_on <= DATE '2026-11-30'"
              + " AND (p.ended_on IS NULL OR p.ended_on > DATE '2026-11-30') AND e.referral_date <= DATE '2026-11-30'"
              + " AND (e.closed_at IS NULL OR (e.closed_at AT TIME ZONE 'Europe/London')::date >= DATE '2025-12-01')"
              + " AND coalesce(e.team_code, '') LIKE ?")
          .params(OXFORDSHIRE_ID, team).query(Long.class).single();
    });
  }
}
