package uk.frontdoor.browser;

import static org.awaitility.Awaitility.await;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The short routes in Chromium with axe: a child about themselves, a parent asking for help, and
 * a concern about an adult who works with children, each in two councils, with their errors.
 */
class ShortRoutesJourneyIT extends BrowserJourney {


  private void continueOn(Page page) {
    click(page, "Continue");
  }

  private Page start(String slug, String route, String startButton, int width) {
    Page page = browser.newPage(true, width);
    page.navigate("http://localhost:" + port + "/" + slug + "/report-a-concern/" + route);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(startButton)).click();
    return page;
  }

  private String stored(String authorityId, String reference, String column) {
    return transactions.execute(
        status -> {
          tenancy.bind(UUID.fromString(authorityId));
          return jdbc.sql("SELECT " + column + " FROM referral WHERE reference = ?")
              .param(reference)
              .query(String.class)
              .single();
        });
  }

  @ParameterizedTest
  @CsvSource({"oxfordshire, 00000000-0000-4000-8000-000000000001, 1280", "southampton, 00000000-0000-4000-8000-000000000003, 375"})
  void aChildTellsUsWhatIsHappening(String slug, String authorityId, int width) {
    String p = slug + "-child-" + width + "-";
    Page page = start(slug, "child-or-young-person", "Tell us online", width);
    assertThat(page.locator("h1")).hasText("Are you in danger right now?");
    assertThat(page.locator(".govuk-exit-this-page")).isVisible();
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Select yes if you are in danger right now");
    assertAccessible(page, p + "danger-error");
    page.getByLabel("Yes").check();
    continueOn(page);
    assertThat(page.locator("main")).containsText("0800 1111");
    assertAccessible(page, p + "call-999");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("come back to this form")).click();
    page.getByLabel("No").check();
    continueOn(page);
    page.getByLabel("What is your first name?").fill("M".repeat(101));
    continueOn(page);
    // The error names the answer as the page asks for it, and came by a redirect.
    assertThat(page.locator(".govuk-error-summary")).containsText("First name must be 100 characters or fewer");
    assertAccessible(page, p + "name-error");
    page.getByLabel("What is your first name?").fill("Mia");
    continueOn(page);
    page.getByLabel("How old are you?").fill("12");
    continueOn(page);
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter what is happening, even a few words");
    assertThat(page.locator("#what-info")).containsText("You can enter up to 10,000 characters");
    assertAccessible(page, p + "what-error");
    page.getByLabel("What is happening?").fill("My uncle shouts and hits me when mum is at work.");
    continueOn(page);
    continueOn(page);
    continueOn(page);
    continueOn(page);
    assertThat(page.locator("h1")).hasText("Check your answers before sending");
    assertAccessible(page, p + "check");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
    assertThat(page.locator(".govuk-panel__title")).hasText("We have got your message");
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^We have got your message – "));
    assertThat(page.locator("main")).containsText("Childline");
    assertAccessible(page, p + "confirmation");

    // A check page from a link, or after the session ended, says so and sends nothing.
    Page later = browser.newPage(true, width);
    later.navigate("http://localhost:" + port + "/" + slug + "/tell-us/child-or-young-person/check");
    assertThat(later.locator("h1")).hasText("Sorry, you’ll have to start again");
    assertAccessible(later, p + "session-ended");
    String reference = page.locator("#reference").textContent().strip();
    org.assertj.core.api.Assertions.assertThat(stored(authorityId, reference, "route")).isEqualTo("CHILD");
    org.assertj.core.api.Assertions.assertThat(stored(authorityId, reference, "document::text"))
        .contains("My uncle shouts and hits me");
  }

  @ParameterizedTest
  @CsvSource({"bracknell-forest, 00000000-0000-4000-8000-000000000002, 375", "northamptonshire, 00000000-0000-4000-8000-000000000004, 1280"})
  void aParentAsksForHelp(String slug, String authorityId, int width) {
    String p = slug + "-parent-" + width + "-";
    Page page = start(slug, "parent-or-carer", "Ask for help online", width);
    assertThat(page.locator(".govuk-exit-this-page")).isVisible();
    Browser.assertCouncilBranded(page, slug.equals("bracknell-forest") ? "Bracknell Forest Council" : "Northamptonshire Children’s Trust");
    page.getByLabel("No").check();
    continueOn(page);
    page.getByLabel("Your child’s name and age").fill("Leo, 2");
    continueOn(page);
    page.getByLabel("What is making you worried?").fill("I am exhausted and I shouted and shook him last night.");
    continueOn(page);
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Select the help you would like, or select ‘I’m not sure’");
    assertAccessible(page, p + "help-error");
    page.getByLabel("I’m not sure").check();
    page.getByLabel("To talk to someone today").check();
    assertThat(page.getByLabel("I’m not sure")).not().isChecked();
    continueOn(page);
    continueOn(page);
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter your name");
    assertThat(page.locator(".govuk-error-summary")).containsText("Give your name and a phone number or email address");
    assertAccessible(page, p + "you-error");
    page.getByLabel("Your name").fill("Alex");
    page.getByLabel("Phone number").fill("0770");
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter a phone number with 10 to 13 digits");
    assertThat(page.getByLabel("Your name")).hasValue("Alex");
    page.getByLabel("Phone number").fill("07700 900123");
    continueOn(page);
    assertAccessible(page, p + "check");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
    assertThat(page.locator("main")).containsText("Thank you for asking for help");
    assertThat(page.locator(".govuk-panel__title")).hasText("Message sent");
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Message sent – "));
    assertAccessible(page, p + "confirmation");
    String reference = page.locator("#reference").textContent().strip();
    org.assertj.core.api.Assertions.assertThat(stored(authorityId, reference, "route")).isEqualTo("PARENT_CARER");
  }

  @ParameterizedTest
  @CsvSource({"oxfordshire, 00000000-0000-4000-8000-000000000001, 1280", "southampton, 00000000-0000-4000-8000-000000000003, 375"})
  void someoneReportsAnAdultWhoWorksWithChildrenToTheLado(String slug, String authorityId, int width) throws Exception {
    String p = slug + "-lado-" + width + "-";
    Page page = browser.newPage(true, width);
    page.navigate("http://localhost:" + port + "/" + slug + "/report-a-concern/adult-who-works-with-children");
    String startNumber = page.locator("#call-now .fd-phone").first().textContent();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Report a concern about an adult online")).click();
    page.getByLabel("No").check();
    continueOn(page);
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the adult’s name, or select ‘I do not know their name’");
    assertAccessible(page, p + "adult-error");
    boolean nameKnown = width > 600;
    if (nameKnown) {
      page.getByLabel("What is the adult’s name?").fill("Chris Coach");
    } else {
      page.getByLabel("I do not know their name").check();
    }
    continueOn(page);
    page.getByLabel("Where do they work or volunteer?").fill("Riverside Football Club");
    continueOn(page);
    page.getByLabel("What do they do there?").fill("Under-11s coach");
    continueOn(page);
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Select what you think they have done");
    assertAccessible(page, p + "criteria-error");
    page.getByLabel("Behaved towards a child or children in a way that shows they may pose a risk of harm to children").check();
    continueOn(page);
    page.getByLabel("What happened?").fill("He messages players privately late at night and asks them to keep it secret.");
    continueOn(page);
    continueOn(page);
    continueOn(page);
    page.getByLabel("Stay anonymous").check();
    continueOn(page);
    assertThat(page.locator("main")).containsText(nameKnown ? "Chris Coach" : "I do not know their name");
    assertAccessible(page, p + "check");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
    assertThat(page.locator("main")).containsText("Local Authority Designated Officer");
    // One number for "call now" from the start page to the confirmation (Southampton keeps a
    // separate line for professionals).
    assertThat(page.locator("#call-now .fd-phone").first()).hasText(startNumber);
    String reference = page.locator("#reference").textContent().strip();
    assertAccessible(page, p + "confirmation");
    org.assertj.core.api.Assertions.assertThat(stored(authorityId, reference, "route")).isEqualTo("LADO");

    // A concern for the LADO is never published to the MASH's intake (LadoIT checks the event
    // publications), so once the allegation is there, the count of contacts is final.
    long[] counts =
        await().atMost(Duration.ofSeconds(10)).until(() ->
            transactions.execute(
                status -> {
                  tenancy.bind(UUID.fromString(authorityId));
                  return new long[] {
                    jdbc.sql("SELECT count(*) FROM lado_allegation WHERE reference = ?").param(reference).query(Long.class).single(),
                    jdbc.sql("SELECT count(*) FROM mash_contact WHERE reference = ?").param(reference).query(Long.class).single()
                  };
                }),
            found -> found[0] > 0);
    long allegations = counts[0];
    long contacts = counts[1];
    org.assertj.core.api.Assertions.assertThat(allegations).as("goes to the LADO").isEqualTo(1);
    org.assertj.core.api.Assertions.assertThat(contacts).as("not to the MASH").isZero();
  }
}
