package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.frontdoor.browser.Browser.assertAccessible;
import static uk.frontdoor.browser.Browser.assertReflows;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.lado.Allegations;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Route;
import uk.frontdoor.referral.Submission;

/**
 * Northamptonshire's LADO takes an allegation from its arrival through the initial consideration
 * and an allegation management meeting with actions to its outcome, in Chromium, with axe on
 * every page and every page read at 320 pixels.
 */
class LadoJourneyIT extends BrowserJourney {

  static final UUID NORTHAMPTONSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000004");

  @Autowired Allegations allegations;

  @Test
  void theLadoConsidersMeetsAndConcludesAnAllegation() {
    String reference = concern();
    String p = "northamptonshire-lado-";
    Page page = signIn("lado.officer@northamptonshire.demo", null);
    page.navigate("http://localhost:" + port + "/staff/lado/" + reference);
    assertThat(page.locator("main")).containsText("Not yet considered");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the initial consideration")).click();
    assertThat(page.locator("h1")).hasText("Initial consideration");
    assertAccessible(page, p + "consideration");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the consideration")).click();
    assertThat(page.locator(".govuk-error-summary")).containsText("Select the parts of the harm test that apply");
    assertAccessible(page, p + "consideration-error");
    assertReflows(page, p + "consideration-error", 320);
    assertThat(page.getByLabel("The adult’s name")).hasValue("Chris Coach");
    page.getByLabel("Sport", new Page.GetByLabelOptions().setExact(true)).check();
    page.getByLabel("Has possibly committed a criminal offence against or related to a child").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the consideration")).click();
    assertThat(page.locator("main")).containsText("Being managed");
    assertThat(page.locator("main")).containsText("Kettering Juniors FC");

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a meeting")).click();
    assertThat(page.locator("h1")).hasText("Allegation management meeting");
    assertAccessible(page, p + "meeting");
    page.locator("#heldDay").fill("26");
    page.locator("#heldMonth").fill("11");
    page.locator("#heldYear").fill("2026");
    page.getByLabel("Who took part, and from which agency").fill("DC Jones, Northamptonshire Police; Ms Okafor, club chair");
    page.getByLabel("What was agreed").fill("Police to interview the coach; the club suspends him meanwhile.");
    page.locator("#action1").fill("Interview the coach");
    page.locator("#owner1").fill("DC Jones");
    page.locator("#due1Day").fill("4");
    page.locator("#due1Month").fill("12");
    page.locator("#due1Year").fill("2026");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the meeting")).click();
    assertThat(page.locator("#meetings")).isVisible();
    assertThat(page.locator("main")).containsText("Meeting on 26 November 2026");
    assertThat(page.locator("main")).containsText("Interview the coach");
    assertAccessible(page, p + "managed");
    assertReflows(page, p + "managed", 320);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Mark done\\W+Interview the coach"))).click();
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Mark done\\W+Interview the coach")))).hasCount(0);

    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the outcome")).click();
    assertThat(page.locator("h1")).hasText("Outcome");
    assertAccessible(page, p + "outcome");
    page.getByLabel("Unsubstantiated: there is insufficient evidence").check();
    page.getByLabel("No action").check();
    page.getByLabel("No referral: the duty does not apply").check();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the outcome")).click();
    assertThat(page.locator("main")).containsText("Concluded");
    assertThat(page.locator("main")).containsText("Unsubstantiated: There is insufficient evidence");
    assertAccessible(page, p + "concluded");
    assertReflows(page, p + "concluded", 320);

    page.navigate("http://localhost:" + port + "/staff/lado");
    assertThat(page.locator("#timeliness")).containsText("Within one month");
    assertAccessible(page, p + "allegations");
    assertReflows(page, p + "allegations", 320);
  }

  /**
   * A school's designated safeguarding lead tells the LADO through the professional sign-in: the
   * adult, the child, the allegation with when the school learned of it, and what the school has
   * done; the LADO sees how long the school took to tell them, considers it from the school's
   * details of the adult, holds a meeting with actions, tracks the school's own process as a strand and
   * concludes it (the record kept 100 years from the adult's birth); the school's list then says the
   * LADO's work has ended, and nothing of what was found.
   */
  @Test
  void aSchoolsSafeguardingLeadTellsTheLadoAndTheLadoSeesWhenTheSchoolKnew() {
    String p = "northamptonshire-employer-";
    Page dsl = ProfessionalReferralJourneyIT.signIn(browser, port, "northamptonshire", "dsl@kettering-academy.example", null);
    click(dsl, "Start a new referral");
    dsl.getByLabel("Allegation against an adult who works with children").check();
    click(dsl, "Continue");
    dsl.getByLabel("Your name").fill("Sam Patel");
    dsl.getByLabel("Your role").fill("Designated safeguarding lead");
    dsl.getByLabel("Your organisation").fill("Kettering Academy");
    dsl.getByLabel("Phone number").fill("01536 000000");
    click(dsl, "Continue");
    dsl.getByLabel("First name").fill("Leo");
    dsl.getByLabel("Last name").fill("Grant");
    dsl.locator("#dobDay").fill("4");
    dsl.locator("#dobMonth").fill("9");
    dsl.locator("#dobYear").fill("2014");
    click(dsl, "Continue");
    dsl.getByLabel("No").check();
    click(dsl, "Continue");

    assertThat(dsl.locator("h1")).hasText("The adult the allegation is about");
    click(dsl, "Continue");
    assertThat(dsl.locator(".govuk-error-summary")).containsText("Enter the adult’s full name");
    assertThat(dsl.locator(".govuk-error-summary")).containsText("Select the sector they work in");
    assertAccessible(dsl, p + "adult-error");
    dsl.getByLabel("Their full name").fill("Dan Reeve");
    dsl.locator("#adultBornDay").fill("12");
    dsl.locator("#adultBornMonth").fill("5");
    dsl.locator("#adultBornYear").fill("1988");
    dsl.getByLabel("Their role").fill("PE teacher");
    dsl.getByLabel("Where they work or volunteer").fill("Kettering Academy");
    dsl.getByLabel("Education", new Page.GetByLabelOptions().setExact(true)).check();
    dsl.getByLabel("Do they have other roles with children? (optional)").fill("Runs a Saturday football club.");
    click(dsl, "Continue");

    assertThat(dsl.locator("h1")).hasText("The allegation");
    dsl.getByLabel("Behaved in a way that has harmed, or may have harmed, a child").check();
    dsl.getByLabel("What happened, or what is alleged?").fill("Leo says Mr Reeve pushed him against a wall in the changing room.");
    dsl.locator("#awareDay").fill("25");
    dsl.locator("#awareMonth").fill("11");
    dsl.locator("#awareYear").fill("2026");
    dsl.getByLabel("Time (if known)").fill("25 o'clock");
    click(dsl, "Continue");
    assertThat(dsl.locator(".govuk-error-summary")).containsText("Enter the time like 9:30am or 14:30");
    assertThat(dsl.getByLabel("What happened, or what is alleged?")).hasValue("Leo says Mr Reeve pushed him against a wall in the changing room.");
    assertAccessible(dsl, p + "allegation-error");
    assertReflows(dsl, p + "allegation-error", 320);
    dsl.getByLabel("Time (if known)").fill("9:30am");
    click(dsl, "Continue");

    assertThat(dsl.locator("h1")).hasText("What has your organisation done so far?");
    dsl.locator("#employerActions").fill("Mr Reeve is suspended while the LADO advises. Leo's parents are told.");
    click(dsl, "Continue");
    assertThat(dsl.locator("main")).containsText("Born 12 May 1988");
    assertThat(dsl.locator("main")).containsText("25 November 2026 at 9:30am");
    assertThat(dsl.locator("main")).containsText("Sector: Education");
    assertAccessible(dsl, p + "check");
    click(dsl, "Send referral");
    assertThat(dsl.locator("main")).containsText("The Local Authority Designated Officer (LADO) will consider it within one working day");
    String reference = dsl.locator("#reference").textContent().strip();
    assertAccessible(dsl, p + "sent");

    await().atMost(Duration.ofSeconds(20))
        .until(() -> allegations.all(NORTHAMPTONSHIRE).stream().anyMatch(a -> a.reference().equals(reference)));
    Page lado = signIn("lado.officer@northamptonshire.demo", null);
    lado.navigate("http://localhost:" + port + "/staff/lado/" + reference);
    assertThat(lado.locator("#employer-aware")).containsText("The employer became aware on 25 November 2026 at 9:30am: 2 working days ago.");
    assertThat(lado.locator("#employer-aware")).containsText("The LADO was told 2 working days after it, not within one working day.");
    assertThat(lado.locator("main")).containsText("Mr Reeve is suspended while the LADO advises.");
    assertAccessible(lado, p + "allegation");
    lado.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the initial consideration")).click();
    assertThat(lado.getByLabel("The adult’s name")).hasValue("Dan Reeve");
    assertThat(lado.locator("#adultBornYear")).hasValue("1988");
    assertThat(lado.getByLabel("Education", new Page.GetByLabelOptions().setExact(true))).isChecked();
    lado.getByLabel("Has behaved in a way that has harmed a child, or may have harmed a child").check();
    lado.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the consideration")).click();
    assertThat(lado.locator("main")).containsText("Being managed");

    lado.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a meeting")).click();
    lado.locator("#heldDay").fill("27");
    lado.locator("#heldMonth").fill("11");
    lado.locator("#heldYear").fill("2026");
    lado.getByLabel("Who took part, and from which agency").fill("Demo LADO; DC Shah, Northamptonshire Police; Sam Patel, Kettering Academy");
    lado.getByLabel("What was agreed").fill("The police speak to Leo; the school keeps Mr Reeve away from pupils meanwhile.");
    lado.locator("#action1").fill("Speak to Leo with a social worker");
    lado.locator("#owner1").fill("DC Shah");
    lado.locator("#due1Day").fill("2");
    lado.locator("#due1Month").fill("12");
    lado.locator("#due1Year").fill("2026");
    assertAccessible(lado, p + "meeting");
    lado.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the meeting")).click();
    assertThat(lado.locator("#meetings")).isVisible();
    assertThat(lado.locator("main")).containsText("Speak to Leo with a social worker");

    lado.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a strand starting")).click();
    lado.getByLabel("The employer’s own process").check();
    lado.locator("#onDay").fill("26");
    lado.locator("#onMonth").fill("11");
    lado.locator("#onYear").fill("2026");
    assertAccessible(lado, p + "strand");
    lado.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record it")).click();
    assertThat(lado.locator("#strands + dl")).containsText("The employer’s own process");
    assertAccessible(lado, p + "managed");
    // The section 47 strand looks for the council's own enquiry about Leo: there is none yet.
    lado.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a strand starting")).click();
    lado.getByLabel("Section 47 enquiry for the child").check();
    lado.locator("#onDay").fill("26");
    lado.locator("#onMonth").fill("11");
    lado.locator("#onYear").fill("2026");
    lado.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record it")).click();
    lado.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Link the council’s section 47 enquiry")).click();
    assertThat(lado.locator("#no-enquiry")).containsText("The council has no section 47 enquiry about the children named in this allegation");
    assertAccessible(lado, p + "strand-enquiry");
    lado.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the allegation")).click();

    lado.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the outcome").setExact(true)).click();
    lado.getByLabel("Substantiated: there is sufficient evidence to prove the allegation").check();
    lado.getByLabel("Suspended").check();
    lado.getByLabel("Referred to the Teaching Regulation Agency").check();
    assertAccessible(lado, p + "outcome");
    lado.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the outcome")).click();
    assertThat(lado.locator("main")).containsText("Concluded");
    assertThat(lado.locator("#kept")).containsText("Keep this record until 12 May 2088: 100 years from the adult’s date of birth (substantiated).");
    assertAccessible(lado, p + "concluded");

    // The school is told the LADO's work has ended, in words that say nothing of what was found.
    dsl.navigate("http://localhost:" + port + "/northamptonshire/professional");
    assertThat(dsl.locator("main")).containsText(reference);
    assertThat(dsl.locator("main")).containsText("Decided");
    assertThat(dsl.locator("main")).containsText("has finished considering the concern about an adult who works with children");
    assertThat(dsl.locator("main")).not().containsText("Substantiated");
    assertAccessible(dsl, p + "school-told");
  }

  /** The LADO records a phone consultation (its mistakes shown first) and reads the annual report, without JavaScript too. */
  @Test
  void theLadoRecordsAPhoneConsultationAndReadsTheAnnualReport() {
    String p = "northamptonshire-lado-";
    Page lado = signIn("lado.officer@northamptonshire.demo", null);
    lado.navigate("http://localhost:" + port + "/staff/lado");
    lado.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a phone consultation")).click();
    assertThat(lado.locator("h1")).hasText("Record a phone consultation");
    lado.getByLabel("Caller’s name").fill("Jo Head");
    lado.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the consultation")).click();
    assertThat(lado.locator(".govuk-error-summary")).containsText("Enter the caller’s organisation");
    assertThat(lado.getByLabel("Caller’s name")).hasValue("Jo Head");
    assertAccessible(lado, p + "consultation-error");
    assertReflows(lado, p + "consultation-error", 320);
    lado.getByLabel("Their organisation").fill("Corby Primary School");
    lado.getByLabel("Their phone number").fill("01536 000001");
    lado.getByLabel("The adult’s name").fill("Pat Keeper");
    lado.getByLabel("Where they work or volunteer").fill("Corby Primary School");
    lado.getByLabel("Education", new Page.GetByLabelOptions().setExact(true)).check();
    lado.getByLabel("What the caller told you").fill("A pupil says the caretaker showed him images on his phone.");
    lado.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the consultation")).click();
    assertThat(lado.locator(".govuk-panel__title")).hasText("Consultation recorded");
    assertAccessible(lado, p + "consultation-recorded");

    lado.navigate("http://localhost:" + port + "/staff/lado/report?year=2025");
    assertThat(lado.locator("h1")).hasText("Annual report, 2025 to 2026");
    assertThat(lado.locator("#report-0")).containsText("How allegations came to the LADO");
    assertAccessible(lado, p + "report");
    assertReflows(lado, p + "report", 320);
  }

  private String concern() {
    ReferralDocument concern =
        ReferralDocument.from(Route.LADO)
            .concern(new ReferralDocument.Concern("A coach messages a 12-year-old at night.", null, List.of(HarmCategory.NOT_SURE),
                false, null, null))
            .adult(new ReferralDocument.AdultWhoWorksWithChildren("Chris Coach", "Kettering Juniors FC", "Coach", List.of(),
                "Messages a 12-year-old at night.", null))
            .answers(List.of(new ReferralDocument.Answer("What is the adult’s name?", "Chris Coach")))
            .build();
    String reference =
        referrals.submit(new Submission(NORTHAMPTONSHIRE, Channel.ONLINE, concern, "lado-journey-" + UUID.randomUUID(), null, null))
            .reference();
    await().atMost(Duration.ofSeconds(20))
        .until(() -> allegations.all(NORTHAMPTONSHIRE).stream().anyMatch(a -> a.reference().equals(reference)));
    return reference;
  }
}
