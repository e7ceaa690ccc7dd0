package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.identity.internal.Base32;
import uk.frontdoor.identity.internal.Totp;

/**
 * A new member of staff sets up an authenticator app at their first sign-in, from the QR code or
 * the key typed by hand, and confirms it with a code; the code page works without JavaScript.
 */
class StaffSignInJourneyIT extends BrowserJourney {

  @Autowired Clock clock;

  @Test
  void aNewWorkerSetsUpAnAuthenticatorAppWithTheKeyTypedByHand() {
    String p = "oxfordshire-staff-set-up-";
    Page page = browser.newPage(true);
    page.navigate("http://localhost:" + port + "/staff");
    page.getByLabel("Username").fill("new.worker@oxfordshire.demo");
    page.getByLabel("Password").fill("demo-password");
    click(page, "Sign in");

    assertThat(page.locator("h1")).hasText("Set up an authenticator app");
    assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.IMG)).hasAccessibleName(
        "QR code to add Front Door to your authenticator app for new.worker@oxfordshire.demo");
    assertAccessible(page, p + "page");
    // What a person would type into their app by hand, and the code the app would then show.
    String key = page.locator("#key").textContent().strip();
    String code = Totp.code(Base32.decode(key), Totp.step(clock.instant()));
    assertThat(page.locator("#demo-code strong")).hasText(code);

    page.getByLabel("2. Enter the code the app shows").fill("12345");
    click(page, "Continue");
    assertThat(page).hasTitle("Error: Set up an authenticator app – Front Door");
    assertThat(page.locator(".govuk-error-summary")).containsText("The code must be 6 digits, like 123456");
    assertThat(page.locator("#code")).hasValue("12345");
    assertThat(page.locator("#key")).hasText(key);
    assertAccessible(page, p + "error");

    page.locator("#code").fill(code);
    click(page, "Continue");
    assertThat(page.locator("h1")).hasText("Signed in as Demo new MASH social worker, Oxfordshire County Council");
  }

  @Test
  void theCodePageWorksWithoutJavaScript() {
    Page page = signIn(browser.newPage(false), "mash.worker@southampton.demo", null);
    assertThat(page.locator("h1")).containsText("Signed in as Demo MASH social worker");
  }
}
