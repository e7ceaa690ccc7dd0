package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;
import static uk.frontdoor.browser.Browser.assertReflows;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.TestClock;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.mash.Outcome;

/**
 * One child's child protection work from end to end, in Chromium with axe at every step, on a clock
 * that moves through Christmas 2026 and Easter 2027. The MASH decides a strategy discussion is
 * needed. The discussion, on Friday 11 December, is refused until the police and health have taken
 * part; it starts a section 47 enquiry whose initial conference is due by Wednesday 6 January (the
 * 15th working day, not counting 25 December, the substitute Boxing Day on Monday 28 December or New
 * Year's Day). The enquiry calls for a conference, held on Monday 4 January within its 15 days; the
 * chair makes a plan, whose core group meets and whose visits, every 10 working days, skip Good
 * Friday and Easter Monday. The first review conference continues the plan, the next ends it.
 * The dates asserted are worked out by hand from the England and Wales bank holidays, not by the
 * application's own calendar. On the way: rows added to forms without JavaScript, errors beside
 * their fields keeping what was typed, the chair's conferences list and the invitees' reports.
 */
class ChildProtectionJourneyIT extends BrowserJourney {

  @Autowired TestClock testClock;
  @Autowired WorkingCalendar calendar;

  private String base;

  @Test
  void fromTheMashDecisionThroughStrategyDiscussionEnquiryConferencePlanAndReviewsToItsEnd() {
    UUID episode = decided("Rowan", "Ashdown", "2017-09-03", Outcome.STRATEGY_DISCUSSION).episode();
    String k = episode.toString();
    String p = "oxfordshire-cp-";
    base = "http://localhost:" + port;

    // Friday 11 December 2026: the strategy discussion, held that morning, is recorded.
    moveTo(LocalDate.of(2026, 12, 11), 14);
    Page worker = signIn("social.worker@oxfordshire.demo", null);
    worker.navigate(base + "/staff/casework/episodes/" + episode);
    assertThat(worker.locator("#strategy-needed")).containsText("The MASH decided a strategy discussion is needed");
    assertAccessible(worker, p + "episode-strategy-needed");
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a strategy discussion")).click();
    fillDate(worker, "held", LocalDate.of(2026, 12, 11));
    worker.locator("#heldTime").fill("10am");
    worker.locator("#summary").fill("Rowan told his teacher his stepfather hit him; a bruise on his cheek.");
    worker.locator("#attendee-1-name").fill("Demo social worker");
    worker.locator("#attendee-1-agency").selectOption("SOCIAL_CARE");
    // More attendee rows come without JavaScript, keeping what was typed.
    assertThat(worker.locator("#attendee-7-name")).hasCount(0);
    click(worker, "Add another attendee");
    assertThat(worker.locator("#attendee-1-name")).hasValue("Demo social worker");
    assertThat(worker.locator("#summary")).hasValue("Rowan told his teacher his stepfather hit him; a bruise on his cheek.");
    assertThat(worker.locator("#attendee-7-name")).hasCount(1);
    worker.locator("#section47-" + k).check();
    worker.locator("#reason-" + k).fill("A disclosure of physical abuse with an injury seen: reasonable cause to suspect significant harm.");
    click(worker, "Record the strategy discussion");
    // Neither the police nor health took part, and the record does not say why: refused, nothing lost.
    assertThat(worker).hasTitle(Pattern.compile("^Error: "));
    assertThat(worker.locator(".govuk-error-summary")).containsText("Add an attendee from the police, or say why the police could not take part");
    assertThat(worker.locator(".govuk-error-summary")).containsText("Add an attendee from health, or say why health could not take part");
    assertThat(worker.locator("#summary")).hasValue("Rowan told his teacher his stepfather hit him; a bruise on his cheek.");
    assertThat(worker.locator("#attendee-1-name")).hasValue("Demo social worker");
    assertAccessible(worker, p + "strategy-refused");
    assertReflows(worker, p + "strategy-refused", 320);
    worker.locator("#attendee-2-name").fill("DS Amara Price");
    worker.locator("#attendee-2-agency").selectOption("POLICE");
    worker.locator("#attendee-3-name").fill("Nurse Tom Hale");
    worker.locator("#attendee-3-agency").selectOption("HEALTH");
    worker.locator("#action-1-what").fill("Police to interview the stepfather");
    worker.locator("#action-1-owner").fill("DS Amara Price");
    fillDate(worker, "action-1-due", LocalDate.of(2026, 12, 15));
    click(worker, "Record the strategy discussion");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("A section 47 enquiry started.");
    // Day 0 is Friday 11 December; 25, 28 December and 1 January are bank holidays: the 15th working day is 6 January.
    assertThat(worker.locator("#enquiry-list"))
        .containsText("Initial child protection conference: 15 working days left: due by the end of Wednesday 6 January");
    assertAccessible(worker, p + "enquiry-started");

    // Christmas Eve, then the Tuesday after: one working day passes between them.
    moveTo(LocalDate.of(2026, 12, 24), 10);
    worker.reload();
    assertThat(worker.locator("#enquiry-list"))
        .containsText("Initial child protection conference: 6 working days left: due by the end of Wednesday 6 January");
    moveTo(LocalDate.of(2026, 12, 29), 10);
    worker.reload();
    assertThat(worker.locator("#enquiry-list"))
        .containsText("Initial child protection conference: 5 working days left: due by the end of Wednesday 6 January");
    assertAccessible(worker, p + "enquiry-after-christmas");

    // The enquiry ends: Rowan seen alone, concerns substantiated, a conference needed.
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the enquiry started 11 December 2026")).click();
    assertThat(worker.locator("#conference-due")).containsText("Wednesday 6 January 2027");
    click(worker, "Complete the enquiry");
    assertThat(worker.locator(".govuk-error-summary")).containsText("Select the outcome of the enquiry");
    assertAccessible(worker, p + "enquiry-error");
    fillDate(worker, "seen", LocalDate.of(2026, 12, 14));
    worker.locator("#seenAlone").check();
    worker.locator("#outcome-3").check();
    fillDate(worker, "completed", LocalDate.of(2026, 12, 29));
    assertAccessible(worker, p + "enquiry-complete");
    click(worker, "Complete the enquiry");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("The section 47 enquiry is completed");
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the enquiry started 11 December 2026")).click();
    assertThat(worker.locator("#outcome-recorded")).containsText("convene an initial child protection conference");
    assertThat(worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete the enquiry"))).hasCount(0);
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^The strategy discussion on"))).click();
    assertThat(worker.locator("#attendees")).containsText("DS Amara Price");
    assertThat(worker.locator("#actions")).containsText("Police to interview the stepfather");
    assertAccessible(worker, p + "discussion");
    assertReflows(worker, p + "discussion", 320);
    worker.navigate(base + "/staff/casework/episodes/" + episode);

    // The initial conference is convened for Monday 4 January, within its 15 working days.
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Convene an initial child protection conference")).click();
    assertThat(worker.locator("#due")).containsText("Due by 6 January 2027: 5 working days left");
    assertThat(worker.locator("#enquiry")).isChecked();
    worker.locator("#inviteeName-0").fill("Kim Ashdown");
    worker.locator("#inviteeAs-0").selectOption("PARENT");
    click(worker, "Add another invitation");
    assertThat(worker.locator("#inviteeName-0")).hasValue("Kim Ashdown");
    worker.locator("#inviteeName-1").fill("DS Amara Price");
    worker.locator("#inviteeAs-1").selectOption("AGENCY");
    click(worker, "Convene the conference");
    assertThat(worker.locator(".govuk-error-summary")).containsText("Enter the date of the conference");
    assertThat(worker.locator(".govuk-error-summary")).containsText("Select the agency DS Amara Price comes from");
    assertThat(worker.locator("#inviteeName-1")).hasValue("DS Amara Price");
    assertAccessible(worker, p + "convene-error");
    fillDate(worker, "date", LocalDate.of(2027, 1, 4));
    worker.locator("#time").fill("10am");
    worker.locator("#chair").selectOption(new SelectOption().setLabel("Demo conference chair, Oxfordshire County Council"));
    worker.locator("#inviteeAgency-1").selectOption("POLICE");
    assertAccessible(worker, p + "convene");
    click(worker, "Convene the conference");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("is scheduled for 4 January 2027");
    String initial = worker.url();

    // Monday 4 January 2027: the chair holds it and makes a plan (emotional abuse), led by the social worker.
    moveTo(LocalDate.of(2027, 1, 4), 14);
    Page chair = signIn("conference.chair@oxfordshire.demo", null);
    chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Child protection conferences")).click();
    assertThat(chair.locator("#scheduled")).containsText("Rowan Ashdown");
    assertAccessible(chair, p + "conferences");
    chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rowan Ashdown")).click();
    assertThat(chair).hasURL(initial);
    chair.locator("#report-2").check();
    chair.locator("#attended-2").selectOption("yes");
    chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save for DS Amara Price")).click();
    assertThat(chair.locator("main")).containsText("Report: submitted. Attended: yes.");
    assertAccessible(chair, p + "conference");
    chair.locator("#hold-link").click();
    assertThat(chair.locator("h1")).hasText("Record the conference’s outcome");
    click(chair, "Record the outcome");
    assertThat(chair.locator(".govuk-error-summary")).containsText("Select the decision for Rowan Ashdown");
    assertAccessible(chair, p + "initial-hold-error");
    fillDate(chair, "date", LocalDate.of(2027, 1, 4));
    chair.locator("#summary").fill("Physical and emotional harm at home; the stepfather has moved out. A plan is needed.");
    chair.locator("#decision-" + k).check();
    chair.locator("#category-" + k).selectOption("EMO");
    chair.locator("#lead-" + k).selectOption(new SelectOption().setLabel("Demo social worker, Oxfordshire County Council"));
    assertAccessible(chair, p + "initial-hold");
    click(chair, "Record the outcome");
    assertThat(chair.locator("#children")).containsText("A child protection plan: Emotional abuse");
    chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The child protection plan of Rowan Ashdown")).click();
    // Ten working days after Monday 4 January is Monday 18 January; the first review within 3 months.
    assertThat(chair.locator("#core-group-due")).containsText("Due by 18 January 2027: 10 working days left");
    assertThat(chair.locator("#review-due")).containsText("Due by 4 April 2027");
    assertAccessible(chair, p + "plan");
    assertReflows(chair, p + "plan", 320);
    String plan = chair.url();
    // The chair reads the child's page: only what a chair may open is linked from it.
    chair.navigate(base + "/staff/casework/episodes/" + episode);
    assertThat(chair.locator("#protection-plan-list")).containsText("Child protection plan, open");
    assertThat(chair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the conferences"))).isVisible();
    for (Object href : (java.util.List<?>) chair.locator("main a[href^='/']").evaluateAll("links => links.map(a => a.getAttribute('href'))")) {
      org.assertj.core.api.Assertions.assertThat(chair.request().get(base + href).status()).as(href.toString()).isLessThan(400);
    }
    assertAccessible(chair, p + "episode-chair");

    // The social worker records the core group's first meeting.
    worker = signIn("social.worker@oxfordshire.demo", null);
    worker.navigate(plan);
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a core group meeting")).click();
    fillDate(worker, "date", LocalDate.of(2027, 1, 4));
    worker.locator("#text").fill("School, health visitor and mother agree the plan's first steps.");
    click(worker, "Record the meeting");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("The core group meeting on 4 January 2027 is recorded.");

    // Thursday 18 March 2027: a visit, Rowan seen alone. The next is due in 10 working days, which
    // skip Good Friday (26 March) and Easter Monday (29 March): by the end of Monday 5 April.
    moveTo(LocalDate.of(2027, 3, 18), 10);
    worker = signIn("social.worker@oxfordshire.demo", null);
    worker.navigate(base + "/staff/casework/episodes/" + episode);
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a visit")).click();
    fillDate(worker, "date", LocalDate.of(2027, 3, 18));
    worker.locator("#whoSeen").fill("Rowan and his mother");
    worker.locator("#childSeen").check();
    worker.locator("#seenAlone").check();
    worker.locator("#observed").fill("Rowan showed his room and talked alone about school and football.");
    click(worker, "Record the visit");
    assertThat(worker.locator("#due")).containsText("Visit: 10 working days left: due by the end of Monday 5 April");
    moveTo(LocalDate.of(2027, 3, 25), 10);
    worker.reload();
    assertThat(worker.locator("#due")).containsText("Visit: 5 working days left: due by the end of Monday 5 April");
    moveTo(LocalDate.of(2027, 3, 30), 10);
    worker.reload();
    assertThat(worker.locator("#due")).containsText("Visit: 4 working days left: due by the end of Monday 5 April");
    // A child on a child protection plan is not offered a child in need plan beside it.
    assertThat(worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a child in need plan"))).hasCount(0);
    assertAccessible(worker, p + "episode-after-easter");

    // The first review conference, Thursday 1 April, continues the plan: the next within 6 months.
    worker.navigate(plan);
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Convene a review conference")).click();
    assertThat(worker.locator("#due")).containsText("Due by 4 April 2027");
    fillDate(worker, "date", LocalDate.of(2027, 4, 1));
    worker.locator("#time").fill("10am");
    worker.locator("#chair").selectOption(new SelectOption().setLabel("Demo conference chair, Oxfordshire County Council"));
    assertAccessible(worker, p + "review-convene");
    click(worker, "Convene the conference");
    assertThat(worker.locator("h1")).hasText("Review child protection conference");
    String firstReview = worker.url();
    moveTo(LocalDate.of(2027, 4, 1), 14);
    chair = signIn("conference.chair@oxfordshire.demo", null);
    chair.navigate(firstReview + "/hold");
    fillDate(chair, "date", LocalDate.of(2027, 4, 1));
    chair.locator("#summary").fill("Progress, but the stepfather is back in touch; the plan continues.");
    chair.locator("#decision-" + k).check();
    chair.locator("#category-" + k).selectOption("EMO");
    assertAccessible(chair, p + "review-continue");
    click(chair, "Record the outcome");
    chair.navigate(plan);
    assertThat(chair.locator("#review-due")).containsText("Due by 1 October 2027");
    assertThat(chair.locator("#reviews")).containsText("1 April 2027");

    // Wednesday 22 September 2027: the next review conference ends the plan, with its reason.
    moveTo(LocalDate.of(2027, 9, 20), 10);
    worker = signIn("social.worker@oxfordshire.demo", null);
    worker.navigate(plan);
    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Convene a review conference")).click();
    fillDate(worker, "date", LocalDate.of(2027, 9, 22));
    worker.locator("#time").fill("2pm");
    worker.locator("#chair").selectOption(new SelectOption().setLabel("Demo conference chair, Oxfordshire County Council"));
    click(worker, "Convene the conference");
    String secondReview = worker.url();
    moveTo(LocalDate.of(2027, 9, 22), 16);
    chair = signIn("conference.chair@oxfordshire.demo", null);
    chair.navigate(secondReview + "/hold");
    fillDate(chair, "date", LocalDate.of(2027, 9, 22));
    chair.locator("#summary").fill("Six months settled at home and school; Rowan says he feels safe.");
    chair.locator("#decision-" + k + "-2").check();
    chair.locator("#endReason-" + k).fill("Rowan is no longer at continuing risk of significant harm");
    assertAccessible(chair, p + "review-end");
    click(chair, "Record the outcome");
    assertThat(chair.locator("#children")).containsText("The plan ends: Rowan is no longer at continuing risk of significant harm");
    chair.navigate(plan);
    assertThat(chair.locator("#ended")).containsText("22 September 2027 by a review conference");
    assertAccessible(chair, p + "plan-ended");
    assertReflows(chair, p + "plan-ended", 320);

    // The child's chronology tells the story, each entry from its record.
    worker = signIn("social.worker@oxfordshire.demo", null);
    worker.navigate(base + "/staff/casework/episodes/" + episode + "/chronology");
    assertThat(worker.locator("main")).containsText("Strategy discussion");
    assertThat(worker.locator("main")).containsText("Section 47 enquiry");
    assertThat(worker.locator("main")).containsText("Child protection plan");
    assertAccessible(worker, p + "chronology");
  }

  private void moveTo(LocalDate day, int hour) {
    testClock.moveTo(day.atTime(LocalTime.of(hour, 0)).atZone(calendar.zone()).toInstant());
  }
}
