package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A professional signs in with an emailed code, writes a referral over several pages (saved as
 * they go, so it can be finished on another device), sends it and downloads a PDF copy.
 */
class ProfessionalReferralJourneyIT extends BrowserJourney {

  private Page signIn(String slug, String email, String shotPrefix) {
    return signIn(browser, port, slug, email, shotPrefix);
  }

  /** Signs a professional in with the emailed code the demo shows; with a prefix, also the errors. */
  static Page signIn(Browser browser, int port, String slug, String email, String shotPrefix) {
    return signIn(browser.newPage(true), port, slug, email, shotPrefix);
  }

  static Page signIn(Page page, int port, String slug, String email, String shotPrefix) {
    page.navigate("http://localhost:" + port + "/" + slug + "/professional");
    assertThat(page.locator("h1")).hasText("Sign in to make a referral");
    if (shotPrefix != null) {
      click(page, "Email me a code");
      assertThat(page.locator(".govuk-error-summary")).containsText("Enter your work email address");
      assertAccessible(page, shotPrefix + "sign-in-error");
    }
    page.getByLabel("Your work email address").fill(email);
    click(page, "Email me a code");
    assertThat(page.locator("h1")).hasText("Enter the code we emailed you");
    if (shotPrefix != null) {
      page.getByLabel("Code").fill("000000x");
      click(page, "Sign in");
      assertThat(page.locator(".govuk-error-summary")).containsText("The code is not right");
      assertAccessible(page, shotPrefix + "code-error");
    }
    String code = page.locator("#demo-code strong").textContent().strip();
    page.getByLabel("Code").fill(code);
    click(page, "Sign in");
    assertThat(page.locator("h1")).hasText("Your referrals");
    return page;
  }

  @ParameterizedTest
  @FieldSource("uk.frontdoor.browser.Browser#WIDTHS")
  void aDesignatedSafeguardingLeadInBracknellSendsAnEarlyHelpReferralAndKeepsACopy(int width) throws Exception {
    String p = "bracknell-professional-" + width + "-";
    Page page = signIn(browser.newPage(true, width), port, "bracknell-forest", "dsl-" + width + "@school.example.org", p);
    assertAccessible(page, p + "home-empty");
    Browser.assertCouncilBranded(page, "Bracknell Forest Council");
    click(page, "Start a new referral");

    assertThat(page.locator("h1")).hasText("What kind of referral are you making?");
    click(page, "Continue");
    assertThat(page.locator(".govuk-error-summary")).containsText("Select the kind of referral");
    assertAccessible(page, p + "type-error");
    page.getByLabel("Early Help referral").check();
    click(page, "Continue");

    click(page, "Continue");
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter your name");
    assertAccessible(page, p + "you-error");
    page.getByLabel("Your name").fill("Sam Patel");
    page.getByLabel("Your role").fill("Designated safeguarding lead");
    page.getByLabel("Your organisation").fill("Birch Hill Primary School");
    page.getByLabel("Phone number").fill("01344");
    click(page, "Continue");
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter a phone number with 10 to 13 digits");
    assertThat(page.getByLabel("Your organisation")).hasValue("Birch Hill Primary School");
    page.getByLabel("Phone number").fill("01344 000000");
    click(page, "Continue");

    assertThat(page.locator("h1")).hasText("About the child");
    page.getByLabel("First name").fill("Ava");
    page.getByLabel("Last name").fill("Jones");
    page.getByLabel("NHS number (if known)").fill("943 476 5918");
    page.getByLabel("Unique Pupil Number (if known)").fill("R247962919251");
    page.locator("#dobDay").fill("2");
    page.locator("#dobMonth").fill("3");
    page.locator("#dobYear").fill("2030");
    click(page, "Continue");
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter a real NHS number");
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter a real UPN");
    assertThat(page.locator(".govuk-error-summary")).containsText("Date of birth must be today or in the past");
    assertThat(page.getByLabel("First name")).hasValue("Ava");
    assertAccessible(page, p + "child-error");
    page.getByLabel("NHS number (if known)").fill("943 476 5919");
    page.getByLabel("Unique Pupil Number (if known)").fill("A950000178301");
    page.locator("#dobYear").fill("2016");
    page.getByLabel("School or nursery").fill("Birch Hill Primary School");
    page.getByLabel("GP practice").fill("Birch Hill Surgery");
    page.getByLabel("Home address: house number and street").fill("1 Birch Road");
    page.getByLabel("Town or city").fill("Bracknell");
    page.getByLabel("Postcode").fill("RG12 7AA");
    click(page, "Continue");
    page.getByLabel("No").check();
    click(page, "Continue");

    click(page, "Continue");
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter who has parental responsibility");
    assertAccessible(page, p + "household-error");
    page.getByLabel("Parents, carers and household").fill("Mother: Kim Jones. Step-father: Lee Smith.");
    click(page, "Continue");

    page.getByLabel("What is your concern?").fill("Ava is often hungry and tired; the family struggles since the baby arrived.");
    page.getByLabel("What have you seen, or been told, and by whom?").fill("Ava told her teacher there was no tea last night.");
    click(page, "Continue");
    page.getByLabel("Neglect").check();
    click(page, "Continue");

    click(page, "Continue");
    assertThat(page.locator(".govuk-error-summary")).containsText("Select the level of need");
    assertAccessible(page, p + "actions-error");
    page.getByLabel("What has your agency already done?").fill("Breakfast club place offered.");
    page.locator("input[name=thresholdLevel][value='2']").check();
    click(page, "Continue");

    page.getByLabel("I asked and the parents refused").check();
    click(page, "Continue");
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter why the parents refused");
    assertAccessible(page, p + "consent-error");
    page.getByLabel("If you have not asked, or they refused, tell us why").fill("Mother said she does not want social care involved.");
    click(page, "Continue");

    assertThat(page.locator("h1")).hasText("Check your referral before sending it");
    assertThat(page.locator("main")).containsText("NHS number 943 476 5919");
    assertThat(page.locator("main")).containsText("What you have seen or been told");
    assertThat(page.locator("main")).containsText("Ava told her teacher there was no tea last night.");
    assertThat(page.locator("main")).containsText("GP practice: Birch Hill Surgery");
    assertThat(page.locator("main")).containsText("Home address: 1 Birch Road, Bracknell, RG12 7AA");
    assertAccessible(page, p + "check");
    click(page, "Send referral");

    assertThat(page.locator(".govuk-panel__title")).hasText("Referral sent");
    String reference = page.locator("#reference").textContent().strip();
    assertAccessible(page, p + "sent");

    Download download =
        page.waitForDownload(
            () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download a copy of your referral (PDF)")).click());
    Path pdf = Files.createTempFile("referral", ".pdf");
    download.saveAs(pdf);
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(document);
      org.assertj.core.api.Assertions.assertThat(text)
          .contains("Referral " + reference)
          .contains("Bracknell Forest Council")
          .contains("Early Help")
          .contains("Ava Jones")
          .contains("9434765919")
          .contains("A950000178301")
          .contains("Breakfast club place offered.")
          .contains("Mother said she does not want social care involved.")
          .contains("Level 2")
          .contains("on 27 November 2026 at 4:15pm");
    }

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to your referrals")).click();
    assertThat(page.locator("table").last()).containsText(reference);
    assertThat(page.locator("table").last()).containsText("Received");
    assertThat(page.locator("table").last()).containsText("Ava Jones");
    assertAccessible(page, p + "home");
  }

  @Test
  void aDraftStartedOnOneDeviceIsFinishedOnAnother() {
    Page laptop = signIn("oxfordshire", "health.visitor@nhs.example.org", null);
    click(laptop, "Start a new referral");
    laptop.getByLabel("Safeguarding referral").check();
    click(laptop, "Continue");
    assertThat(laptop.locator("h1")).hasText("About you");
    laptop.getByLabel("Your name").fill("Jo Health");
    laptop.getByLabel("Your role").fill("Health visitor");
    laptop.getByLabel("Your organisation").fill("Oxford Health");
    laptop.getByLabel("Phone number").fill("01865 111111");
    click(laptop, "Continue");
    assertThat(laptop.locator("h1")).hasText("About the child");

    Page phone = signIn("oxfordshire", "health.visitor@nhs.example.org", null);
    assertThat(phone.locator("main")).containsText("Not sent yet");
    assertThat(phone.locator("main")).containsText("27 November 2026 at 4:15pm");
    assertAccessible(phone, "oxfordshire-professional-home-with-draft");
    phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continue the referral about No child added yet")).click();
    assertThat(phone.locator("h1")).hasText("About the child");
    phone.navigate(phone.url().replace("/child", "/you"));
    assertThat(phone.getByLabel("Your name")).hasValue("Jo Health");
  }
}
