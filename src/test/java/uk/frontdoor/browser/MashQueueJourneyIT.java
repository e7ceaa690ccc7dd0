package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.frontdoor.browser.Browser.assertAccessible;
import static uk.frontdoor.browser.Browser.assertReflows;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashDecisions;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.mash.Outcome;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.ReferralSubmissionIT;
import uk.frontdoor.referral.Submission;

/**
 * A MASH social worker finds a new referral in the queue with the time left, reads it, rates it
 * takes it and records a decision; the team manager authorises it, sees who has looked at the
 * contact and checks the audit log.
 */
class MashQueueJourneyIT extends BrowserJourney {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");


  private String submitted(String keyPrefix) {
    return referrals
        .submit(
            new Submission(
                OXFORDSHIRE,
                Channel.ONLINE,
                ReferralSubmissionIT.professionalReferral("dsl@example.org"),
                keyPrefix + "-" + UUID.randomUUID(),
                null,
                null))
        .reference();
  }

  /**
   * Finds a contact in the queue, following "Next" while it is not on the page; the contact
   * reaches the queue from the event registry just after the submission commits.
   */
  private void findInQueue(Page page, String reference) {
    Locator next = page.locator("a[rel=next]");
    inTime(() -> {
      page.navigate("http://localhost:" + port + "/staff/mash");
      while (page.locator("table").getByText(reference).count() == 0 && next.count() > 0) {
        next.click();
      }
      return page.locator("table").getByText(reference).count() > 0;
    });
    assertThat(page.locator("table")).containsText(reference);
  }

  /** Waits for the page to show what arrives through the event registry; Playwright is driven from this thread only. */
  private static void inTime(java.util.concurrent.Callable<Boolean> shown) {
    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).pollInSameThread().until(shown);
  }

  @Test
  void theQueueComesFiftyAPageAndCanBeFiltered() throws Exception {
    for (int i = 0; i <= 50; i++) {
      submitted("paging-journey");
    }
    String p = "oxfordshire-mash-";
    Page page = signIn("mash.worker@oxfordshire.demo", null);
    Locator caption = page.locator("caption");
    inTime(() -> {
      page.navigate("http://localhost:" + port + "/staff/mash");
      return caption.count() > 0 && caption.textContent().startsWith("Contacts 1 to 50 of");
    });
    assertThat(caption).containsText("Contacts 1 to 50 of");
    assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pagination"))).isVisible();
    assertAccessible(page, p + "queue-first-page");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next page")).click();
    assertThat(caption).containsText("Contacts 51 to");
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Page 2"))).hasAttribute("aria-current", "page");
    assertAccessible(page, p + "queue-second-page");

    page.getByLabel("Show").selectOption("unassigned");
    page.getByLabel("Urgency").selectOption("not-rated");
    click(page, "Show contacts");
    assertThat(caption).containsText("waiting for a decision: not assigned, not rated");
    assertThat(page.getByLabel("Show")).hasValue("unassigned");
    assertThat(page.getByLabel("Urgency")).hasValue("not-rated");
    assertThat(page.locator("table")).not().containsText("Demo MASH");
    assertAccessible(page, p + "queue-filtered");

    page.getByLabel("Show").selectOption("all");
    page.getByLabel("Urgency").selectOption("any");
    click(page, "Show contacts");
    assertThat(caption).containsText("Contacts 1 to 50 of");
  }

  @Test
  void aWorkerTriagesAContactAndTheManagerSeesWhoLooked() throws Exception {
    String reference = submitted("mash-journey");
    String p = "oxfordshire-mash-";
    Page page = signIn("mash.worker@oxfordshire.demo", null);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("MASH queue")).click();
    assertThat(page.locator("h1")).hasText("MASH queue");
    findInQueue(page, reference);
    assertThat(page.locator("table")).containsText("2 working days left");
    // The type of a professional's referral shows in the queue.
    assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(reference))).containsText("Professional: Safeguarding");
    assertAccessible(page, p + "queue");
    assertReflows(page, p + "queue", 320);
    assertReflows(page, p + "queue", 375);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
    assertThat(page.locator("h1")).hasText("Contact " + reference);
    assertThat(page.locator("main")).containsText("Ava said her step-father hit her with a belt.");
    assertThat(page.locator("main")).containsText("It came out of hours, so the clock started at");
    assertThat(page.locator(".govuk-summary-list").first()).containsText("Safeguarding");
    // Each answer once, under the question the professional was asked.
    assertThat(page.locator("main")).containsText("What is your concern?");
    assertThat(page.locator("main")).containsText("What kinds of harm are you worried about?");
    // The page follows the work: triage before the decision, which waits for a rating and a worker.
    java.util.List<String> headings = page.locator("main h2").allTextContents();
    org.assertj.core.api.Assertions.assertThat(headings.indexOf("Urgency and who works on it"))
        .isGreaterThan(-1).isLessThan(headings.indexOf("Information from partner agencies"));
    org.assertj.core.api.Assertions.assertThat(headings.indexOf("Information from partner agencies")).isLessThan(headings.indexOf("Decision"));
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the decision"))).hasCount(0);
    assertThat(page.getByTestId("decision-needs-triage")).containsText("It is not rated yet.");
    assertAccessible(page, p + "contact");
    assertReflows(page, p + "contact", 320);
    assertReflows(page, p + "contact", 375);

    page.getByLabel("Red – the child may be at risk").check();
    click(page, "Save the rating");
    assertThat(page.locator(".govuk-error-summary")).containsText("Say why you rate it so");
    assertThat(page.getByLabel("Red – the child may be at risk")).isChecked();
    assertAccessible(page, p + "contact-error");

    page.getByLabel("Why?").fill("Belt marks seen at school today.");
    click(page, "Save the rating");
    assertThat(page.locator(".govuk-notification-banner--success")).containsText("Contact " + reference + " is rated Red.");
    assertThat(page.locator(".govuk-summary-list").first()).containsText("Red");
    assertThat(page.getByTestId("rating-reason")).hasText("Belt marks seen at school today.");
    assertThat(page.locator(".govuk-summary-list").first()).containsText("Rated Red by Demo MASH social worker");
    assertAccessible(page, p + "contact-rated");

    page.getByLabel("Me (Demo MASH social worker, Oxfordshire County Council)").check();
    click(page, "Assign");
    assertThat(page.locator(".govuk-notification-banner--success")).containsText("Contact " + reference + " is assigned to you.");
    assertThat(page.locator(".govuk-summary-list").first()).containsText("Demo MASH social worker, Oxfordshire County Council");
    assertThat(page.getByTestId("decision-needs-triage")).hasCount(0);

    // The worker's home page shows their own work.
    page.navigate("http://localhost:" + port + "/staff");
    assertThat(page.locator("main")).containsText("Contacts assigned to you");
    assertThat(page.locator(".fd-work-list")).containsText(reference);
    assertAccessible(page, p + "home");
    assertReflows(page, p + "home", 320);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
    assertThat(page.locator("h1")).hasText("Contact " + reference);

    // Who is Ava? The council's records are searched; the worker decides.
    assertThat(page.locator("#people ~ h3").first()).containsText("Ava Jones: people who may be them");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Not known: add them (Ava Jones)")).click();
    assertThat(page.locator(".govuk-summary-card").first()).containsText("Added from the contact as someone not known before");
    assertThat(page.locator("main")).containsText("Decided: Ava Jones is Ava Jones (above).");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Not known: add them (Ava Jones)"))).hasCount(0);
    assertAccessible(page, p + "contact-people");

    // Ask the police what they know about Ava.
    page.locator("summary", new Page.LocatorOptions().setHasText("Ask partner agencies")).click();
    page.getByLabel("Police public protection unit (Oxfordshire)").check();
    click(page, "Send the requests");
    assertThat(page.locator(".govuk-error-summary")).containsText("Select at least one person to ask about");
    assertThat(page.getByLabel("Police public protection unit (Oxfordshire)")).isChecked();
    assertAccessible(page, p + "requests-error");
    page.getByLabel("Ava Jones, born 2 March 2016").check();
    click(page, "Send the requests");
    assertThat(page.locator("#requests + table")).containsText("Due by 12:30pm on Monday 30 November");

    Page police = signIn("police.officer@oxfordshire.demo", null);
    police.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Requests for information from the MASH")).click();
    assertAccessible(police, p + "partner-requests");
    assertReflows(police, p + "partner-requests", 320);
    police.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ava Jones")).first().click();
    assertThat(police.locator("h1")).hasText("What do you hold about Ava Jones?");
    assertThat(police.locator("main")).not().containsText("step-father");
    police.getByLabel("Yes, we hold information").check();
    click(police, "Send the answer");
    assertThat(police.locator(".govuk-error-summary")).containsText("Enter what your agency holds");
    assertAccessible(police, p + "partner-request-error");
    police.getByLabel("What your agency holds").fill("Two domestic abuse call-outs to the address in 2026.");
    click(police, "Send the answer");
    assertThat(police.locator("h1")).hasText("Requests for information");
    assertThat(police.locator(".govuk-notification-banner--success")).containsText("Your answer about Ava Jones (contact " + reference + ") is sent to the MASH.");

    page.reload();
    assertThat(page.locator("#requests + table")).containsText("Two domestic abuse call-outs to the address in 2026.");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the decision")).click();
    assertThat(page.locator("h1")).hasText("Decision");
    page.getByLabel("Level 3 – targeted").check();
    click(page, "Send for authorisation");
    assertThat(page.locator(".govuk-error-summary")).containsText("Explain why this level applies");
    assertThat(page.locator(".govuk-error-summary")).containsText("Select what happens next");
    assertThat(page.getByLabel("Level 3 – targeted")).isChecked();
    assertAccessible(page, p + "decision-error");
    assertReflows(page, p + "decision-error", 320);
    page.getByLabel("Why this level? (rationale)").fill("A belt used on a 10-year-old; the school saw marks.");
    page.getByLabel("Strategy discussion (section 47)").check();
    page.getByLabel("Next steps").fill("Strategy discussion with Thames Valley Police by 5pm.");
    click(page, "Send for authorisation");
    assertThat(page.locator("main")).containsText("Waiting for a manager to authorise it.");
    assertThat(page.locator("table").last()).containsText("In triage to Awaiting authorisation");

    Page manager = signIn("mash.manager@oxfordshire.demo", null);
    manager.navigate("http://localhost:" + port + "/staff/mash/contacts/" + reference);
    manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Authorise or send back")).click();
    assertThat(manager.locator("h1")).hasText("Authorise the decision");
    assertThat(manager.locator("main")).containsText("Strategy discussion (section 47)");
    click(manager, "Send back to the worker");
    assertThat(manager.locator(".govuk-error-summary")).containsText("Say why you are sending the decision back");
    assertAccessible(manager, p + "authorisation-error");
    click(manager, "Authorise the decision");
    assertThat(manager.locator("main")).containsText("Authorised by Demo MASH team manager");
    assertAccessible(manager, p + "contact-authorised");
    manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Who has seen this contact")).click();
    assertThat(manager.locator("table")).containsText("Rated urgency");
    assertThat(manager.locator("table")).containsText("Red (not rated before): Belt marks seen at school today.");
    assertThat(manager.locator("table")).containsText("Demo MASH social worker, Oxfordshire County Council");
    assertAccessible(manager, p + "seen-by");

    manager.navigate("http://localhost:" + port + "/staff/mash/dashboard");
    assertThat(manager.locator("h1")).hasText("Manager’s view");
    assertThat(manager.locator("main")).containsText("Decisions in time this week");
    assertAccessible(manager, p + "dashboard");

    manager.navigate("http://localhost:" + port + "/staff/mash/audit");
    assertThat(manager.locator(".govuk-panel__title")).hasText("The audit log is intact");
    assertAccessible(manager, p + "audit");

    // Every staff page says who is signed in, for which council, and signs out from where they are.
    Locator account = manager.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Your account"));
    assertThat(account).containsText("Signed in as Demo MASH team manager, Oxfordshire County Council");
    assertThat(manager.locator(".govuk-service-navigation__service-name")).hasText("Oxfordshire: staff");
    account.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign out")).click();
    assertThat(manager.locator(".govuk-notification-banner")).containsText("You have signed out.");
    assertThat(manager.locator(".govuk-service-navigation")).hasCount(0);
    manager.navigate("http://localhost:" + port + "/staff/mash/audit");
    assertThat(manager.locator("h1")).hasText("Staff sign in");
  }

  @Test
  void aManagersPagesReflowOnAPhone() throws Exception {
    String reference = submitted("mash-manager-phone");
    inTime(() -> queue.awaitingDecision(OXFORDSHIRE).stream().anyMatch(c -> c.reference().equals(reference)));
    StaffUser worker = MashTesting.named("Wendy Worker", OXFORDSHIRE, "MASH_SOCIAL_WORKER");
    MashTesting.triage(queue, worker, reference);
    decisions.decide(worker, reference,
        new MashDecisions.Proposal(3, "A belt was used; the school saw marks.", Outcome.STRATEGY_DISCUSSION, "Strategy discussion today."));

    String p = "oxfordshire-mash-manager-";
    Page manager = signIn("mash.manager@oxfordshire.demo", null);
    assertThat(manager.locator("main")).containsText("Decisions waiting for you to authorise");
    assertThat(manager.locator(".fd-work-list")).containsText(reference);
    assertReflows(manager, p + "home", 320);
    manager.navigate("http://localhost:" + port + "/staff/mash/contacts/" + reference);
    assertThat(manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Authorise or send back"))).hasCount(1);
    assertReflows(manager, p + "contact", 320);
    manager.navigate("http://localhost:" + port + "/staff/mash/contacts/" + reference + "/authorisation");
    assertReflows(manager, p + "authorisation", 320);
    manager.navigate("http://localhost:" + port + "/staff/mash/contacts/" + reference + "/seen-by");
    assertReflows(manager, p + "seen-by", 320);
    manager.navigate("http://localhost:" + port + "/staff/mash/dashboard");
    assertReflows(manager, p + "dashboard", 320);
  }

  @Test
  void theEmergencyDutyTeamRecordsWhatItDidOnAContactThatCameAtNight() throws Exception {
    String reference = submitted("edt-journey");
    String p = "oxfordshire-edt-";
    Page page = signIn("edt.worker@oxfordshire.demo", null);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Out-of-hours contacts")).click();
    inTime(() -> {
      page.reload();
      return page.locator("table").getByText(reference).count() > 0;
    });
    assertThat(page.locator("table")).containsText(reference);
    assertAccessible(page, p + "queue");
    assertReflows(page, p + "queue", 320);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
    click(page, "Record it");
    assertThat(page.locator(".govuk-error-summary")).containsText("Say what the team did");
    assertAccessible(page, p + "contact-error");
    page.getByLabel("What did you do?").fill("Visited with police at 9pm; Ava is safe with her grandmother tonight.");
    click(page, "Record it");
    assertThat(page.locator(".govuk-notification-banner--success")).containsText("What the team did is recorded on contact " + reference);
    assertThat(page.locator("main table").first()).containsText("Ava is safe with her grandmother tonight.");
    assertAccessible(page, p + "contact");
    assertReflows(page, p + "contact", 320);
  }
}
