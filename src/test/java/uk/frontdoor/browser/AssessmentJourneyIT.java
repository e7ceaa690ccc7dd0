package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;
import static uk.frontdoor.browser.Browser.assertReflows;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.casework.Episodes;
import uk.frontdoor.identity.StaffDirectory;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.mash.Outcome;

/**
 * A social worker walks the child and family assessment's task list, saving a task part-way and
 * meeting an error beside a field, sends it for authorisation, and a team manager authorises it;
 * in Chromium, with axe and at 320 pixels wide at each step.
 */
class AssessmentJourneyIT extends BrowserJourney {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @Autowired Episodes episodes;
  @Autowired StaffDirectory directory;

  @Test
  void aSocialWorkerWalksTheTaskListAndAManagerAuthorisesTheAssessment() {
    Decided decided = decidedForAssessment("Rosa", "Delacourt", "2014-03-09");
    UUID episode = decided.episode();
    UUID lead = directory.withAnyRole(OXFORDSHIRE, List.of("SOCIAL_WORKER")).stream()
        .filter(m -> m.displayName().startsWith("Demo social worker,")).findFirst().orElseThrow().id();
    episodes.allocate(MashTesting.named("Tess Manager", OXFORDSHIRE, "TEAM_MANAGER"), episode, lead, "MASH", null);
    String p = "oxfordshire-assessment-";

    Page worker = signIn("social.worker@oxfordshire.demo", null);
    worker.navigate("http://localhost:" + port + "/staff/casework/episodes/" + episode);
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The child and family assessment")).click();
    assertThat(worker.locator("h1")).hasText("Child and family assessment");
    assertThat(worker.locator("#due")).containsText("45 working days left");
    assertThat(worker.locator("#start-status")).hasText("Not yet started");
    assertThat(worker.locator("#seen-status")).hasText("Cannot start yet");
    assertAccessible(worker, p + "tasks");
    assertReflows(worker, p + "tasks", 320);

    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start date")).click();
    worker.locator("#startDay").fill("27");
    worker.locator("#startMonth").fill("13");
    worker.locator("#startYear").fill("2026");
    click(worker, "Save and return to the task list");
    assertThat(worker.locator(".govuk-error-summary")).containsText("The start date must be a real date");
    assertThat(worker).hasTitle(java.util.regex.Pattern.compile("^Error: "));
    assertThat(worker.locator("#startMonth")).hasValue("13");
    assertAccessible(worker, p + "start-error");
    assertReflows(worker, p + "start-error", 320);
    worker.locator("#startMonth").fill("11");
    click(worker, "Save and return to the task list");
    assertThat(worker.locator("#start-status")).hasText("Completed");
    assertThat(worker.locator("#seen-status")).hasText("Not yet started");

    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The child seen")).click();
    worker.locator("input[name=seen][value=yes]").check();
    worker.getByLabel("No, I’ll come back to it later").check();
    assertAccessible(worker, p + "seen");
    assertReflows(worker, p + "seen", 320);
    click(worker, "Save and return to the task list");
    assertThat(worker.locator("#seen-status")).hasText("In progress");
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The child seen")).click();
    assertThat(worker.locator("input[name=seen][value=yes]")).isChecked();
    worker.getByLabel("Yes, I’ve completed this section").check();
    click(worker, "Save and return to the task list");
    assertThat(worker.locator(".govuk-error-summary")).containsText("Enter the date the child was seen");
    assertAccessible(worker, p + "seen-error");
    worker.locator("#seenOnDay").fill("27");
    worker.locator("#seenOnMonth").fill("11");
    worker.locator("#seenOnYear").fill("2026");
    worker.locator("input[name=alone][value=yes]").check();
    click(worker, "Save and return to the task list");
    assertThat(worker.locator("#seen-status")).hasText("Completed");

    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Factors identified")).click();
    worker.getByLabel("16A Abuse or neglect: neglect").check();
    worker.getByLabel("Yes, I’ve completed this section").check();
    assertAccessible(worker, p + "factors");
    assertReflows(worker, p + "factors", 320);
    click(worker, "Save and return to the task list");
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outcome")).click();
    worker.getByLabel("No further action").check();
    worker.getByLabel("Yes, I’ve completed this section").check();
    click(worker, "Save and return to the task list");
    assertThat(worker.locator("#outcome-status")).hasText("Completed");
    assertThat(worker.locator("#submission-status")).hasText("Not yet started");

    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Submit for authorisation")).click();
    assertThat(worker.locator("#assessment-summary")).containsText("16A Abuse or neglect: neglect");
    assertAccessible(worker, p + "submission");
    assertReflows(worker, p + "submission", 320);
    click(worker, "Send for authorisation");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("sent to a team manager");
    assertThat(worker.locator("#submission-status")).hasText("Waiting for authorisation");

    Page manager = signIn("team.manager@oxfordshire.demo", null);
    manager.navigate("http://localhost:" + port + "/staff/casework/episodes/" + episode + "/assessment");
    manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Authorise or return the assessment")).click();
    assertThat(manager.locator("h1")).hasText("Authorise the assessment");
    click(manager, "Save");
    assertThat(manager.locator(".govuk-error-summary")).containsText("Select whether you authorise the assessment or return it");
    assertAccessible(manager, p + "authorisation-error");
    assertReflows(manager, p + "authorisation-error", 320);
    manager.getByLabel("Authorise it").check();
    click(manager, "Save");
    assertThat(manager.locator(".govuk-notification-banner--success")).containsText("The assessment is authorised. Outcome: No further action.");
    assertThat(manager.locator("#authorised")).containsText("The episode can now close");
    assertAccessible(manager, p + "authorised");
    assertReflows(manager, p + "authorised", 320);
  }
}
