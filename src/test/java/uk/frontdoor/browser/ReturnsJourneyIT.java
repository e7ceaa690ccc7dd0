package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * A performance officer checks the demo's children in need census for 2025-26 before downloading
 * it: the home page's link, the returns page with its counts and problems, a year that is not a
 * census year refused beside the field; the data extract's day mistyped, refused beside the field;
 * a child's census details page, a mistyped UPN shown beside the field; each page checked with axe.
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
  }
}
