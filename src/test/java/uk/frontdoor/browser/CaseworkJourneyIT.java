package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;
import static uk.frontdoor.browser.Browser.assertReflows;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * After an authorised MASH decision for a child and family assessment, the team manager finds the
 * child waiting for allocation and allocates them to a social worker; the social worker sees the
 * child on their caseload with the assessment's working days left, and closes the episode with
 * its census reason.
 */
class CaseworkJourneyIT extends BrowserJourney {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");


  @Test
  void fromTheMashDecisionThroughAllocationAndTheCaseloadToClosure() {
    Decided decided = decidedForAssessment("Lily", "Penhaligon", "2016-09-21");
    String reference = decided.reference();
    UUID episode = decided.episode();
    String p = "oxfordshire-casework-";

    Page manager = signIn("team.manager@oxfordshire.demo", null);
    assertThat(manager.locator("main")).containsText("Children waiting for allocation");
    assertAccessible(manager, p + "manager-home");
    assertReflows(manager, p + "manager-home", 320);
    manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See every child waiting for allocation")).click();
    assertThat(manager.locator("h1")).hasText("Children waiting for allocation");
    assertThat(manager.locator("table")).containsText("Lily Penhaligon");
    assertAccessible(manager, p + "unallocated");
    assertReflows(manager, p + "unallocated", 320);

    manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lily Penhaligon")).click();
    assertThat(manager.locator("h1")).hasText("Lily Penhaligon");
    assertThat(manager.locator("#lead")).hasText("Not allocated");
    assertThat(manager.locator("main")).containsText(reference);
    assertThat(manager.locator("#due")).containsText("Child and family assessment: 45 working days left");
    assertAccessible(manager, p + "episode");
    assertReflows(manager, p + "episode", 320);

    manager.locator("a[href$='/allocation']").click();
    assertThat(manager.locator("h1")).hasText("Allocate a lead practitioner");
    click(manager, "Allocate");
    assertThat(manager.locator(".govuk-error-summary")).containsText("Select who leads the work with Lily Penhaligon");
    assertThat(manager).hasTitle(java.util.regex.Pattern.compile("^Error: "));
    assertAccessible(manager, p + "allocation-error");
    assertReflows(manager, p + "allocation-error", 320);
    manager.getByLabel("Demo social worker, Oxfordshire County Council").check();
    manager.getByLabel("Multi-Agency Safeguarding Hub (MASH)").check();
    click(manager, "Allocate");
    assertThat(manager.locator(".govuk-notification-banner--success"))
        .containsText("Lily Penhaligon is allocated to Demo social worker, Oxfordshire County Council in Multi-Agency Safeguarding Hub (MASH)");
    assertThat(manager.locator("#lead")).hasText("Demo social worker, Oxfordshire County Council");
    assertThat(manager.locator("#team")).hasText("Multi-Agency Safeguarding Hub (MASH)");
    assertThat(manager.locator("#history"))
        .containsText("Allocated to Demo social worker, Oxfordshire County Council (Multi-Agency Safeguarding Hub (MASH))");

    manager.navigate("http://localhost:" + port + "/staff/casework/caseloads");
    assertThat(manager.locator("#caseloads")).containsText("Demo social worker, Oxfordshire County Council");
    assertThat(manager.locator("main")).containsText("Assessments overdue, the most overdue first");
    assertAccessible(manager, p + "caseloads");
    assertReflows(manager, p + "caseloads", 320);

    Page worker = signIn("social.worker@oxfordshire.demo", null);
    assertThat(worker.locator("main")).containsText("Your caseload");
    assertThat(worker.locator(".fd-work-list")).containsText("Lily Penhaligon");
    assertAccessible(worker, p + "worker-home");
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your whole caseload")).click();
    assertThat(worker.locator("h1")).hasText("Your caseload");
    assertThat(worker.locator("tr", new Page.LocatorOptions().setHasText("Lily Penhaligon")))
        .containsText("Child and family assessment: 45 working days left: due by the end of Wednesday 3 February");
    assertAccessible(worker, p + "caseload");
    assertReflows(worker, p + "caseload", 320);

    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lily Penhaligon")).click();
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read the referral " + reference)).click();
    assertThat(worker.locator("h1")).hasText("Referral " + reference);
    assertThat(worker.locator("main")).containsText("The children are often hungry and tired at school.");
    assertAccessible(worker, p + "referral");
    assertReflows(worker, p + "referral", 320);
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the child")).click();

    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the primary need")).click();
    click(worker, "Save");
    assertThat(worker.locator(".govuk-error-summary")).containsText("Select the child’s primary need");
    assertAccessible(worker, p + "primary-need-error");
    assertReflows(worker, p + "primary-need-error", 320);
    worker.getByLabel("N1 Abuse or neglect").check();
    click(worker, "Save");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("The primary need is N1 Abuse or neglect.");

    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close the episode")).click();
    assertThat(worker.locator("h1")).hasText("Why is the episode closing?");
    click(worker, "Close the episode");
    assertThat(worker.locator(".govuk-error-summary")).containsText("Select why the episode is closing");
    assertAccessible(worker, p + "closure-error");
    assertReflows(worker, p + "closure-error", 320);
    worker.getByLabel("RC8 Case closed after assessment, no further action").check();
    click(worker, "Close the episode");
    assertThat(worker.locator(".govuk-panel__title")).hasText("Episode closed");
    assertThat(worker.locator(".govuk-panel__body")).containsText("RC8 Case closed after assessment, no further action");
    assertAccessible(worker, p + "closed");
    assertReflows(worker, p + "closed", 320);

    worker.navigate("http://localhost:" + port + "/staff/casework/episodes/" + episode);
    assertThat(worker.locator("#closed")).containsText("Nothing can be added to a closed episode until a team manager reopens it.");
    assertThat(worker.locator("#history")).containsText("Open to Closed (close)");
    assertThat(worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close the episode"))).hasCount(0);
    assertAccessible(worker, p + "episode-closed");
    worker.navigate("http://localhost:" + port + "/staff/casework/caseload");
    assertThat(worker.locator("main")).not().containsText("Lily Penhaligon");
  }
}
