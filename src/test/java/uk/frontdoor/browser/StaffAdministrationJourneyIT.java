package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.frontdoor.identity.internal.Base32;
import uk.frontdoor.identity.internal.Totp;

/**
 * A council administrator invites a MASH worker; the worker opens the emailed link (read from the
 * outbox, as the email sender would), chooses a password, sets up an authenticator app and is signed
 * in; the administrator gives them a second role, then disables the account, which signs them out.
 * And the first start's setup page and the deployment operator's councils, with their errors. Each
 * page checked with axe.
 */
class StaffAdministrationJourneyIT extends BrowserJourney {

  static final UUID BRACKNELL_FOREST = UUID.fromString("00000000-0000-4000-8000-000000000002");
  static final String WORKER = "mo.worker@bracknell-forest.example";

  @org.springframework.beans.factory.annotation.Autowired uk.frontdoor.identity.FirstStart firstStart;

  @Test
  void anAdministratorInvitesAWorkerWhoSetsUpTheirSignInThenChangesAndDisablesTheAccount() {
    String p = "bracknell-forest-staff-admin-";
    Page admin = signIn("council.admin@bracknell-forest.demo", null);
    link(admin, "Staff: invitations, roles and sign-in");
    click(admin, "Invite a member of staff");
    assertThat(admin.locator("h1")).hasText("Invite a member of staff");
    admin.getByLabel("Full name").fill("Mo Worker");
    click(admin, "Send invitation");
    assertThat(admin.locator(".govuk-error-summary")).containsText("Enter their work email address");
    assertThat(admin.locator(".govuk-error-summary")).containsText("Select at least one role");
    assertThat(admin.getByLabel("Full name")).hasValue("Mo Worker");
    assertAccessible(admin, p + "invite-errors");
    admin.getByLabel("Work email address").fill(WORKER);
    admin.getByLabel("Children’s social care").check();
    admin.getByLabel("MASH social worker", new Page.GetByLabelOptions().setExact(true)).check();
    click(admin, "Send invitation");
    assertThat(admin.locator(".govuk-notification-banner")).containsText("Mo Worker is invited");
    assertThat(admin.locator("table")).containsText(WORKER);
    assertAccessible(admin, p + "staff");

    // The worker opens the link in the email.
    Page worker = browser.newPage(true);
    worker.navigate("http://localhost:" + port + "/" + emailedLink());
    assertThat(worker.locator("h1")).hasText("Choose a password");
    worker.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("too short");
    worker.getByLabel("Enter the password again").fill("too short");
    click(worker, "Continue");
    assertThat(worker.locator(".govuk-error-summary")).containsText("Your password must be 12 characters or more");
    assertAccessible(worker, p + "password-error");
    worker.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("mash worker long password");
    worker.getByLabel("Enter the password again").fill("mash worker long password");
    click(worker, "Continue");
    assertThat(worker.locator("h1")).hasText("Set up an authenticator app");
    byte[] secret = Base32.decode(worker.locator("#key").textContent().replace(" ", ""));
    worker.locator("#code").fill(Totp.code(secret, Totp.step(clock.instant())));
    click(worker, "Continue");
    assertThat(worker.locator("h1")).containsText("Signed in as Mo Worker");
    assertThat(worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("MASH queue"))).isVisible();

    // The administrator gives a second role, and sees the sign-in.
    admin.reload();
    assertThat(admin.locator("table")).containsText("Last signed in");
    link(admin, "Change roles of Mo Worker");
    admin.getByLabel("Emergency Duty Team worker").check();
    assertAccessible(admin, p + "roles");
    click(admin, "Save roles");
    assertThat(admin.locator(".govuk-notification-banner")).containsText("The roles of Mo Worker are changed");
    assertThat(admin.locator("table")).containsText("MASH social worker, Emergency Duty Team worker");

    // Then disables the account, after confirming: the worker's session ends at once.
    link(admin, "Disable the account of Mo Worker");
    assertThat(admin.locator("h1")).hasText("Disable the account of Mo Worker?");
    assertAccessible(admin, p + "disable-confirm");
    click(admin, "Disable account");
    assertThat(admin.locator(".govuk-notification-banner")).containsText("is disabled");
    worker.navigate("http://localhost:" + port + "/staff");
    assertThat(worker.locator("h1")).hasText("Staff sign in");
  }

  @Test
  void theSetupPageAndTheOperatorsCouncilPagesWithTheirErrors() {
    String p = "staff-admin-setup-";
    // Setup is done once for good: where a test before this one used a link, it is opened again for the page alone.
    java.util.List<java.util.Map<String, Object>> used =
        jdbc.sql("SELECT token_hash, used_at FROM identity_setup_token WHERE used_at IS NOT NULL").query().listOfRows();
    jdbc.sql("UPDATE identity_setup_token SET used_at = NULL WHERE used_at IS NOT NULL").update();
    try {
      Page setup = browser.newPage(true);
      setup.navigate("http://localhost:" + port + "/setup?token=" + firstStart.issue());
      assertThat(setup.locator("h1")).hasText("Set up Front Door");
      assertAccessible(setup, p + "setup");
      typedWrongly(setup, "Local authority code", "86", "Set up Front Door", "The local authority code must be 3 digits", p + "setup-errors");
    } finally {
      used.forEach(row -> jdbc.sql("UPDATE identity_setup_token SET used_at = ? WHERE token_hash = ?")
          .params(row.get("used_at"), row.get("token_hash")).update());
    }

    // A demo administrator made the deployment's operator for the while.
    String operator = "council.admin@west-berkshire.demo";
    jdbc.sql("UPDATE staff_user SET roles = array_append(roles, 'DEPLOYMENT_OPERATOR') WHERE username = ?").param(operator).update();
    try {
      Page councils = signIn(operator, null);
      link(councils, "Councils: add a council");
      assertThat(councils.locator("h1")).hasText("Councils");
      assertThat(councils.locator("table")).containsText("West Berkshire");
      assertAccessible(councils, p + "councils");
      click(councils, "Add a council");
      typedWrongly(councils, "Part of web addresses", "West Berkshire", "Add council", "Enter the council’s name", p + "council-new-errors");
    } finally {
      jdbc.sql("UPDATE staff_user SET roles = array_remove(roles, 'DEPLOYMENT_OPERATOR') WHERE username = ?").param(operator).update();
    }
  }

  /** The link in the invitation's email, as the outbox holds it, from the site's root. */
  private String emailedLink() {
    String link =
        transactions.execute(tx -> {
          tenancy.bind(BRACKNELL_FOREST);
          return jdbc.sql("SELECT personalisation->>'link' FROM notification_outbox WHERE recipient = ? AND template = 'STAFF_INVITATION'")
              .param(WORKER)
              .query(String.class)
              .single();
        });
    Matcher path = Pattern.compile("staff/invitation/[A-Za-z0-9_-]+").matcher(link);
    org.assertj.core.api.Assertions.assertThat(path.find()).isTrue();
    return path.group();
  }
}
