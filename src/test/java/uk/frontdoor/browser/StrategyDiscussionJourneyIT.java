package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;
import static uk.frontdoor.browser.Browser.assertReflows;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.frontdoor.mash.Outcome;

/**
 * The MASH decided a strategy discussion is needed; a social worker records it, adding rows of
 * attendees without JavaScript, is told health neither took part nor has a reason, gives one, and
 * starts a section 47 enquiry whose initial conference is due 15 working days later; then completes
 * the enquiry and reads the discussion back. Every page is checked with axe.
 */
class StrategyDiscussionJourneyIT extends BrowserJourney {

  @Test
  void aStrategyDiscussionStartsAnEnquiryThatIsThenCompleted() {
    UUID episode = decided("Mira", "Sol", "2014-06-06", Outcome.STRATEGY_DISCUSSION).episode();
    String p = "oxfordshire-strategy-";

    Page worker = signIn("social.worker@oxfordshire.demo", null);
    worker.navigate("http://localhost:" + port + "/staff/casework/episodes/" + episode);
    assertThat(worker.locator("#strategy-needed")).containsText("The MASH decided a strategy discussion is needed: none has been recorded yet");
    assertAccessible(worker, p + "episode-asked");

    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a strategy discussion")).click();
    assertThat(worker.locator("h1")).hasText("Record a strategy discussion");
    assertAccessible(worker, p + "form");
    worker.locator("#heldDay").fill("27");
    worker.locator("#heldMonth").fill("11");
    worker.locator("#heldYear").fill("2026");
    worker.locator("#heldTime").fill("10am");
    worker.locator("#summary").fill("School saw bruising to Mira’s arm; police attended the home last week.");
    worker.locator("#attendee-1-name").fill("Demo social worker");
    worker.locator("#attendee-1-agency").selectOption("SOCIAL_CARE");
    worker.locator("#attendee-1-role").fill("Social worker");
    assertThat(worker.locator("#attendee-7-name")).hasCount(0);
    click(worker, "Add another attendee");
    assertThat(worker.locator("#attendee-1-name")).hasValue("Demo social worker");
    assertThat(worker.locator("#summary")).hasValue("School saw bruising to Mira’s arm; police attended the home last week.");
    worker.locator("#attendee-7-name").fill("DS Khan");
    worker.locator("#attendee-7-agency").selectOption("POLICE");
    worker.locator("#section47-" + episode).check();
    worker.locator("#reason-" + episode).fill("Unexplained injury and a history of domestic abuse: reasonable cause to suspect significant harm.");
    worker.locator("#action-1-what").fill("Police to check for previous call-outs");
    worker.locator("#action-1-owner").fill("DS Khan");
    worker.locator("#action-1-dueDay").fill("30");
    worker.locator("#action-1-dueMonth").fill("11");
    worker.locator("#action-1-dueYear").fill("2026");
    click(worker, "Record the strategy discussion");
    assertThat(worker).hasTitle(java.util.regex.Pattern.compile("^Error: "));
    assertThat(worker.locator(".govuk-error-summary")).containsText("Add an attendee from health, or say why health could not take part");
    assertThat(worker.locator("#attendee-7-name")).hasValue("DS Khan");
    assertAccessible(worker, p + "form-error");
    assertReflows(worker, p + "form-error", 320);
    worker.locator("#noHealthReason").fill("The school nurse was on leave; the GP sent the records beforehand.");
    click(worker, "Record the strategy discussion");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("The strategy discussion is recorded. A section 47 enquiry started.");
    assertThat(worker.locator("#strategy-needed")).hasCount(0);
    assertThat(worker.locator("#strategy-list")).containsText("Section 47 enquiries start");
    // Friday 27 November 2026 is day 0: the 15th working day after it is Friday 18 December.
    assertThat(worker.locator("#enquiry-list")).containsText("Initial child protection conference: 15 working days left: due by the end of Friday 18 December");
    assertThat(worker.locator("#due")).containsText("Initial child protection conference");
    assertAccessible(worker, p + "episode-enquiry");
    assertReflows(worker, p + "episode-enquiry", 320);

    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the enquiry started 27 November 2026")).click();
    assertThat(worker.locator("h1")).hasText("Section 47 enquiry");
    assertThat(worker.locator("#conference-due")).containsText("Due by Friday 18 December 2026");
    click(worker, "Complete the enquiry");
    assertThat(worker.locator(".govuk-error-summary")).containsText("Select the outcome of the enquiry");
    assertAccessible(worker, p + "enquiry-error");
    worker.locator("#seenDay").fill("27");
    worker.locator("#seenMonth").fill("11");
    worker.locator("#seenYear").fill("2026");
    worker.locator("#seenAlone").check();
    worker.locator("#outcome-3").check();
    worker.locator("#completedDay").fill("27");
    worker.locator("#completedMonth").fill("11");
    worker.locator("#completedYear").fill("2026");
    click(worker, "Complete the enquiry");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("The section 47 enquiry is completed");
    assertThat(worker.locator("#enquiry-list")).containsText("Completed");
    assertThat(worker.locator("#enquiry-list")).containsText("convene an initial child protection conference");
    assertAccessible(worker, p + "episode-completed");

    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the enquiry started 27 November 2026")).click();
    assertThat(worker.locator("#outcome-recorded")).containsText("convene an initial child protection conference");
    assertThat(worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete the enquiry"))).hasCount(0);
    assertAccessible(worker, p + "enquiry-completed");
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^The strategy discussion on"))).click();
    assertThat(worker.locator("#attendees")).containsText("DS Khan");
    assertThat(worker.locator("#actions")).containsText("Police to check for previous call-outs");
    assertThat(worker.locator("main")).containsText("The school nurse was on leave");
    assertAccessible(worker, p + "discussion");
    assertReflows(worker, p + "discussion", 320);
  }
}
