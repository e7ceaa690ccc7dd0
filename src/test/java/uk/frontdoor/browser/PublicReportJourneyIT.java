package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A member of the public reports a concern online, one question a page, in Chromium with axe
 * checking every page and every error; then the report is in the database under its reference.
 */
class PublicReportJourneyIT extends BrowserJourney {


  private void continueOn(Page page) {
    click(page, "Continue");
  }

  private String storedDocument(String authorityId, String reference) {
    return transactions.execute(
        status -> {
          tenancy.bind(UUID.fromString(authorityId));
          return jdbc.sql("SELECT document::text FROM referral WHERE reference = ?")
              .param(reference)
              .query(String.class)
              .single();
        });
  }

  @ParameterizedTest
  @FieldSource("uk.frontdoor.browser.Browser#WIDTHS")
  void aNeighbourInOxfordshireReportsWithTheirDetailsKeptConfidential(int width) {
    Page page = browser.newPage(true, width);
    String p = "oxfordshire-online-" + width + "-";
    page.navigate("http://localhost:" + port + "/oxfordshire/report-a-concern/member-of-the-public");
    assertThat(page.locator(".govuk-exit-this-page")).isVisible();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Report a concern online")).click();

    assertThat(page.locator("h1")).hasText("Is a child in immediate danger now?");
    assertThat(page.locator(".fd-emergency")).containsText("call 999");
    Browser.assertCouncilBranded(page, "Oxfordshire County Council");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Emergency Exit this page")))
        .hasAttribute("href", "https://www.bbc.co.uk/weather");
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Select yes if a child is in immediate danger now");
    assertAccessible(page, p + "danger-error");
    page.getByLabel("Yes").check();
    continueOn(page);
    assertThat(page.locator("h1")).hasText("Call 999 now");
    // Oxfordshire's office closed at 4pm on Friday: the number that answers now is the night one.
    assertThat(page.locator("#call-now")).containsText("0800 833 408");
    assertAccessible(page, p + "call-999");
    page.navigate("http://localhost:" + port + "/oxfordshire/report-online/danger");
    page.getByLabel("No").check();
    continueOn(page);

    assertThat(page.locator("h1")).hasText("Tell us about the child");
    page.locator("#dobDay").fill("31");
    page.locator("#dobMonth").fill("2");
    page.locator("#dobYear").fill("2015");
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary"))
        .containsText("Enter the child’s name, or describe them if you do not know it");
    assertThat(page.locator(".govuk-error-summary")).containsText("Date of birth must be a real date");
    assertThat(page.locator("#dobDay")).hasValue("31");
    assertAccessible(page, p + "child-error");
    page.getByLabel("First name").fill("Ava");
    page.getByLabel("Last name").fill("Jones");
    page.locator("#dobDay").fill("2");
    page.locator("#dobMonth").fill("3");
    page.locator("#dobYear").fill("2016");
    continueOn(page);

    assertThat(page.locator("h1")).hasText("You have told us about 1 child");
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Select yes if you want to tell us about another child");
    assertAccessible(page, p + "children-error");
    page.getByLabel("Yes").check();
    continueOn(page);
    page.getByLabel("If you do not know their name, describe them").fill("Her mother’s unborn baby");
    page.locator("#dueDay").fill("14");
    page.locator("#dueMonth").fill("3");
    page.locator("#dueYear").fill("2026");
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Expected date must be today or in the future");
    assertThat(page.locator("#dueYear")).hasValue("2026");
    assertAccessible(page, p + "unborn-child-error");
    page.locator("#dueYear").fill("2027");
    continueOn(page);
    assertThat(page.locator("h1")).hasText("You have told us about 2 children");
    page.getByLabel("No").check();
    continueOn(page);

    assertThat(page.locator("h1")).hasText("Where does the child live?");
    page.getByLabel("Postcode").fill("NOT A POSTCODE");
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter a real postcode");
    assertThat(page.getByLabel("Postcode")).hasValue("NOT A POSTCODE");
    assertAccessible(page, p + "address-error");
    page.getByLabel("House number and street").fill("1 High Street");
    page.getByLabel("Town or city").fill("Banbury");
    page.getByLabel("Postcode").fill("ox16 5aa");
    continueOn(page);

    assertThat(page.locator("h1")).hasText("Who else lives with the child?");
    assertAccessible(page, p + "household");
    page.getByLabel("Who else lives with the child?").fill("Mum and her new partner.");
    continueOn(page);

    assertThat(page.locator("h1")).hasText("What has happened?");
    assertThat(page.locator("#whatHappened-info")).containsText("You can enter up to 10,000 characters");
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter what has happened, or what you have seen or heard");
    assertAccessible(page, p + "what-happened-error");
    page.getByLabel("What has happened?").fill("I heard <b>shouting</b> and Ava crying every night.\nShe had a bruise.");
    page.getByLabel("When did it happen?").fill("Every night this week");
    continueOn(page);

    assertThat(page.locator("h1")).hasText("What are you worried about?");
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Select what you are worried about, or select ‘I’m not sure’");
    assertAccessible(page, p + "harm-error");
    // "I’m not sure" is apart, after "or", and clears the others.
    page.getByLabel("Physical abuse").check();
    page.getByLabel("I’m not sure").check();
    assertThat(page.getByLabel("Physical abuse")).not().isChecked();
    assertThat(page.locator(".govuk-checkboxes__divider")).hasText("or");
    page.getByLabel("Physical abuse").check();
    assertThat(page.getByLabel("I’m not sure")).not().isChecked();
    page.getByLabel("Emotional abuse").check();
    continueOn(page);

    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Select whether the child’s family knows");
    assertAccessible(page, p + "family-knows-error");
    page.getByLabel("No, they do not know").check();
    continueOn(page);

    assertThat(page.locator("h1")).hasText("About you");
    // Name, email and phone are asked only of someone who gives their name.
    assertThat(page.getByLabel("Your name")).isHidden();
    assertAccessible(page, p + "about-you");
    page.getByLabel("Give my name and contact details").check();
    assertThat(page.getByLabel("Your name")).isVisible();
    page.getByLabel("Email address (optional)").fill("not-an-email");
    page.getByLabel("Phone number (optional)").fill("12345");
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter your name, or select ‘Stay anonymous’");
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter an email address in the correct format");
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter a phone number with 10 to 13 digits");
    assertThat(page.getByLabel("Phone number (optional)")).hasValue("12345");
    assertAccessible(page, p + "about-you-error");
    // The error page came by a redirect: going back and forward again asks nothing of the browser.
    page.getByLabel("Your name").fill("Pat Neighbour");
    page.getByLabel("Email address (optional)").fill("pat@example.org");
    page.getByLabel("Phone number (optional)").fill("01632 960 001");
    page.getByLabel("Do not tell the child’s family who I am").check();
    continueOn(page);

    assertThat(page.locator("h1")).hasText("Check your answers before sending your report");
    assertThat(page.locator("main")).containsText("I heard <b>shouting</b>");
    assertThat(page.locator("main")).containsText("No – keep my name confidential");
    assertThat(page.locator("main")).containsText("Not born yet: expected 14 March 2027");
    // Changing the unborn child keeps the expected date typed before.
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change Child 2")).click();
    assertThat(page.locator("#dueDay")).hasValue("14");
    assertThat(page.locator("#dueYear")).hasValue("2027");
    continueOn(page);
    assertThat(page.locator("h1")).hasText("You have told us about 2 children");
    page.getByLabel("No").check();
    continueOn(page);
    assertThat(page.locator("main")).containsText("Not born yet: expected 14 March 2027");
    // Typed as "ox16 5aa": shown as the Royal Mail writes it.
    assertThat(page.locator("main")).containsText("OX16 5AA");
    assertAccessible(page, p + "check");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change when it happened")).click();
    page.getByLabel("When did it happen?").fill("Every night for two weeks");
    continueOn(page);
    assertThat(page.locator("h1")).hasText("Check your answers before sending your report");
    assertThat(page.locator("main")).containsText("Every night for two weeks");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send report")).click();
    assertThat(page.locator(".govuk-panel__title")).hasText("Report sent");
    assertThat(page).hasTitle("Report sent – Oxfordshire County Council");
    assertThat(page.locator("#call-now")).containsText("0800 833 408");
    String reference = page.locator("#reference").textContent().strip();
    assertAccessible(page, p + "confirmation");

    String stored = storedDocument("00000000-0000-4000-8000-000000000001", reference);
    org.assertj.core.api.Assertions.assertThat(stored)
        .contains("Pat Neighbour")
        .contains("\"confidential\": true")
        .contains("Every night for two weeks")
        .contains("OX16 5AA")
        .contains("Her mother’s unborn baby")
        .contains("\"expectedDate\": \"2027-03-14\"");

    // Going back to the form after sending shows the same confirmation, not a second report.
    page.navigate("http://localhost:" + port + "/oxfordshire/report-online/check");
    assertThat(page.locator(".govuk-panel__title")).hasText("Report sent");
    assertThat(page.locator("#reference")).hasText(reference);
  }

  @ParameterizedTest
  @FieldSource("uk.frontdoor.browser.Browser#WIDTHS")
  void aCheckPageOpenedFromALinkSaysTheSessionEndedAndWhatToDo(int width) {
    Page page = browser.newPage(true, width);
    page.navigate("http://localhost:" + port + "/west-berkshire/report-online/check");
    assertThat(page.locator("h1")).hasText("Sorry, you’ll have to start again");
    assertThat(page.locator("main")).containsText("nothing has been sent");
    assertThat(page.locator("#call-now")).isVisible();
    assertAccessible(page, "west-berkshire-online-session-ended-" + width);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start again")).click();
    assertThat(page.locator("h1")).hasText("Is a child in immediate danger now?");
  }

  @Test
  void someoneInSouthamptonReportsAnonymouslyWithoutJavaScript() {
    Page page = browser.newPage(false);
    page.navigate("http://localhost:" + port + "/southampton/report-online");
    // Without JavaScript, "Exit this page" is a plain link.
    assertThat(page.locator(".govuk-exit-this-page a")).hasAttribute("href", "https://www.bbc.co.uk/weather");
    page.getByLabel("No").check();
    continueOn(page);
    page.getByLabel("If you do not know their name, describe them").fill("The girl at number 4, about 10");
    continueOn(page);
    page.getByLabel("No").check();
    continueOn(page);
    continueOn(page);
    continueOn(page);
    page.getByLabel("What has happened?").fill("She is left alone at night.");
    continueOn(page);
    page.getByLabel("Neglect").check();
    page.getByLabel("I’m not sure").check();
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("or select ‘I’m not sure’, not both");
    Browser.screenshot(page, "southampton-online-harm-both-no-js");
    page.getByLabel("I’m not sure").uncheck();
    continueOn(page);
    page.getByLabel("I’m not sure").check();
    continueOn(page);
    // Without JavaScript the details show under "Give my name"; choosing anonymous ignores them.
    assertThat(page.getByLabel("Your name")).isVisible();
    Browser.screenshot(page, "southampton-online-about-you-no-js");
    page.getByLabel("Stay anonymous").check();
    page.getByLabel("Your name").fill("Typed by mistake");
    continueOn(page);
    assertThat(page.locator("main")).containsText("You are staying anonymous");
    Browser.screenshot(page, "southampton-online-anonymous-check-no-js");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send report")).click();
    assertThat(page.locator(".govuk-panel__title")).hasText("Report sent");
    assertThat(page.locator("main")).containsText("we will not be able to tell you what happens next");
    String reference = page.locator("#reference").textContent().strip();

    String stored = storedDocument("00000000-0000-4000-8000-000000000003", reference);
    org.assertj.core.api.Assertions.assertThat(stored)
        .contains("\"referrer\": null")
        .doesNotContain("Typed by mistake");
  }
}
