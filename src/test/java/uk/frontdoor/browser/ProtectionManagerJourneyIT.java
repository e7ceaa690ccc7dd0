package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * A team manager with the demo's child protection work: the home page's summary, the caseloads
 * page's deadlines (the overdue first) and the CP-IS page, in Chromium, each checked with axe.
 */
class ProtectionManagerJourneyIT extends BrowserJourney {

  @Test
  void theManagerSeesChildProtectionDeadlinesAndWhatToSendToCpis() {
    Page manager = signIn("team.manager@southampton.demo", null);
    assertThat(manager.locator("main")).containsText("Child protection");
    assertThat(manager.locator("main")).containsText("child protection deadlines");
    assertThat(manager.locator("main")).containsText("Overdue");
    assertAccessible(manager, "protection-home");

    manager.getByText("See every child protection deadline").click();
    assertThat(manager.locator("#child-protection")).hasText("Child protection");
    assertThat(manager.locator("#protection-deadlines tbody tr").first()).containsText("Overdue");
    assertThat(manager.locator("#protection-deadlines")).containsText("Review child protection conference");
    assertThat(manager.locator("#protection-deadlines")).containsText("Child protection plan open for more than 2 years");
    assertAccessible(manager, "protection-deadlines");

    manager.getByText("CP-IS: what to send to the NHS").click();
    assertThat(manager.locator("h1")).hasText("CP-IS: child protection information for the NHS");
    assertThat(manager.locator("#unsent")).containsText("No NHS number recorded");
    assertThat(manager.locator("#unsent")).containsText("NHS number fails its check digit");
    assertThat(manager.locator("#all-table")).containsText("UCPP");
    assertAccessible(manager, "protection-cp-is");
  }
}
