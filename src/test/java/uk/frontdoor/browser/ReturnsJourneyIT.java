package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * A performance officer checks the demo's children in need census for 2025-26 before downloading
 * it: the home page's link, the returns page with its counts and problems, a year that is not a
 * census year refused beside the field; each page checked with axe.
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

    officer.locator("#year").selectOption("2026");
    click(officer, "Check the year");
    assertThat(officer.locator("#children")).not().hasText("0");
  }
}
