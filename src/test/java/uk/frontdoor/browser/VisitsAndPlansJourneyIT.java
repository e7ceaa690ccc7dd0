package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;
import static uk.frontdoor.browser.Browser.assertReflows;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A social worker records a visit at which the child was seen alone, starts a child in need plan
 * and holds its first review; the child's page shows the next visit due in working days and the
 * next review, and the episode cannot close while the plan is open.
 */
class VisitsAndPlansJourneyIT extends BrowserJourney {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");


  @Test
  void aVisitWithTheChildSeenAloneThenAChildInNeedPlanAndItsReview() {
    Decided decided = decidedForAssessment("Elsie", "Varga", "2015-10-10");
    UUID episode = decided.episode();
    String p = "oxfordshire-visits-plans-";

    Page worker = signIn("social.worker@oxfordshire.demo", null);
    worker.navigate("http://localhost:" + port + "/staff/casework/episodes/" + episode);
    assertThat(worker.locator("h1")).hasText("Elsie Varga");
    assertThat(worker.locator("main")).containsText("No visits are recorded or planned.");

    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a visit")).click();
    assertThat(worker.locator("h1")).hasText("Record a visit");
    worker.locator("#whoSeen").fill("Elsie and her grandmother");
    click(worker, "Record the visit");
    assertThat(worker).hasTitle(java.util.regex.Pattern.compile("^Error: "));
    assertThat(worker.locator(".govuk-error-summary")).containsText("Enter the date of the visit");
    assertThat(worker.locator(".govuk-error-summary")).containsText("Select whether the child was seen alone");
    assertThat(worker.locator("#whoSeen")).hasValue("Elsie and her grandmother");
    assertAccessible(worker, p + "visit-error");
    assertReflows(worker, p + "visit-error", 320);
    worker.locator("#dateDay").fill("27");
    worker.locator("#dateMonth").fill("11");
    worker.locator("#dateYear").fill("2026");
    worker.locator("#childSeen").check();
    worker.locator("#seenAlone").check();
    worker.locator("#observed").fill("Elsie showed me her room and talked alone about school and her mother’s illness.");
    click(worker, "Record the visit");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("The visit on 27 November 2026 is recorded.");
    assertThat(worker.locator("#visit-list")).containsText("Child seen alone");
    assertThat(worker.locator("#due")).containsText("Visit: 20 working days left: due by the end of Tuesday 29 December");
    assertAccessible(worker, p + "episode-visit");
    assertReflows(worker, p + "episode-visit", 320);

    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start a child in need plan")).click();
    assertThat(worker.locator("h1")).hasText("Start a child in need plan");
    assertThat(worker.locator("main")).containsText("Reviews are due every 3 months");
    worker.locator("#dateDay").fill("26");
    worker.locator("#dateMonth").fill("11");
    worker.locator("#dateYear").fill("2026");
    click(worker, "Start the plan");
    assertThat(worker.locator(".govuk-error-summary")).containsText("The start date must be on or after the referral date, 27 November 2026");
    assertThat(worker.locator("#dateDay")).hasValue("26");
    assertAccessible(worker, p + "plan-error");
    assertReflows(worker, p + "plan-error", 320);
    worker.locator("#dateDay").fill("27");
    click(worker, "Start the plan");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("The child in need plan started on 27 November 2026.");
    assertThat(worker.locator(".govuk-summary-card")).containsText("Child in need plan, open");
    assertThat(worker.locator(".govuk-summary-card")).containsText("By Saturday 27 February 2027");

    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a review of the child in need plan")).click();
    assertThat(worker.locator("h1")).hasText("Review the child in need plan");
    worker.locator("#dateDay").fill("27");
    worker.locator("#dateMonth").fill("11");
    worker.locator("#dateYear").fill("2026");
    worker.locator("#text").fill("Grandmother to take Elsie to school each day; the plan continues.");
    assertAccessible(worker, p + "review");
    assertReflows(worker, p + "review", 320);
    click(worker, "Record the review");
    assertThat(worker.locator(".govuk-notification-banner--success")).containsText("The review of the child in need plan is recorded.");
    assertThat(worker.locator(".govuk-summary-card")).containsText("Review 1");
    assertThat(worker.locator(".govuk-summary-card")).containsText("Grandmother to take Elsie to school each day");
    assertAccessible(worker, p + "episode-plan");
    assertReflows(worker, p + "episode-plan", 320);

    worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close the episode")).click();
    assertThat(worker.locator("#why-not")).containsText("The child in need plan is still open: end it first.");
  }
}
