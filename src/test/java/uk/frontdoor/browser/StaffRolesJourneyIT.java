package uk.frontdoor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static uk.frontdoor.browser.Browser.assertAccessible;
import static uk.frontdoor.browser.Browser.assertReflows;

import static org.awaitility.Awaitility.await;

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
 * The council administrator's and the LADO's pages, signed in as the demo staff. Each demo user
 * signs in here once: no other browser test signs in West Berkshire's, Southampton's or Northamptonshire's
 * administrator.
 */
class StaffRolesJourneyIT extends BrowserJourney {

  @Test
  void theAdministratorSeesTheCouncilsStaffAndTheLadoTheAllegations() {
    Page admin = signIn("council.admin@oxfordshire.demo", null);
    admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff: invitations, roles and sign-in")).click();
    assertThat(admin.locator("h1")).hasText("Staff");
    assertThat(admin.locator("table")).containsText("mash.manager@oxfordshire.demo");
    assertThat(admin.locator("table")).not().containsText("southampton.demo");
    // Roles in words, not their codes.
    assertThat(admin.locator("table")).containsText("MASH team manager");
    assertThat(admin.locator("table")).containsText("Partner agency practitioner");
    assertThat(admin.locator("table")).not().containsText("MASH_MANAGER");
    assertThat(admin.locator("table")).not().containsText("PARTNER_PRACTITIONER");
    assertAccessible(admin, "oxfordshire-admin-staff");
    assertReflows(admin, "oxfordshire-admin-staff", 320);
    assertReflows(admin, "oxfordshire-admin-staff", 375);

    Page lado = signIn("lado.officer@oxfordshire.demo", null);
    lado.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Allegations about adults who work with children")).click();
    assertThat(lado.locator("h1")).hasText("Allegations about adults who work with children");
    assertAccessible(lado, "oxfordshire-lado-allegations");
    assertReflows(lado, "oxfordshire-lado-allegations", 320);

    // An allegation's own page, with a long answer, reads at 320 px too.
    String reference = ladoConcern();
    lado.navigate("http://localhost:" + port + "/staff/lado/" + reference);
    assertThat(lado.locator("main")).containsText("What is the adult’s name?");
    assertThat(lado.locator("main")).containsText("asked-her-to-keep-them-secret@a-long-address.example.org");
    assertAccessible(lado, "oxfordshire-lado-allegation");
    assertReflows(lado, "oxfordshire-lado-allegation", 320);

    // A page the LADO's role does not have says so, and whom to ask.
    lado.navigate("http://localhost:" + port + "/staff/admin");
    assertThat(lado.locator("h1")).hasText("You do not have access to this page");
    assertThat(lado.locator("main")).containsText("ask your manager, or your council’s Front Door administrator");
    assertThat(lado.locator("main")).not().containsText("If you typed the web address");
    assertAccessible(lado, "oxfordshire-forbidden");
    assertReflows(lado, "oxfordshire-forbidden", 320);
  }

  @Test
  void theAdministratorConfirmsAResetAndIsToldWhatChangedForWhom() {
    String p = "west-berkshire-admin-reset-";
    Page page = signIn("council.admin@west-berkshire.demo", null);
    link(page, "Staff: invitations, roles and sign-in");
    link(page, "Reset app for Demo health practitioner, West Berkshire Council");
    assertThat(page.locator("h1")).hasText("Reset the authenticator app for Demo health practitioner, West Berkshire Council?");
    assertThat(page.locator(".govuk-summary-list")).containsText("health.practitioner@west-berkshire.demo");
    assertThat(page.locator(".govuk-summary-list")).containsText("Partner agency practitioner");
    assertAccessible(page, p + "confirm");
    assertReflows(page, p + "confirm", 320);

    // Cancel changes nothing.
    link(page, "Cancel");
    assertThat(page.locator("h1")).hasText("Staff");
    assertThat(page.locator(".govuk-notification-banner")).hasCount(0);
    assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("health.practitioner@west-berkshire.demo"))).containsText("App set up");

    link(page, "Reset app for Demo health practitioner, West Berkshire Council");
    click(page, "Reset app");
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("The authenticator app for Demo health practitioner, West Berkshire Council (health.practitioner@west-berkshire.demo) is reset");
    assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("health.practitioner@west-berkshire.demo"))).containsText("App not set up");
    assertAccessible(page, p + "done");
  }

  @Test
  void theAdministratorChangesAnAgencysLeadAndADeadline() {
    String p = "west-berkshire-admin-mash-";
    Page page = signIn("council.admin@west-berkshire.demo", null);
    link(page, "Staff: invitations, roles and sign-in");
    link(page, "Partner agencies and their nominated leads");
    assertThat(page.locator("h1")).hasText("Partner agencies");
    assertThat(page.locator("table")).containsText("police.lead@west-berkshire.demo");
    assertThat(page.locator("table")).not().containsText("oxfordshire.demo");
    assertAccessible(page, p + "agencies");
    assertReflows(page, p + "agencies", 320);

    link(page, "Change Police public protection unit (West Berkshire)");
    assertThat(page.locator("h1")).hasText("Change the police partner agency");
    page.getByLabel("Nominated lead’s email address (optional)").fill("not an email");
    click(page, "Save changes");
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: Change Police public protection unit"));
    assertThat(page.locator(".govuk-error-summary")).containsText("Enter an email address in the correct format, like name@example.com");
    assertThat(page.locator(".govuk-error-summary")).isFocused();
    assertThat(page.getByLabel("Nominated lead’s email address (optional)")).hasValue("not an email");
    assertAccessible(page, p + "agency-error");

    page.getByLabel("Nominated lead’s email address (optional)").fill("child.protection.lead@police.example");
    click(page, "Save changes");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Police public protection unit (West Berkshire) is saved.");
    assertThat(page.locator("table")).containsText("child.protection.lead@police.example");
    assertAccessible(page, p + "agency-saved");

    link(page, "Deadlines for partner agencies’ answers");
    assertThat(page.locator(".govuk-summary-list")).containsText("4 working hours");
    assertAccessible(page, p + "deadlines");
    assertReflows(page, p + "deadlines", 320);

    link(page, "Change the deadline for red contacts");
    assertThat(page.getByLabel("Working hours, while the office is open")).isChecked();
    page.getByLabel("Number of working hours or working days").fill("50");
    click(page, "Save deadline");
    assertThat(page.locator(".govuk-error-summary")).containsText("A deadline in working hours must be 40 or fewer");
    assertThat(page.getByLabel("Number of working hours or working days")).hasValue("50");
    assertAccessible(page, p + "deadline-error");

    page.getByLabel("Number of working hours or working days").fill("2");
    click(page, "Save deadline");
    assertThat(page.locator(".govuk-notification-banner")).containsText("Partners have 2 working hours to answer requests about red contacts");
    assertThat(page.locator(".govuk-summary-list__row").first()).containsText("2 working hours");
    assertThat(page.locator(".govuk-summary-list__row").first()).not().containsText("Default");
    assertAccessible(page, p + "deadline-saved");

    link(page, "Change the deadline for red contacts");
    assertAccessible(page, p + "deadline");
    click(page, "Use the default: 4 working hours");
    assertThat(page.locator(".govuk-notification-banner")).containsText("4 working hours (the default)");
    assertThat(page.locator(".govuk-summary-list__row").first()).containsText("Default");
  }

  @Test
  void theAdministratorIssuesAPartnerApiKeyAndRevokesIt() {
    String p = "southampton-admin-api-keys-";
    Page page = signIn("council.admin@southampton.demo", null);
    link(page, "Partner API keys: issue and revoke");
    assertThat(page.locator("h1")).hasText("Partner API keys");
    assertThat(page.locator("table")).containsText("Demo partner system for Southampton");
    assertThat(page.locator("table")).not().containsText("Oxfordshire");
    assertAccessible(page, p + "list");
    assertReflows(page, p + "list", 320);

    String tooLong = "Itchen College ".repeat(14);
    page.getByLabel("Partner organisation’s name").fill(tooLong);
    click(page, "Issue key");
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: Partner API keys"));
    assertThat(page.locator(".govuk-error-summary")).containsText("The organisation’s name must be 200 characters or fewer");
    assertThat(page.locator(".govuk-error-summary")).isFocused();
    assertThat(page.locator("#organisation-error")).containsText("200 characters or fewer");
    assertThat(page.getByLabel("Partner organisation’s name")).hasValue(tooLong);
    assertAccessible(page, p + "error");

    page.getByLabel("Partner organisation’s name").fill("Itchen College");
    click(page, "Issue key");
    assertThat(page.locator("h1")).hasText("Key issued");
    assertThat(page.locator(".govuk-warning-text")).containsText("It will not be shown again");
    assertThat(page.getByLabel("API key")).hasValue(java.util.regex.Pattern.compile("^fd_[A-Za-z0-9_-]{43}$"));
    assertAccessible(page, p + "issued");

    link(page, "Back to partner API keys");
    assertThat(page.locator("h1")).hasText("Partner API keys");
    assertThat(page.locator("body")).not().containsText("fd_");
    assertThat(page.locator("table")).containsText("Itchen College");

    link(page, "Revoke the key for Itchen College");
    assertThat(page.locator("h1")).hasText("Revoke the key for Itchen College");
    assertAccessible(page, p + "revoke");
    click(page, "Revoke key");
    assertThat(page.locator(".govuk-notification-banner")).containsText("The key for Itchen College is revoked");
    assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Itchen College"))).containsText("Revoked");
    assertAccessible(page, p + "revoked");

    // Single sign-on's settings, as the same administrator: the page, a mistyped issuer kept beside its error, and the
    // page a refused sign-in ends on (SingleSignOnIT walks sign-in itself against a real provider).
    String s = "southampton-admin-single-sign-on-";
    page.navigate("http://localhost:" + port + "/staff/admin");
    link(page, "Single sign-on with your council’s identity provider");
    assertThat(page.locator("h1")).hasText("Single sign-on");
    assertThat(page.locator(".govuk-inset-text")).containsText("/staff/sign-in/sso/southampton/return");
    assertAccessible(page, s + "page");
    page.getByLabel("Issuer").fill("login.microsoftonline.com/tenant");
    click(page, "Save single sign-on");
    assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: Single sign-on"));
    assertThat(page.locator("#issuerUri-error")).containsText("Enter the issuer as a web address starting https://");
    assertThat(page.getByLabel("Issuer")).hasValue("login.microsoftonline.com/tenant");
    assertAccessible(page, s + "error");
    page.navigate("http://localhost:" + port + "/staff/sign-in/sso/southampton/refused?reason=NO_ROLES");
    assertThat(page.locator("h1")).hasText("You have not been signed in");
    assertAccessible(page, s + "refused");
  }

  @Autowired Allegations allegations;

  /** A concern about an adult who works with children, sent to Oxfordshire's LADO; its reference. */
  private String ladoConcern() {
    ReferralDocument concern =
        new ReferralDocument(
            Route.LADO, null, null, false, List.of(), List.of(), null,
            new ReferralDocument.Concern("A coach messages a 12-year-old at night.", null, List.of(HarmCategory.NOT_SURE),
                false, null, null),
            null, null, null,
            new ReferralDocument.AdultWhoWorksWithChildren("Chris Coach", "Banbury Juniors FC", "Coach", List.of(),
                "Messages a 12-year-old at night.", null),
            null,
            List.of(
                new ReferralDocument.Answer("What is the adult’s name?", "Chris Coach"),
                new ReferralDocument.Answer("Where do they work or volunteer?", "Banbury Juniors FC"),
                new ReferralDocument.Answer("What has happened?",
                    "He wrote from asked-her-to-keep-them-secret@a-long-address.example.org at night.")),
            null);
    String reference =
        referrals.submit(new Submission(OXFORDSHIRE, Channel.ONLINE, concern, "lado-page-" + UUID.randomUUID(), null, null))
            .reference();
    await().atMost(Duration.ofSeconds(20))
        .until(() -> allegations.all(OXFORDSHIRE).stream().anyMatch(a -> a.reference().equals(reference)));
    return reference;
  }

  @Test
  void theAdministratorChangesOfficeHoursFromTomorrowAndThePublicPageShowsThemOnceTheDayComes() {
    String p = "northamptonshire-council-details-";
    try {
      Page page = signIn("council.admin@northamptonshire.demo", null);
      link(page, "Staff: invitations, roles and sign-in");
      link(page, "Numbers, emails, office hours, special days, teams and the threshold guide");
      assertThat(page.locator("h1")).hasText("Council details");
      assertAccessible(page, p + "details");
      link(page, "Change office hours");
      page.getByLabel("At the hours below").check();
      for (String day : java.util.List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")) {
        page.getByLabel("Opens on " + day).fill("9am");
        page.getByLabel("Closes on " + day).fill(day.equals("Monday") ? "8am" : "5pm");
      }
      page.getByLabel("Day", new Page.GetByLabelOptions().setExact(true)).fill("28");
      page.getByLabel("Month", new Page.GetByLabelOptions().setExact(true)).fill("11");
      page.getByLabel("Year", new Page.GetByLabelOptions().setExact(true)).fill("2026");
      page.getByLabel("Why you are making this change").fill("Our hours are published now");
      click(page, "Save change");
      assertThat(page.locator(".govuk-error-summary")).containsText("Monday: the office must close after it opens");
      assertThat(page.getByLabel("Closes on Monday")).hasValue("8am");
      assertThat(page.getByLabel("Why you are making this change")).hasValue("Our hours are published now");
      assertAccessible(page, p + "office-hours-error");
      page.getByLabel("Closes on Monday").fill("5pm");
      click(page, "Save change");
      assertThat(page.locator(".govuk-notification-banner")).containsText("Office hours will change");
      link(page, "history of changes");
      assertThat(page.locator("table")).containsText("Scheduled");
      assertAccessible(page, p + "history");
      for (String other : java.util.List.of("teams/LADO", "teams/new", "teams/OOH/remove", "teams/MASH/remove", "threshold-levels/2", "guidance", "special-days", "bank-holidays")) {
        page.navigate("http://localhost:" + port + "/staff/council/" + other);
        assertThat(page.locator("h1")).isVisible();
        assertAccessible(page, p + other.replace('/', '-'));
      }
      page.getByLabel("GOV.UK’s bank holidays file").setInputFiles(new com.microsoft.playwright.options.FilePayload(
          "bank-holidays.json", "application/json", "{\"scotland\": {}}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      click(page, "Upload");
      assertThat(page.locator(".govuk-error-message")).containsText("has no division 'england-and-wales'");
      assertAccessible(page, p + "bank-holidays-error");

      page.navigate("http://localhost:" + port + "/northamptonshire/report-a-concern");
      assertThat(page.locator("#call-now")).containsText("does not publish its office hours");
      ((uk.frontdoor.TestClock) clock).moveTo(java.time.LocalDateTime.of(2026, 11, 30, 10, 0)
          .atZone(uk.frontdoor.authority.UkTime.ZONE).toInstant());
      page.reload();
      assertThat(page.locator("#call-now")).containsText("The office is open now");
      assertAccessible(page, p + "public-open");
    } finally {
      org.springframework.jdbc.core.simple.JdbcClient.create(ownerDataSource)
          .sql("DELETE FROM authority_version WHERE authority_id = ?").param(NORTHAMPTONSHIRE).update();
    }
  }

  private static final UUID NORTHAMPTONSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000004");

  @org.springframework.beans.factory.annotation.Autowired
  @org.springframework.beans.factory.annotation.Qualifier("ownerDataSource")
  javax.sql.DataSource ownerDataSource;

  private static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
}
