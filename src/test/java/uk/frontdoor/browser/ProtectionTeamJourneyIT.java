package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;
import static uk.frontdoor.browser.Browser.assertReflows;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A social worker adds the council's police officer to a child's child protection team; the officer
 * signs in, finds the child among the children they work with, reads the child's protection record
 * and adds a contribution; the social worker reads it on the child's page. Pre-proceedings refuse a
 * decision to issue care proceedings before a family group decision-making meeting is offered;
 * police protection is recorded once its time is in the past, and shows its hours left. Every page,
 * and every error, passes axe.
 */
class ProtectionTeamJourneyIT extends BrowserJourney {

  @Test
  void aSocialWorkerAddsThePoliceOfficerWhoContributesForTheTeam() {
    Decided decided = decidedForAssessment("Tamsin", "Oakridge", "2014-03-03");
    String p = "oxfordshire-protection-team-";
    String child = "http://localhost:" + port + "/staff/casework/episodes/" + decided.episode();

    Page worker = signIn("social.worker@oxfordshire.demo", null);
    worker.navigate(child);
    assertThat(worker.locator("#protection-team")).hasText("Child protection team");
    assertThat(worker.locator("#team-members")).containsText("None");
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add or remove members of the child protection team")).click();
    assertThat(worker.locator("h1")).hasText("Child protection team");
    click(worker, "Add to the team");
    assertThat(worker).hasTitle(Pattern.compile("^Error: "));
    assertThat(worker.locator(".govuk-error-summary")).containsText("Select who joins the child protection team");
    assertAccessible(worker, p + "members-error");
    assertReflows(worker, p + "members-error", 320);
    worker.getByLabel("Demo police officer, Oxfordshire County Council (Police)").check();
    click(worker, "Add to the team");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("is on the child protection team");
    assertThat(worker.locator("#members")).containsText("Demo police officer, Oxfordshire County Council");
    assertAccessible(worker, p + "members");

    worker.navigate(child);
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a decision")).click();
    worker.locator("#dateDay").fill("27");
    worker.locator("#dateMonth").fill("11");
    worker.locator("#dateYear").fill("2026");
    worker.getByLabel("Issue care proceedings").check();
    click(worker, "Record the decision");
    assertThat(worker.locator(".govuk-error-summary")).containsText("A family group decision-making meeting must be offered first");
    assertThat(worker.getByLabel("Issue care proceedings")).isChecked();
    assertAccessible(worker, p + "pre-proceedings-error");
    assertReflows(worker, p + "pre-proceedings-error", 320);

    worker.navigate(child);
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record police protection")).click();
    worker.locator("#startDay").fill("27");
    worker.locator("#startMonth").fill("11");
    worker.locator("#startYear").fill("2026");
    worker.locator("#startTime").fill("11pm");
    worker.locator("#force").fill("Thames Valley Police");
    click(worker, "Record police protection");
    assertThat(worker.locator(".govuk-error-summary")).containsText("The time must be in the past");
    assertThat(worker.locator(".govuk-error-summary")).containsText("Enter the officer’s name or number, or the police reference");
    assertThat(worker.locator("#force")).hasValue("Thames Valley Police");
    assertAccessible(worker, p + "police-protection-error");
    worker.locator("#startTime").fill("9am");
    worker.locator("#reference").fill("PC 1234");
    click(worker, "Record police protection");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("Police protection is recorded.");
    assertThat(worker.locator("#emergency-protection-1")).containsText("hours");

    Page officer = signIn("police.officer@oxfordshire.demo", null);
    officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Children you work with on a child protection team")).click();
    assertThat(officer.locator("h1")).hasText("Children you work with on a child protection team");
    assertAccessible(officer, p + "children");
    officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tamsin Oakridge")).click();
    assertThat(officer.locator("h1")).hasText("Tamsin Oakridge");
    assertThat(officer.locator("main")).containsText("No strategy discussion about this child is recorded.");
    click(officer, "Add the contribution");
    assertThat(officer.locator(".govuk-error-summary")).containsText("Enter your contribution");
    assertAccessible(officer, p + "child-error");
    assertReflows(officer, p + "child-error", 320);
    officer.locator("#text").fill("Report for the conference: police attended the address twice in October; no arrests.");
    click(officer, "Add the contribution");
    assertThat(officer.locator(".govuk-notification-banner--success")).containsText("Your contribution is on Tamsin Oakridge’s record.");
    assertThat(officer.locator("main")).containsText("police attended the address twice in October");
    assertAccessible(officer, p + "child");
    officer.navigate(child);
    assertThat(officer.locator("h1")).not().hasText("Tamsin Oakridge");

    worker.navigate(child);
    assertThat(worker.locator("#team-members")).containsText("Demo police officer, Oxfordshire County Council (Police)");
    assertThat(worker.locator("#contributions")).containsText("police attended the address twice in October");
    assertAccessible(worker, p + "episode");
    assertReflows(worker, p + "episode", 320);
  }
}
