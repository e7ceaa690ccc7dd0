package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.frontdoor.IntegrationTest;

/** A journey through the running application in Debian's Chromium, one browser per test class. */
@IntegrationTest
abstract class BrowserJourney {

  static Browser browser;

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired java.time.Clock clock;

  @org.springframework.beans.factory.annotation.Autowired uk.frontdoor.authority.Authorities authorities;

  @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @org.springframework.beans.factory.annotation.Autowired uk.frontdoor.referral.Referrals referrals;

  @org.springframework.beans.factory.annotation.Autowired uk.frontdoor.mash.MashQueue queue;

  @org.springframework.beans.factory.annotation.Autowired uk.frontdoor.mash.MashDecisions decisions;

  @org.springframework.beans.factory.annotation.Autowired org.springframework.transaction.support.TransactionTemplate transactions;

  @org.springframework.beans.factory.annotation.Autowired uk.frontdoor.platform.Tenancy tenancy;

  static final java.util.UUID OXFORDSHIRE_ID = java.util.UUID.fromString("00000000-0000-4000-8000-000000000001");

  /** A child's referral and the episode the MASH's authorised decision opened for them. */
  record Decided(String reference, java.util.UUID episode) {}

  /**
   * A school's referral about a child in Oxfordshire (a name of the test's own), decided by the MASH
   * as the application decides one, for a child and family assessment; with the episode it opened.
   */
  Decided decidedForAssessment(String firstName, String lastName, String born) {
    return decided(firstName, lastName, born, uk.frontdoor.mash.Outcome.CHILD_AND_FAMILY_ASSESSMENT);
  }

  /** As above, with the MASH's outcome: a strategy discussion, say. */
  Decided decided(String firstName, String lastName, String born, uk.frontdoor.mash.Outcome outcome) {
    String reference =
        uk.frontdoor.casework.CaseworkTesting.authorisedDecision(
            referrals, queue, decisions, OXFORDSHIRE_ID,
            uk.frontdoor.casework.CaseworkTesting.referralAbout(uk.frontdoor.casework.CaseworkTesting.child(firstName, lastName, born)),
            outcome);
    return new Decided(
        reference, uk.frontdoor.casework.CaseworkTesting.episodesOf(transactions, tenancy, jdbc, OXFORDSHIRE_ID, reference, 1).get(0));
  }

  @BeforeAll
  static void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  /**
   * Signs a demo member of staff in: the password, then the code from their authenticator app,
   * read from the demo's note on the code page. With a screenshot prefix, first shows the errors
   * for a wrong password and a wrong code and checks both pages with axe.
   */
  Page signIn(String username, String shotPrefix) {
    return signIn(browser.newPage(true), username, shotPrefix);
  }

  Page signIn(Page page, String username, String shotPrefix) {
    // The tests' clock stands still, so an authenticator's code can be used once a step: forget the
    // user's last step, as the passing of time would, so that every test class may sign them in.
    jdbc.sql("UPDATE staff_user SET totp_last_step = NULL WHERE username = ?").param(username).update();
    page.navigate("http://localhost:" + port + "/staff");
    assertThat(page.locator("h1")).hasText("Staff sign in");
    if (shotPrefix != null) {
      page.getByLabel("Username").fill(username);
      page.getByLabel("Password").fill("not-the-password");
      click(page, "Sign in");
      assertThat(page.locator(".govuk-error-summary")).containsText("The username or password is not right");
      assertThat(page.getByLabel("Username")).hasValue(username);
      assertThat(page.getByLabel("Password")).hasValue("");
      assertAccessible(page, shotPrefix + "sign-in-error");
    }
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill("demo-password");
    click(page, "Sign in");
    assertThat(page.locator("h1")).hasText("Enter the code from your authenticator app");
    String code = page.locator("#demo-code strong").textContent().strip();
    if (shotPrefix != null) {
      assertAccessible(page, shotPrefix + "sign-in-code");
      String wrong = code.equals("000000") ? "111111" : "000000";
      page.locator("#code").fill(wrong);
      click(page, "Continue");
      assertThat(page.locator(".govuk-error-summary")).containsText("The code is not right");
      assertThat(page).hasTitle("Error: Enter the code from your authenticator app – Front Door");
      assertThat(page.locator("#code")).hasValue(wrong);
      assertAccessible(page, shotPrefix + "sign-in-code-error");
    }
    page.locator("#code").fill(code);
    click(page, "Continue");
    assertThat(page.locator("h1")).containsText("Signed in as Demo");
    // Staff pages carry their council's name and colour too, never GOV.UK's font or crown.
    String slug = username.substring(username.indexOf('@') + 1, username.lastIndexOf(".demo"));
    authorities.findBySlug(slug).ifPresent(council -> Browser.assertCouncilBranded(page, council.shortName()));
    assertThat(page.locator(".fd-header--" + slug)).isVisible();
    return page;
  }

  /** Types a date into a GOV.UK date input whose fields are {@code <field>Day}, {@code <field>Month} and {@code <field>Year}. */
  static void fillDate(Page page, String field, java.time.LocalDate date) {
    page.locator("#" + field + "Day").fill(Integer.toString(date.getDayOfMonth()));
    page.locator("#" + field + "Month").fill(Integer.toString(date.getMonthValue()));
    page.locator("#" + field + "Year").fill(Integer.toString(date.getYear()));
  }

  /** Follows the link with this accessible name. */
  static void link(Page page, String name) {
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
  }

  /**
   * Types into the labelled field and sends the form: the page says it has an error, the summary
   * says this one, what was typed is kept, and the page passes axe.
   */
  static void typedWrongly(Page page, String label, String typed, String button, String error, String shot) {
    page.getByLabel(label).fill(typed);
    click(page, button);
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
    assertThat(page.locator(".govuk-error-summary")).containsText(error);
    assertThat(page.getByLabel(label)).hasValue(typed);
    assertAccessible(page, shot);
  }

  static void click(Page page, String button) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
  }
}
