package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.platform.Tenancy;

/**
 * The short routes in Chromium with axe: a child about themselves, a parent asking for help, and
 * a concern about an adult who works with children, each in two councils, with their errors.
 */
class ShortRoutesJourneyIT extends BrowserJourney {

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  private void continueOn(Page page) {
    click(page, "Continue");
  }

  private Page start(String slug, String route, String startButton) {
    Page page = browser.newPage(true);
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
  @CsvSource({"oxfordshire, 00000000-0000-4000-8000-000000000001", "southampton, 00000000-0000-4000-8000-000000000003"})
  void aChildTellsUsWhatIsHappening(String slug, String authorityId) {
    String p = slug + "-child-";
    Page page = start(slug, "child-or-young-person", "Tell us online");
    assertThat(page.locator("h1")).hasText("Are you in danger right now?");
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Choose yes if you are in danger right now");
    assertAccessible(page, p + "danger-error");
    page.getByLabel("Yes").check();
    continueOn(page);
    assertThat(page.locator("main")).containsText("0800 1111");
    assertAccessible(page, p + "call-999");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("come back to this form")).click();
    page.getByLabel("No").check();
    continueOn(page);
    page.getByLabel("What is your first name?").fill("Mia");
    continueOn(page);
    page.getByLabel("How old are you?").fill("12");
    continueOn(page);
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Tell us what is happening");
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
    assertThat(page.locator("main")).containsText("Childline");
    assertAccessible(page, p + "confirmation");
    String reference = page.locator("#reference").textContent().strip();
    org.assertj.core.api.Assertions.assertThat(stored(authorityId, reference, "route")).isEqualTo("CHILD");
    org.assertj.core.api.Assertions.assertThat(stored(authorityId, reference, "document::text"))
        .contains("My uncle shouts and hits me");
  }

  @ParameterizedTest
  @CsvSource({"bracknell-forest, 00000000-0000-4000-8000-000000000002", "northamptonshire, 00000000-0000-4000-8000-000000000004"})
  void aParentAsksForHelp(String slug, String authorityId) {
    String p = slug + "-parent-";
    Page page = start(slug, "parent-or-carer", "Ask for help online");
    page.getByLabel("No").check();
    continueOn(page);
    page.getByLabel("Your child’s name and age").fill("Leo, 2");
    continueOn(page);
    page.getByLabel("What is making you worried?").fill("I am exhausted and I shouted and shook him last night.");
    continueOn(page);
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Select the help you would like");
    assertAccessible(page, p + "help-error");
    page.getByLabel("To talk to someone today").check();
    continueOn(page);
    continueOn(page);
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter your name");
    assertThat(page.locator(".govuk-error-summary")).containsText("Give your name and a phone number or email address");
    assertAccessible(page, p + "you-error");
    page.getByLabel("Your name").fill("Alex");
    page.getByLabel("Phone number").fill("07700 900123");
    continueOn(page);
    assertAccessible(page, p + "check");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
    assertThat(page.locator("main")).containsText("Thank you for asking for help");
    String reference = page.locator("#reference").textContent().strip();
    org.assertj.core.api.Assertions.assertThat(stored(authorityId, reference, "route")).isEqualTo("PARENT_CARER");
  }

  @ParameterizedTest
  @CsvSource({"oxfordshire, 00000000-0000-4000-8000-000000000001", "west-berkshire, 00000000-0000-4000-8000-000000000005"})
  void someoneReportsAnAdultWhoWorksWithChildrenToTheLado(String slug, String authorityId) throws Exception {
    String p = slug + "-lado-";
    Page page = start(slug, "adult-who-works-with-children", "Report a concern about an adult online");
    page.getByLabel("No").check();
    continueOn(page);
    continueOn(page);
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter the adult’s name");
    assertAccessible(page, p + "adult-error");
    page.getByLabel("What is the adult’s name?").fill("Chris Coach");
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
    assertAccessible(page, p + "check");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send")).click();
    assertThat(page.locator("main")).containsText("Local Authority Designated Officer");
    String reference = page.locator("#reference").textContent().strip();
    assertAccessible(page, p + "confirmation");
    org.assertj.core.api.Assertions.assertThat(stored(authorityId, reference, "route")).isEqualTo("LADO");

    long allegations = 0;
    long contacts = 0;
    for (int i = 0; i < 100 && allegations == 0; i++) {
      Thread.sleep(100);
      long[] counts =
          transactions.execute(
              status -> {
                tenancy.bind(UUID.fromString(authorityId));
                return new long[] {
                  jdbc.sql("SELECT count(*) FROM lado_allegation WHERE reference = ?").param(reference).query(Long.class).single(),
                  jdbc.sql("SELECT count(*) FROM mash_contact WHERE reference = ?").param(reference).query(Long.class).single()
                };
              });
      allegations = counts[0];
      contacts = counts[1];
    }
    org.assertj.core.api.Assertions.assertThat(allegations).as("goes to the LADO").isEqualTo(1);
    org.assertj.core.api.Assertions.assertThat(contacts).as("not to the MASH").isZero();
  }
}
