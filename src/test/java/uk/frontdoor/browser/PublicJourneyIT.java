package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * People's journeys through the public pages in Chromium, at Friday 27 November 2026 16:15 UK
 * time, with axe checking each page and error state.
 */
class PublicJourneyIT extends BrowserJourney {

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void aWorriedNeighbourFindsTheirCouncilByPostcodeAndTheNumberToCallNow() {
    Page page = browser.newPage(true);
    page.navigate(url("/"));
    assertAccessible(page, "home");

    page.getByLabel("Find the council by postcode").fill("RG8");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find council")).click();
    assertThat(page.locator(".govuk-error-summary")).isFocused();
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter a real postcode, like OX1 1AA");
    assertThat(page.getByLabel("Find the council by postcode")).hasValue("RG8");
    assertAccessible(page, "home-error");

    page.getByLabel("Find the council by postcode").fill("rg8 7aa");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find council")).click();
    assertThat(page.locator("h1")).hasText("Which council does the child live in?");
    assertAccessible(page, "choose-council");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Select the council");
    assertAccessible(page, "choose-council-error");

    page.getByLabel("West Berkshire Council").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    assertThat(page.locator("h1")).hasText("Report a concern about a child");
    assertThat(page.locator(".fd-emergency")).containsText("call 999");
    assertAccessible(page, "west-berkshire-start");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Select who is worried");
    assertAccessible(page, "west-berkshire-start-error");

    page.getByLabel("I’m a member of the public, a relative, friend or neighbour").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    assertThat(page.locator("#call-now")).containsText("Contact Advice and Assessment Service");
    assertThat(page.locator("#call-now")).containsText("4:30pm today");
    assertThat(page.locator("[data-testid=call-now]")).not().containsText("Emergency Duty Service");
    assertAccessible(page, "west-berkshire-member-of-the-public");
  }

  @ParameterizedTest
  @CsvSource({"oxfordshire, Oxfordshire County Council, 1280", "bracknell-forest, Bracknell Forest Council, 375"})
  void everyPublicRouteOfACouncilIsAccessible(String slug, String council, int width) {
    Page page = browser.newPage(true, width);
    for (String route :
        new String[] {
          "member-of-the-public",
          "child-or-young-person",
          "parent-or-carer",
          "professional",
          "adult-who-works-with-children"
        }) {
      page.navigate(url("/" + slug + "/report-a-concern/" + route));
      assertThat(page.locator(".fd-emergency")).containsText("call 999");
      // A child, a parent or a relative may be seen on these pages: they can leave at once.
      boolean mayBeSeen = !route.equals("professional") && !route.equals("adult-who-works-with-children");
      assertThat(page.locator(".govuk-exit-this-page")).hasCount(mayBeSeen ? 1 : 0);
      Browser.assertCouncilBranded(page, council);
      assertAccessible(page, slug + "-" + route + "-" + width);
    }
    for (String info :
        new String[] {
          "what-is-abuse",
          "when-a-child-tells-you",
          "child-sexual-exploitation",
          "what-happens-next",
          "for-parents",
          "no-names-consultation"
        }) {
      page.navigate(url("/" + slug + "/" + info));
      assertThat(page.locator("h1")).isVisible();
      assertAccessible(page, slug + "-" + info + "-" + width);
    }
  }

  @ParameterizedTest
  @CsvSource({"oxfordshire, 0800 833 408, 375", "bracknell-forest, 01344 352005, 1280"})
  void aProfessionalUsesTheThresholdGuide(String slug, String numberNow, int width) {
    Page page = browser.newPage(true, width);
    page.navigate(url("/" + slug + "/threshold-guide"));
    assertAccessible(page, slug + "-threshold-start");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start now")).click();
    assertAccessible(page, slug + "-threshold-immediate");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    assertThat(page.locator(".govuk-error-summary")).isVisible();
    assertAccessible(page, slug + "-threshold-immediate-error");
    page.getByLabel("No").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    assertAccessible(page, slug + "-threshold-level");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Select the description");
    assertAccessible(page, slug + "-threshold-level-error");
    page.locator("input[name=level][value='3']").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    assertThat(page.locator("h1")).containsText("Level 3");
    assertThat(page.locator("#route")).not().isEmpty();
    assertAccessible(page, slug + "-threshold-result");

    page.navigate(url("/" + slug + "/threshold-guide/immediate?answer=yes"));
    assertThat(page.locator("#call-now")).isVisible();
    assertAccessible(page, slug + "-threshold-immediate-result");

    // Level 4 gives the number that answers now (Oxfordshire's office closed at 4pm on Friday).
    page.navigate(url("/" + slug + "/threshold-guide/level?level=4&asked=yes"));
    assertThat(page.locator("#call-now [data-testid=call-now]")).containsText(numberNow);
    assertAccessible(page, slug + "-threshold-level-4-" + width);
  }

  @Test
  void anUnknownCouncilIsAnAccessiblePageNotFound() {
    Page page = browser.newPage(true);
    page.navigate(url("/atlantis/report-a-concern"));
    assertThat(page.locator("h1")).hasText("Page not found");
    assertAccessible(page, "not-found");
    page.navigate(url("/find-your-council?postcode=SW1A+1AA"));
    assertThat(page.locator("h1")).containsText("We could not find a council");
    assertAccessible(page, "council-not-found");
    page.navigate(url("/accessibility"));
    assertAccessible(page, "accessibility");
  }

  @Test
  void theJourneyWorksWithoutJavaScript() {
    Page page = browser.newPage(false);
    page.navigate(url("/"));
    page.getByLabel("Find the council by postcode").fill("OX17 1AA");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find council")).click();
    page.getByLabel("Northamptonshire Children’s Trust").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    page.getByLabel("I’m a professional working with children or families").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    assertThat(page.locator("#call-now")).containsText("0300 126 7000");
    assertThat(page.locator("#call-now")).containsText("01604 626 938");
    // axe runs as JavaScript in the page, so this context can only be photographed; the same
    // page with JavaScript is checked by everyPublicRouteOfACouncilIsAccessible.
    Browser.screenshot(page, "northamptonshire-professional-no-js");
  }
}
