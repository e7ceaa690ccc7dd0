package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;
import static uk.frontdoor.browser.Browser.assertReflows;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A call handler signs in, records phone calls through the council's set questions, and sees
 * which professionals still owe a written referral; a professional's written referral quoting
 * the call's reference is linked to it.
 */
class StaffPhoneContactJourneyIT extends BrowserJourney {

  @Test
  void anOxfordshireCallHandlerRecordsAProfessionalsCallAndTheWrittenReferralIsLinked() {
    String p = "oxfordshire-staff-";
    Page page = signIn("call.handler@oxfordshire.demo", p);
    assertAccessible(page, p + "home");
    assertReflows(page, p + "home", 320);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a phone contact")).click();
    assertThat(page.locator("main")).containsText("Has the child been abandoned, or is the parent absent?");

    page.getByLabel("Professional", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("Caller’s name").fill("Jo Health");
    click(page, "Send to the MASH");
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the professional’s organisation");
    assertThat(page.locator(".govuk-error-summary")).containsText("Select how urgent this is");
    assertThat(page.getByLabel("Caller’s name")).hasValue("Jo Health");
    assertAccessible(page, p + "phone-contact-error");
    assertReflows(page, p + "phone-contact-error", 320);

    page.getByLabel("Organisation (for a professional)").fill("Oxford Health");
    page.getByLabel("Child’s first name").fill("Mia");
    page.getByLabel("Child’s last name").fill("Green");
    page.getByLabel("The concern in a sentence or two").fill("Mia has a burn on her arm her mother could not explain.");
    page.getByLabel("Has the child been sexually or physically abused, or said so?").fill("Not said; the burn was seen at a home visit.");
    page.getByLabel("Physical abuse").check();
    page.locator("input[name=immediateDanger][value=no]").check();
    page.getByLabel("Amber").check();
    page.getByLabel("A professional caller whose concern meets threshold").check();
    click(page, "Send to the MASH");

    assertThat(page.locator(".govuk-panel__title")).hasText("Phone contact sent to the MASH");
    String reference = page.locator(".govuk-panel__body strong").textContent().strip();
    assertThat(page.locator("main")).containsText("Due: tell the professional to send it online");
    assertAccessible(page, p + "phone-contact-recorded");
    assertReflows(page, p + "phone-contact-recorded", 320);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Phone contacts recorded")).click();
    assertThat(page.locator("table")).containsText(reference);
    assertThat(page.locator("table")).containsText("Due, not yet received");
    assertAccessible(page, p + "phone-contacts");
    assertReflows(page, p + "phone-contacts", 320);

    // The professional puts it in writing and quotes the call's reference.
    Page professional =
        ProfessionalReferralJourneyIT.signIn(browser, port, "oxfordshire", "jo.health@nhs.example.org", null);
    click(professional, "Start a new referral");
    professional.getByLabel("Safeguarding referral").check();
    click(professional, "Continue");
    professional.getByLabel("Your name").fill("Jo Health");
    professional.getByLabel("Your role").fill("Health visitor");
    professional.getByLabel("Your organisation").fill("Oxford Health");
    professional.getByLabel("Phone number").fill("01865 111111");
    professional.getByLabel("If you phoned us about this first").fill("ZZZZ-ZZZZ");
    click(professional, "Continue");
    assertThat(professional.locator(".govuk-error-summary")).containsText("We cannot find a phone call with that reference");
    assertAccessible(professional, "oxfordshire-professional-phone-reference-error");
    professional.getByLabel("If you phoned us about this first").fill(reference.toLowerCase());
    click(professional, "Continue");
    assertThat(professional.locator("h1")).hasText("About the child");
  }

  @Test
  void aSouthamptonCallHandlerRecordsAnAnonymousCallerWithTheStandardQuestions() {
    Page page = signIn("call.handler@southampton.demo", null);
    page.navigate("http://localhost:" + port + "/staff/phone-contacts/new");
    assertThat(page.locator("main")).containsText("Who is looking after the child now, and where are they?");
    page.getByLabel("Caller who will not give their name").check();
    page.getByLabel("If the caller does not know the child’s name").fill("A boy of about 6 at the corner shop, often alone late at night.");
    page.getByLabel("The concern in a sentence or two").fill("A young boy is out alone late most nights.");
    page.getByLabel("Neglect").check();
    page.locator("input[name=immediateDanger][value=no]").check();
    page.getByLabel("Green").check();
    click(page, "Send to the MASH");
    assertThat(page.locator(".govuk-panel__title")).hasText("Phone contact sent to the MASH");
    assertThat(page.locator("main")).containsText("Not asked for");
    assertAccessible(page, "southampton-staff-phone-contact-recorded");
  }
}
