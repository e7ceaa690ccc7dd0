package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.frontdoor.casework.ProtectionTesting;

/**
 * A social worker convenes an initial child protection conference from a section 47 enquiry that
 * called for one, inviting a parent and (after adding a row without JavaScript) the police; the
 * chair finds it on the conferences list and records a child protection plan; the social worker
 * records the core group's first meeting and convenes a review, at which the chair ends the plan.
 * Every page is checked with axe.
 */
class ConferenceJourneyIT extends BrowserJourney {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @Test
  void anInitialConferenceStartsAPlanTheCoreGroupMeetsAndAReviewConferenceEndsIt() {
    UUID episode = decidedForAssessment("Iris", "Fenwick", "2016-02-02").episode();
    ProtectionTesting.conferenceEnquiry(transactions, tenancy, jdbc, OXFORDSHIRE, episode, LocalDate.parse("2026-11-27"), LocalDate.parse("2026-12-18"));
    String p = "oxfordshire-conference-";
    String k = episode.toString();

    Page worker = signIn("social.worker@oxfordshire.demo", null);
    worker.navigate("http://localhost:" + port + "/staff/casework/episodes/" + episode);
    assertThat(worker.locator("#child-protection")).isVisible();
    assertAccessible(worker, p + "episode");
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Convene an initial child protection conference")).click();
    assertThat(worker.locator("h1")).hasText("Convene an initial child protection conference");
    assertThat(worker.locator("#due")).containsText("Due by 18 December 2026: 15 working days left");
    assertThat(worker.locator("#enquiry")).isChecked();
    worker.locator("#inviteeName-0").fill("Jo Fenwick");
    worker.locator("#inviteeAs-0").selectOption("PARENT");
    assertAccessible(worker, p + "convene");
    click(worker, "Add another invitation");
    assertThat(worker.locator("#inviteeName-0")).hasValue("Jo Fenwick");
    worker.locator("#inviteeName-1").fill("PC Ray Okafor");
    worker.locator("#inviteeAs-1").selectOption("AGENCY");
    click(worker, "Convene the conference");
    assertThat(worker.locator(".govuk-error-summary")).containsText("Enter the date of the conference");
    assertThat(worker.locator(".govuk-error-summary")).containsText("Select the agency PC Ray Okafor comes from");
    assertThat(worker.locator("#inviteeName-1")).hasValue("PC Ray Okafor");
    assertAccessible(worker, p + "convene-error");
    worker.locator("#dateDay").fill("27");
    worker.locator("#dateMonth").fill("11");
    worker.locator("#dateYear").fill("2026");
    worker.locator("#time").fill("5pm");
    worker.locator("#chair").selectOption(new SelectOption().setIndex(1));
    worker.locator("#inviteeAgency-1").selectOption("POLICE");
    click(worker, "Convene the conference");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("is scheduled for 27 November 2026");
    assertThat(worker.locator("h1")).hasText("Initial child protection conference");
    assertAccessible(worker, p + "conference");

    Page chair = signIn("conference.chair@oxfordshire.demo", null);
    chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Child protection conferences")).click();
    assertThat(chair.locator("#scheduled")).containsText("Iris Fenwick");
    assertAccessible(chair, p + "list");
    chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Iris Fenwick")).click();
    chair.locator("#report-2").check();
    chair.locator("#attended-2").selectOption("yes");
    chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save for PC Ray Okafor")).click();
    assertThat(chair.locator("main")).containsText("Report: submitted. Attended: yes.");
    chair.locator("#hold-link").click();
    assertThat(chair.locator("h1")).hasText("Record the conference’s outcome");
    click(chair, "Record the outcome");
    assertThat(chair.locator(".govuk-error-summary")).containsText("Select the decision for Iris Fenwick");
    assertAccessible(chair, p + "hold-error");
    chair.locator("#dateDay").fill("27");
    chair.locator("#dateMonth").fill("11");
    chair.locator("#dateYear").fill("2026");
    chair.locator("#summary").fill("Neglect: Iris often hungry, the home cold. Parents agree to work with the plan.");
    chair.locator("#decision-" + k).check();
    chair.locator("#category-" + k).selectOption("NEG");
    chair.locator("#lead-" + k).selectOption(new SelectOption().setIndex(1));
    assertAccessible(chair, p + "hold");
    click(chair, "Record the outcome");
    assertThat(chair.locator("#children")).containsText("A child protection plan: Neglect");
    chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The child protection plan of Iris Fenwick")).click();
    // Friday 27 November 2026 is day 0: the 10th working day after it is Friday 11 December.
    assertThat(chair.locator("#core-group-due")).containsText("Due by 11 December 2026: 10 working days left");
    assertThat(chair.locator("#review-due")).containsText("Due by 27 February 2027");
    assertAccessible(chair, p + "plan");
    String plan = chair.url();

    worker.navigate(plan);
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a core group meeting")).click();
    worker.locator("#dateDay").fill("27");
    worker.locator("#dateMonth").fill("11");
    worker.locator("#dateYear").fill("2026");
    worker.locator("#text").fill("The core group agreed who visits when, and a food bank referral.");
    assertAccessible(worker, p + "core-group");
    click(worker, "Record the meeting");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("The core group meeting on 27 November 2026 is recorded.");
    assertThat(worker.locator("#protection-plan-list")).containsText("Child protection plan, open");
    worker.navigate(plan);
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Convene a review conference")).click();
    assertThat(worker.locator("#due")).containsText("Due by 27 February 2027");
    worker.locator("#dateDay").fill("27");
    worker.locator("#dateMonth").fill("11");
    worker.locator("#dateYear").fill("2026");
    worker.locator("#time").fill("6pm");
    worker.locator("#chair").selectOption(new SelectOption().setIndex(1));
    assertAccessible(worker, p + "review-convene");
    click(worker, "Convene the conference");
    assertThat(worker.locator("h1")).hasText("Review child protection conference");

    chair.navigate(worker.url() + "/hold");
    chair.locator("#dateDay").fill("27");
    chair.locator("#dateMonth").fill("11");
    chair.locator("#dateYear").fill("2026");
    chair.locator("#summary").fill("The family moved in with grandparents; Iris is well cared for.");
    chair.locator("#decision-" + k + "-2").check();
    chair.locator("#endReason-" + k).fill("Iris is no longer at risk of significant harm");
    assertAccessible(chair, p + "review-hold");
    click(chair, "Record the outcome");
    assertThat(chair.locator("#children")).containsText("The plan ends: Iris is no longer at risk of significant harm");
    chair.navigate(plan);
    assertThat(chair.locator("#ended")).containsText("27 November 2026 by a review conference");
    assertThat(chair.locator("#reviews")).containsText("The plan ends");
    assertAccessible(chair, p + "plan-ended");
  }
}
