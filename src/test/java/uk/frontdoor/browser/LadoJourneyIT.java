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
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Route;
import uk.frontdoor.referral.Submission;

/**
 * Northamptonshire's LADO takes an allegation from its arrival through the initial consideration
 * and an allegation management meeting with actions to its outcome, in Chromium, with axe on
 * every page and every page read at 320 pixels.
 */
class LadoJourneyIT extends BrowserJourney {

  static final UUID NORTHAMPTONSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000004");

  @Autowired Referrals referrals;
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
