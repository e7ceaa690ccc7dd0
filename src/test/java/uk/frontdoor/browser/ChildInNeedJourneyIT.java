package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;
import static uk.frontdoor.browser.Browser.assertReflows;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.TestClock;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.mash.Outcome;

/**
 * One child's child in need work from end to end, in Chromium with axe at every step: the MASH's
 * authorised decision opens the episode; a team manager allocates it to a social worker; the
 * assessment, started before Christmas, counts its working days across the bank holidays, sees the
 * child alone and ends in a child in need plan, which a manager authorises; the worker visits,
 * starts the plan and reviews it; the episode cannot close while the plan is open, so the worker
 * ends it and closes the episode with its census reason; the chronology tells the story.
 */
class ChildInNeedJourneyIT extends BrowserJourney {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Autowired TestClock testClock;
  @Autowired WorkingCalendar calendar;

  @Test
  void fromTheMashDecisionThroughAssessmentPlanAndReviewToClosure() {
    Decided decided = decidedForAssessment("Marigold", "Trevanion", "2013-06-14");
    String reference = decided.reference();
    UUID episode = decided.episode();
    String p = "oxfordshire-cin-";
    String base = "http://localhost:" + port;
    // The referral reached the council today, Friday 27 November: the assessment's 45 working days run from it.
    LocalDate referralDay = calendar.londonDate(testClock.instant());
    Instant assessmentDue = calendar.addWorkingDays(referralDay.atStartOfDay(calendar.zone()).toInstant(), 45);

    // The team manager allocates the child to the demo social worker.
    Page manager = signIn("team.manager@oxfordshire.demo", null);
    manager.navigate(base + "/staff/casework/unallocated");
    assertThat(manager.locator("h1")).hasText("Children waiting for allocation");
    manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Marigold Trevanion")).click();
    assertThat(manager.locator("h1")).hasText("Marigold Trevanion");
    assertThat(manager.locator("#lead")).hasText("Not allocated");
    assertThat(manager.locator("main")).containsText(reference);
    assertAccessible(manager, p + "episode-unallocated");
    manager.locator("a[href$='/allocation']").click();
    assertThat(manager.locator("h1")).hasText("Allocate a lead practitioner");
    manager.getByLabel("Demo social worker, Oxfordshire County Council").check();
    manager.getByLabel("Multi-Agency Safeguarding Hub (MASH)").check();
    assertAccessible(manager, p + "allocation");
    click(manager, "Allocate");
    assertThat(manager.locator(".govuk-notification-banner--success"))
        .containsText("Marigold Trevanion is allocated to Demo social worker");
    assertThat(manager.locator("#lead")).hasText("Demo social worker, Oxfordshire County Council");
    assertAccessible(manager, p + "allocated");

    // The social worker finds the child on their caseload and starts the assessment.
    Page worker = signIn("social.worker@oxfordshire.demo", null);
    worker.navigate(base + "/staff/casework/caseload");
    assertThat(worker.locator("tr", new Page.LocatorOptions().setHasText("Marigold Trevanion")))
        .containsText("Child and family assessment: 45 working days left");
    assertAccessible(worker, p + "caseload");
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Marigold Trevanion")).click();
    assertThat(worker.locator("h1")).hasText("Marigold Trevanion");
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The child and family assessment")).click();
    assertThat(worker.locator("h1")).hasText("Child and family assessment");
    assertThat(worker.locator("#due")).containsText("Child and family assessment: 45 working days left");
    assertAccessible(worker, p + "assessment-tasks");
    assertReflows(worker, p + "assessment-tasks", 320);
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start date")).click();
    fillDate(worker, "start", referralDay);
    assertAccessible(worker, p + "assessment-start");
    click(worker, "Save and return to the task list");
    assertThat(worker.locator("#start-status")).hasText("Completed");

    // Christmas: Thursday 24 December, then Tuesday 29 December. In between, 25 December and the
    // substitute Boxing Day (Monday 28th) are bank holidays and 26-27 a weekend, so one working day passes.
    int leftOnChristmasEve = leftAt(LocalDate.of(2026, 12, 24), assessmentDue);
    int leftAfterChristmas = leftAt(LocalDate.of(2026, 12, 29), assessmentDue);
    org.assertj.core.api.Assertions.assertThat(leftOnChristmasEve - leftAfterChristmas).isEqualTo(1);
    testClock.moveTo(at(LocalDate.of(2026, 12, 24)));
    worker.reload();
    assertThat(worker.locator("#due"))
        .containsText("Child and family assessment: " + leftOnChristmasEve + " working days left: due by the end of Wednesday 3 February");
    assertAccessible(worker, p + "assessment-christmas-eve");
    testClock.moveTo(at(LocalDate.of(2026, 12, 29)));
    LocalDate today = calendar.londonDate(testClock.instant());
    worker.reload();
    assertThat(worker.locator("#due"))
        .containsText("Child and family assessment: " + leftAfterChristmas + " working days left: due by the end of Wednesday 3 February");
    assertAccessible(worker, p + "assessment-after-christmas");
    assertReflows(worker, p + "assessment-after-christmas", 320);

    // The child seen alone today; the factors; the outcome a child in need plan; sent to the manager.
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The child seen")).click();
    worker.locator("input[name=seen][value=yes]").check();
    fillDate(worker, "seenOn", today);
    worker.locator("input[name=alone][value=yes]").check();
    worker.getByLabel("Yes, I’ve completed this section").check();
    assertAccessible(worker, p + "assessment-seen");
    assertReflows(worker, p + "assessment-seen", 320);
    click(worker, "Save and return to the task list");
    assertThat(worker.locator("#seen-status")).hasText("Completed");
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Factors identified")).click();
    worker.getByLabel("4B Mental health: concerns about the parent or carer").check();
    worker.getByLabel("16A Abuse or neglect: neglect").check();
    worker.getByLabel("Yes, I’ve completed this section").check();
    assertAccessible(worker, p + "assessment-factors");
    click(worker, "Save and return to the task list");
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outcome")).click();
    worker.getByLabel("Child in need plan").check();
    worker.getByLabel("Yes, I’ve completed this section").check();
    assertAccessible(worker, p + "assessment-outcome");
    click(worker, "Save and return to the task list");
    assertThat(worker.locator("#outcome-status")).hasText("Completed");
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Submit for authorisation")).click();
    assertThat(worker.locator("#assessment-summary")).containsText("4B Mental health: concerns about the parent or carer");
    assertThat(worker.locator("#assessment-summary")).containsText("Child in need plan");
    assertAccessible(worker, p + "assessment-submission");
    assertReflows(worker, p + "assessment-submission", 320);
    click(worker, "Send for authorisation");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("sent to a team manager");
    assertThat(worker.locator("#submission-status")).hasText("Waiting for authorisation");

    // The team manager authorises it: the assessment's clock stops.
    manager.navigate(base + "/staff/casework/episodes/" + episode + "/assessment");
    manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Authorise or return the assessment")).click();
    assertThat(manager.locator("h1")).hasText("Authorise the assessment");
    manager.getByLabel("Authorise it").check();
    assertAccessible(manager, p + "assessment-authorisation");
    click(manager, "Save");
    assertThat(manager.locator(".govuk-notification-banner--success"))
        .containsText("The assessment is authorised. Outcome: Child in need plan.");
    assertThat(manager.locator("#due")).containsText("Child and family assessment: completed, authorised on " + DAY.format(today));
    assertAccessible(manager, p + "assessment-authorised");
    assertReflows(manager, p + "assessment-authorised", 320);

    // The worker visits and sees the child alone, and starts the child in need plan.
    worker.navigate(base + "/staff/casework/episodes/" + episode);
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a visit")).click();
    assertThat(worker.locator("h1")).hasText("Record a visit");
    fillDate(worker, "date", today);
    worker.locator("#whoSeen").fill("Marigold and her father");
    worker.locator("#childSeen").check();
    worker.locator("#seenAlone").check();
    worker.locator("#observed").fill("Marigold talked alone about Christmas, her mother’s stay in hospital and who gets her to school.");
    assertAccessible(worker, p + "visit");
    click(worker, "Record the visit");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("The visit on " + DAY.format(today) + " is recorded.");
    assertThat(worker.locator("#visit-list")).containsText("Child seen alone");
    assertAccessible(worker, p + "episode-visited");

    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a child in need plan")).click();
    assertThat(worker.locator("h1")).hasText("Start a child in need plan");
    fillDate(worker, "date", today);
    assertAccessible(worker, p + "plan-start");
    assertReflows(worker, p + "plan-start", 320);
    click(worker, "Start the plan");
    assertThat(worker.locator(".govuk-notification-banner--success"))
        .containsText("The child in need plan started on " + DAY.format(today) + ".");
    assertThat(worker.locator(".govuk-summary-card")).containsText("Child in need plan, open");

    // Ten working days on, the plan's first review.
    testClock.advanceWorkingDays(calendar, 10);
    LocalDate reviewDay = calendar.londonDate(testClock.instant());
    worker.reload();
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a review of the child in need plan")).click();
    assertThat(worker.locator("h1")).hasText("Review the child in need plan");
    fillDate(worker, "date", reviewDay);
    worker.locator("#text").fill("Father and school share the school run while mother recovers; the plan continues.");
    assertAccessible(worker, p + "plan-review");
    assertReflows(worker, p + "plan-review", 320);
    click(worker, "Record the review");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("The review of the child in need plan is recorded.");
    assertThat(worker.locator(".govuk-summary-card")).containsText("Review 1");
    assertThat(worker.locator(".govuk-summary-card")).containsText("Held " + DAY.format(reviewDay));
    assertAccessible(worker, p + "episode-reviewed");
    assertReflows(worker, p + "episode-reviewed", 320);

    // The worker adds what no record holds to the chronology, marks it, and reads only what matters.
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chronology of Marigold Trevanion")).click();
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an event to the chronology")).click();
    worker.locator("#what").fill("Mother admitted to hospital; father cares for Marigold.");
    click(worker, "Add the event");
    assertThat(worker.locator(".govuk-error-summary")).containsText("Enter the date it happened");
    assertThat(worker.locator("#what")).hasValue("Mother admitted to hospital; father cares for Marigold.");
    assertAccessible(worker, p + "chronology-event-error");
    assertReflows(worker, p + "chronology-event-error", 320);
    fillDate(worker, "on", LocalDate.of(2026, 12, 18));
    worker.getByLabel("Where this comes from (optional)").fill("Marigold’s school");
    worker.getByLabel("Mark it as significant").check();
    click(worker, "Add the event");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("The event is on Marigold Trevanion’s chronology.");
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show only the significant entries")).click();
    assertThat(worker.locator("#chronology")).containsText("Mother admitted to hospital");
    assertThat(worker.locator("#chronology")).not().containsText("MASH decision authorised");
    assertAccessible(worker, p + "chronology-significant");
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show every entry")).click();
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the child")).click();

    // Closing is refused while the plan is open; the worker ends the plan, then closes the episode.
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close the episode")).click();
    assertThat(worker.locator("#why-not")).hasText("The child in need plan is still open: end it first.");
    assertThat(worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the episode"))).hasCount(0);
    assertAccessible(worker, p + "closure-refused");
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the child")).click();
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("End the plan (child in need plan)")).click();
    assertThat(worker.locator("h1")).hasText("End the child in need plan");
    fillDate(worker, "date", reviewDay);
    worker.locator("#text").fill("Mother is home and well; Marigold is no longer in need.");
    assertAccessible(worker, p + "plan-end");
    click(worker, "End the plan");
    assertThat(worker.locator(".govuk-notification-banner--success"))
        .containsText("The child in need plan ended on " + DAY.format(reviewDay) + ".");
    assertThat(worker.locator(".govuk-summary-card")).containsText("Child in need plan, ended");

    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close the episode")).click();
    assertThat(worker.locator("h1")).hasText("Why is the episode closing?");
    worker.getByLabel("RC7 Services ceased for any other reason, including child no longer in need").check();
    assertAccessible(worker, p + "closure");
    assertReflows(worker, p + "closure", 320);
    click(worker, "Close the episode");
    assertThat(worker.locator(".govuk-panel__title")).hasText("Episode closed");
    assertThat(worker.locator(".govuk-panel__body"))
        .containsText("RC7 Services ceased for any other reason, including child no longer in need");
    assertAccessible(worker, p + "closed");

    // The chronology builds itself from what was recorded.
    worker.navigate(base + "/staff/casework/episodes/" + episode + "/chronology");
    assertThat(worker.locator("h1")).hasText("Chronology");
    assertThat(worker.locator("#chronology")).containsText("Child and family assessment started");
    assertThat(worker.locator("#chronology")).containsText("The child was seen for the assessment, alone");
    assertThat(worker.locator("#chronology")).containsText("Child and family assessment authorised. Outcome: Child in need plan");
    assertThat(worker.locator("#chronology")).containsText("Visit: The child was seen alone. Seen: Marigold and her father.");
    assertThat(worker.locator("#chronology")).containsText("Child in need plan started");
    assertThat(worker.locator("#chronology"))
        .containsText("Child in need plan reviewed: Father and school share the school run while mother recovers");
    assertThat(worker.locator("#chronology")).containsText("Child in need plan ended: Mother is home and well");
    // Oldest first, and what happened at one moment (the tests' clock stands still) or on one day in
    // the order it happened: the contact before its decision, the plan's review before its end.
    String told = worker.locator("#chronology").innerText();
    org.assertj.core.api.Assertions.assertThat(told)
        .containsSubsequence("received by the MASH", "MASH decision: Child and family assessment", "MASH decision authorised",
            "Opened: MASH decision", "Allocated to Demo social worker", "Child in need plan reviewed", "Child in need plan ended",
            "Open to Closed (close): RC7");
    assertAccessible(worker, p + "chronology");
    assertReflows(worker, p + "chronology", 320);
  }

  /** 10:00 UK time on the day. */
  private Instant at(LocalDate day) {
    return day.atTime(LocalTime.of(10, 0)).atZone(calendar.zone()).toInstant();
  }

  /** The working days left, on the day, before the deadline (exclusive) passes. */
  private int leftAt(LocalDate day, Instant due) {
    return calendar.workingDaysBetween(at(day), due.minusNanos(1));
  }

}
