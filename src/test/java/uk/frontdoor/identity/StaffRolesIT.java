package uk.frontdoor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.StaffInvitations.Inviter;
import uk.frontdoor.identity.StaffInvitations.NewStaff;
import uk.frontdoor.authority.CouncilRegistration;
import uk.frontdoor.authority.CouncilRegistration.NewCouncil;
import uk.frontdoor.identity.internal.SingleSignOnProviders;
import uk.frontdoor.identity.internal.SingleSignOnSignIn;
import uk.frontdoor.identity.internal.StaffSignIn;
import uk.frontdoor.mash.MashTesting;

/**
 * Roles, several a person; an administrator's own wider roles wait for a second administrator;
 * disabled accounts cannot sign in and lose their sessions at once. Each change audited, the person
 * emailed, and only within the administrator's own council.
 */
@IntegrationTest
class StaffRolesIT {

  static final UUID SOUTHAMPTON = UUID.fromString("00000000-0000-4000-8000-000000000003");
  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired StaffInvitations invitations;
  @Autowired StaffSignIn signIn;
  @Autowired AuditLog audit;
  @Autowired TransactionTemplate transactions;
  @Autowired FindByIndexNameSessionRepository<? extends Session> sessions;
  @Autowired CouncilRegistration registration;
  @Autowired uk.frontdoor.TestClock clock;
  @Autowired uk.frontdoor.platform.Tenancy tenancy;
  @Autowired StaffAdministration administration;
  @Autowired SingleSignOnProviders providers;
  @Autowired SingleSignOnSignIn singleSignOn;

  @Autowired
  @Qualifier("ownerDataSource")
  DataSource ownerDataSource;

  /** A member of Southampton's staff with the roles and a password, as their invitation left them. */
  StaffUser member(String name, String email, StaffRole... roles) {
    return member(SOUTHAMPTON, name, email, roles);
  }

  StaffUser member(UUID council, String name, String email, StaffRole... roles) {
    StaffUser invited = invited(council, name, email, roles);
    setUp(invited.id());
    return invited;
  }

  /** Invited, and not yet through their invitation's link: no password. */
  StaffUser invited(UUID council, String name, String email, StaffRole... roles) {
    UUID id = transactions.execute(tx -> invitations.invite(council, new Inviter(AuditLog.SYSTEM, "Test"),
        new NewStaff(name, email, Agency.SOCIAL_CARE, List.of(roles)), "http://localhost/"));
    return new StaffUser(id, council, email, name, List.of(roles).stream().map(StaffRole::name).toList(), true, null);
  }

  void setUp(UUID id) {
    jdbc.sql("UPDATE staff_user SET password_hash = crypt('a long enough password', gen_salt('bf', 4)) WHERE id = ?").param(id).update();
  }

  /** A council added for the test, so that its administrators are the test's alone (Southampton's demo has one). */
  UUID council(String slug, String laCode) {
    return transactions.execute(tx -> registration.register(
        new NewCouncil(slug + " Council", slug, laCode, "01632 960 010", "duty@" + slug + ".example")).value());
  }

  /** The emails of the template sent to the address, each one's personalisation. */
  List<java.util.Map<String, Object>> outbox(String email, String template) {
    return JdbcClient.create(ownerDataSource)
        .sql("SELECT personalisation::text FROM notification_outbox WHERE recipient = ? AND template = ? ORDER BY created_at, id")
        .params(email, template)
        .query(String.class)
        .list()
        .stream()
        .map(json -> tools.jackson.databind.json.JsonMapper.builder().build().readValue(json, java.util.Map.class))
        .map(map -> {
          @SuppressWarnings("unchecked")
          java.util.Map<String, Object> typed = map;
          return typed;
        })
        .toList();
  }

  List<String> rolesOf(UUID id) {
    return jdbc.sql("SELECT roles FROM staff_user WHERE id = ?").param(id).query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single();
  }

  long emails(String email) {
    return JdbcClient.create(ownerDataSource)
        .sql("SELECT count(*) FROM notification_outbox WHERE recipient = ? AND template = 'STAFF_ACCOUNT_CHANGED'")
        .param(email).query(Long.class).single();
  }

  @Test
  void anAdministratorGivesAndRemovesRolesOfTheirOwnCouncilsStaffOnly() throws Exception {
    StaffUser admin = member("Ana Admin", "ana.admin@southampton.example", StaffRole.COUNCIL_ADMINISTRATOR);
    StaffUser worker = member("Wes Worker", "wes.worker@southampton.example", StaffRole.MASH_SOCIAL_WORKER);

    mvc.perform(get("/staff/admin/" + worker.id() + "/roles").with(MashTesting.as(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Roles of Wes Worker")))
        .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*value=\"MASH_SOCIAL_WORKER\"[^>]*checked.*")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("DEPLOYMENT_OPERATOR"))));
    mvc.perform(post("/staff/admin/" + worker.id() + "/roles").with(csrf()).with(MashTesting.as(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Select at least one role")));
    mvc.perform(post("/staff/admin/" + worker.id() + "/roles").with(csrf()).with(MashTesting.as(admin))
            .param("roles", "MASH_MANAGER", "LADO"))
        .andExpect(redirectedUrl("/staff/admin"));
    assertThat(rolesOf(worker.id())).containsExactly("MASH_MANAGER", "LADO");
    assertThat(emails(worker.getUsername())).isEqualTo(1);
    assertThat(audit.about(SOUTHAMPTON, StaffAdministration.SUBJECT, worker.getUsername()))
        .extracting(AuditEntry::action).containsExactly("STAFF_INVITED", "ROLES_CHANGED");

    // Another council's administrator does not find them; someone not an administrator may not ask.
    StaffUser oxfordshire = MashTesting.named("Oxo Admin", OXFORDSHIRE, "COUNCIL_ADMINISTRATOR");
    mvc.perform(post("/staff/admin/" + worker.id() + "/roles").with(csrf()).with(MashTesting.as(oxfordshire)).param("roles", "LADO"))
        .andExpect(status().isNotFound());
    mvc.perform(post("/staff/admin/" + worker.id() + "/disable").with(csrf()).with(MashTesting.as(oxfordshire)))
        .andExpect(status().isNotFound());
    mvc.perform(post("/staff/admin/" + worker.id() + "/roles").with(csrf()).with(MashTesting.as(worker)).param("roles", "LADO"))
        .andExpect(status().isForbidden());
    assertThat(rolesOf(worker.id())).containsExactly("MASH_MANAGER", "LADO");
  }

  @Test
  void anAdministratorsOwnWiderRolesWaitForASecondAdministrator() throws Exception {
    StaffUser first = member("Fay First", "fay.first@southampton.example", StaffRole.COUNCIL_ADMINISTRATOR);
    StaffUser second = member("Sid Second", "sid.second@southampton.example", StaffRole.COUNCIL_ADMINISTRATOR);

    mvc.perform(post("/staff/admin/" + first.id() + "/roles").with(csrf()).with(MashTesting.as(first))
            .param("roles", "COUNCIL_ADMINISTRATOR", "MASH_MANAGER"))
        .andExpect(redirectedUrl("/staff/admin"));
    assertThat(rolesOf(first.id())).containsExactly("COUNCIL_ADMINISTRATOR");
    UUID request = jdbc.sql("SELECT id FROM staff_role_request WHERE staff_user_id = ?").param(first.id()).query(UUID.class).optional()
        .orElse(null);
    assertThat(request).as("under row-level security, unseen without the council bound").isNull();
    String page = mvc.perform(get("/staff/admin").with(MashTesting.as(second)))
        .andExpect(content().string(containsString("Roles waiting for a second administrator")))
        .andReturn().getResponse().getContentAsString();
    java.util.regex.Matcher approve = java.util.regex.Pattern.compile("/staff/admin/role-requests/([0-9a-f-]{36})/approve").matcher(page);
    assertThat(approve.find()).isTrue();
    UUID id = UUID.fromString(approve.group(1));

    // Not by the one who asked.
    mvc.perform(post("/staff/admin/role-requests/" + id + "/approve").with(csrf()).with(MashTesting.as(first)))
        .andExpect(status().isNotFound());
    assertThat(rolesOf(first.id())).containsExactly("COUNCIL_ADMINISTRATOR");
    mvc.perform(post("/staff/admin/role-requests/" + id + "/approve").with(csrf()).with(MashTesting.as(second)))
        .andExpect(redirectedUrl("/staff/admin"));
    assertThat(rolesOf(first.id())).containsExactlyInAnyOrder("COUNCIL_ADMINISTRATOR", "MASH_MANAGER");
    mvc.perform(post("/staff/admin/role-requests/" + id + "/approve").with(csrf()).with(MashTesting.as(second)))
        .andExpect(status().isNotFound());

    // Narrowing one's own roles needs no one else.
    mvc.perform(post("/staff/admin/" + first.id() + "/roles").with(csrf()).with(MashTesting.as(first)).param("roles", "COUNCIL_ADMINISTRATOR"))
        .andExpect(redirectedUrl("/staff/admin"));
    assertThat(rolesOf(first.id())).containsExactly("COUNCIL_ADMINISTRATOR");
    assertThat(audit.about(SOUTHAMPTON, StaffAdministration.SUBJECT, first.getUsername())).extracting(AuditEntry::action)
        .containsExactly("STAFF_INVITED", "ROLES_REQUESTED", "ROLES_APPROVED", "ROLES_CHANGED");
    assertThat(audit.about(SOUTHAMPTON, StaffAdministration.SUBJECT, first.getUsername()).get(2).actorName()).isEqualTo("Sid Second");
    assertThat(emails(first.getUsername())).isEqualTo(3);
  }

  @Test
  void aDisabledAccountCannotSignInAndItsSessionsEnd() throws Exception {
    StaffUser admin = member("Dee Admin", "dee.admin@southampton.example", StaffRole.COUNCIL_ADMINISTRATOR);
    StaffUser leaver = member("Lou Leaver", "lou.leaver@southampton.example", StaffRole.SOCIAL_WORKER);
    Session open = sessions.createSession();
    open.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, leaver.getUsername());
    saveSession(open);
    assertThat(sessions.findByPrincipalName(leaver.getUsername())).hasSize(1);

    mvc.perform(get("/staff/admin/" + leaver.id() + "/disable").with(MashTesting.as(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Disable the account of Lou Leaver?")));
    // Not their own.
    mvc.perform(post("/staff/admin/" + admin.id() + "/disable").with(csrf()).with(MashTesting.as(admin))).andExpect(status().isNotFound());
    mvc.perform(post("/staff/admin/" + leaver.id() + "/disable").with(csrf()).with(MashTesting.as(admin)))
        .andExpect(redirectedUrl("/staff/admin"));
    assertThat(sessions.findByPrincipalName(leaver.getUsername())).isEmpty();
    assertThat(signIn.checkPassword(leaver.getUsername(), "a long enough password").passed()).isFalse();
    mvc.perform(get("/staff/admin").with(MashTesting.as(admin))).andExpect(content().string(containsString("Disabled")));

    mvc.perform(post("/staff/admin/" + leaver.id() + "/enable").with(csrf()).with(MashTesting.as(admin)))
        .andExpect(redirectedUrl("/staff/admin"));
    assertThat(signIn.checkPassword(leaver.getUsername(), "a long enough password").passed()).isTrue();
    assertThat(audit.about(SOUTHAMPTON, StaffAdministration.SUBJECT, leaver.getUsername())).extracting(AuditEntry::action)
        .containsExactly("STAFF_INVITED", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
    assertThat(emails(leaver.getUsername())).isEqualTo(2);
  }

  @Test
  void theCouncilsOtherActiveAdministratorsAreEmailedThatARequestWaitsAndTheOneWhoAskedIsToldTheDecision() throws Exception {
    UUID council = council("request-mail", "971");
    StaffUser asks = member(council, "Ann Asks", "ann.asks@request-mail.example", StaffRole.COUNCIL_ADMINISTRATOR);
    StaffUser decides = member(council, "Bob Decides", "bob.decides@request-mail.example", StaffRole.COUNCIL_ADMINISTRATOR);
    StaffUser alsoTold = member(council, "Col Told", "col.told@request-mail.example", StaffRole.COUNCIL_ADMINISTRATOR, StaffRole.LADO);
    StaffUser disabled = member(council, "Dot Disabled", "dot.disabled@request-mail.example", StaffRole.COUNCIL_ADMINISTRATOR);
    jdbc.sql("UPDATE staff_user SET enabled = false WHERE id = ?").param(disabled.id()).update();
    StaffUser onlyInvited = invited(council, "Eve Invited", "eve.invited@request-mail.example", StaffRole.COUNCIL_ADMINISTRATOR);
    StaffUser worker = member(council, "Fin Worker", "fin.worker@request-mail.example", StaffRole.MASH_MANAGER);

    mvc.perform(post("/staff/admin/" + asks.id() + "/roles").with(csrf()).with(MashTesting.as(asks))
            .param("roles", "COUNCIL_ADMINISTRATOR", "MASH_MANAGER"))
        .andExpect(redirectedUrl("/staff/admin"));

    // Each other active administrator, with a link to the page where they decide; not the one who asked, nor
    // anyone disabled, only invited or not an administrator.
    for (StaffUser told : List.of(decides, alsoTold)) {
      assertThat(outbox(told.getUsername(), "STAFF_ROLE_REQUEST")).singleElement().satisfies(email -> {
        assertThat(email).containsEntry("requestedBy", "Ann Asks").containsEntry("roles", "MASH team manager, Council administrator")
            .containsEntry("authorityName", "request-mail Council");
        assertThat((String) email.get("link")).endsWith("/staff/admin");
      });
    }
    for (StaffUser notTold : List.of(asks, disabled, onlyInvited, worker)) {
      assertThat(outbox(notTold.getUsername(), "STAFF_ROLE_REQUEST")).as(notTold.displayName()).isEmpty();
    }
    assertThat(outbox(asks.getUsername(), "STAFF_ACCOUNT_CHANGED")).extracting(email -> email.get("change"))
        .containsExactly("You asked for the roles MASH team manager, Council administrator. A second administrator of your council must approve them first.");

    // The decision goes to the one who asked: refused, then asked again (everyone told again) and approved.
    clock.advance(java.time.Duration.ofMinutes(1));
    mvc.perform(post("/staff/admin/role-requests/" + waitingRequest(council, asks) + "/refuse").with(csrf()).with(MashTesting.as(decides)))
        .andExpect(redirectedUrl("/staff/admin"));
    clock.advance(java.time.Duration.ofMinutes(1));
    mvc.perform(post("/staff/admin/" + asks.id() + "/roles").with(csrf()).with(MashTesting.as(asks))
            .param("roles", "COUNCIL_ADMINISTRATOR", "LADO"))
        .andExpect(redirectedUrl("/staff/admin"));
    assertThat(outbox(alsoTold.getUsername(), "STAFF_ROLE_REQUEST")).extracting(email -> email.get("roles"))
        .containsExactly("MASH team manager, Council administrator", "Local Authority Designated Officer (LADO), Council administrator");
    clock.advance(java.time.Duration.ofMinutes(1));
    mvc.perform(post("/staff/admin/role-requests/" + waitingRequest(council, asks) + "/approve").with(csrf()).with(MashTesting.as(decides)))
        .andExpect(redirectedUrl("/staff/admin"));
    assertThat(outbox(asks.getUsername(), "STAFF_ACCOUNT_CHANGED")).extracting(email -> email.get("change")).containsExactly(
        "You asked for the roles MASH team manager, Council administrator. A second administrator of your council must approve them first.",
        "Your request for the roles MASH team manager, Council administrator was refused. Your roles are as they were.",
        "You asked for the roles Local Authority Designated Officer (LADO), Council administrator. A second administrator of your council must approve them first.",
        "Your roles in Front Door are now: Local Authority Designated Officer (LADO), Council administrator. Sign in again to use them.");
    assertThat(outbox(asks.getUsername(), "STAFF_ACCOUNT_CHANGED")).extracting(email -> email.get("changedBy"))
        .containsExactly("Ann Asks", "Bob Decides", "Ann Asks", "Bob Decides");
  }

  @Test
  void theLastActiveAdministratorCannotLoseTheRoleOrBeDisabledUntilAnotherIsActive() throws Exception {
    UUID council = council("last-admin", "972");
    StaffUser only = member(council, "Ola Only", "ola.only@last-admin.example", StaffRole.COUNCIL_ADMINISTRATOR, StaffRole.LADO);
    StaffUser next = invited(council, "Nat Next", "nat.next@last-admin.example", StaffRole.COUNCIL_ADMINISTRATOR);
    // An administrator the council does not count: signed in, say, but with no account of its own here.
    StaffUser uncounted = MashTesting.named("Uma Uncounted", council, "COUNCIL_ADMINISTRATOR");

    // Their own role: refused beside the roles, with what was ticked kept. Someone only invited does not count.
    mvc.perform(post("/staff/admin/" + only.id() + "/roles").with(csrf()).with(MashTesting.as(only)).param("roles", "LADO"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>Error: Roles of Ola Only")))
        .andExpect(content().string(containsString("Ola Only is your council’s only active administrator. Give the council administrator role")))
        .andExpect(content().string(containsString("id=\"roles-error\"")))
        .andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*value=\"LADO\"[^>]*checked.*")))
        .andExpect(content().string(org.hamcrest.Matchers.not(
            org.hamcrest.Matchers.matchesPattern("(?s).*value=\"COUNCIL_ADMINISTRATOR\"[^>]*checked.*"))));
    mvc.perform(post("/staff/admin/" + only.id() + "/roles").with(csrf()).with(MashTesting.as(uncounted)).param("roles", "LADO"))
        .andExpect(content().string(containsString("only active administrator")));
    // Nor disabled.
    mvc.perform(post("/staff/admin/" + only.id() + "/disable").with(csrf()).with(MashTesting.as(uncounted)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>Error: Disable the account of Ola Only?")))
        .andExpect(content().string(containsString("href=\"#confirm\"")))
        .andExpect(content().string(containsString("Their account stays enabled.")));
    assertThat(rolesOf(only.id())).containsExactlyInAnyOrder("COUNCIL_ADMINISTRATOR", "LADO");
    assertThat(jdbc.sql("SELECT enabled FROM staff_user WHERE id = ?").param(only.id()).query(Boolean.class).single()).isTrue();
    assertThat(audit.about(council, StaffAdministration.SUBJECT, only.getUsername())).extracting(AuditEntry::action)
        .containsExactly("STAFF_INVITED");
    assertThat(emails(only.getUsername())).isZero();

    // Once a second administrator has set up their sign-in, either may go.
    setUp(next.id());
    mvc.perform(post("/staff/admin/" + only.id() + "/roles").with(csrf()).with(MashTesting.as(only)).param("roles", "LADO"))
        .andExpect(redirectedUrl("/staff/admin"));
    assertThat(rolesOf(only.id())).containsExactly("LADO");
    // And now the second is the only one.
    mvc.perform(post("/staff/admin/" + next.id() + "/disable").with(csrf()).with(MashTesting.as(uncounted)))
        .andExpect(content().string(containsString("Nat Next is your council’s only active administrator")));
    mvc.perform(post("/staff/admin/" + only.id() + "/disable").with(csrf()).with(MashTesting.as(next)))
        .andExpect(redirectedUrl("/staff/admin"));
  }

  @Test
  void twoAdministratorsDisablingEachOtherAtOnceLeaveOneOfThem() throws Exception {
    UUID council = council("both-at-once", "973");
    StaffUser first = member(council, "Ida First", "ida.first@both-at-once.example", StaffRole.COUNCIL_ADMINISTRATOR);
    StaffUser second = member(council, "Ray Second", "ray.second@both-at-once.example", StaffRole.COUNCIL_ADMINISTRATOR);
    java.util.concurrent.CountDownLatch disabled = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      // The first disables the second and holds their transaction open...
      java.util.concurrent.Future<Boolean> byFirst = threads.submit(() -> transactions.execute(tx -> {
        boolean done = administration.disable(first, second.id());
        disabled.countDown();
        try {
          commit.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return done;
      }));
      assertThat(disabled.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      // ...while the second disables the first: it waits for the council's administrators, held by the first.
      java.util.concurrent.Future<Boolean> bySecond = threads.submit(() -> administration.disable(second, first.id()));
      org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> JdbcClient.create(ownerDataSource)
          .sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").query(Long.class).single() > 0);
      assertThat(bySecond).isNotDone();
      commit.countDown();

      assertThat(byFirst.get(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> bySecond.get(30, java.util.concurrent.TimeUnit.SECONDS)))
          .isInstanceOf(java.util.concurrent.ExecutionException.class)
          .cause().isInstanceOf(StaffAdministration.LastAdministrator.class);
    } finally {
      commit.countDown();
      threads.shutdownNow();
    }
    assertThat(jdbc.sql("SELECT username FROM staff_user WHERE authority_id = ? AND enabled").param(council).query(String.class).list())
        .containsExactly(first.getUsername());
  }

  @Test
  void aSignInThroughTheCouncilsProviderKeepsTheLastActiveAdministratorsRole() {
    UUID council = council("sso-last-admin", "974");
    StaffUser only = member(council, "Kit Kept", "kit.kept@sso-last-admin.example", StaffRole.COUNCIL_ADMINISTRATOR);
    StaffUser admin = MashTesting.named("Set Up", council, "COUNCIL_ADMINISTRATOR");
    providers.save(admin, new SingleSignOnProviders.Settings("https://login.sso-last-admin.example", "front-door", "secret",
        "preferred_username", "groups", true, java.util.Map.of("fd-admins", java.util.Set.of("COUNCIL_ADMINISTRATOR"),
            "fd-workers", java.util.Set.of("MASH_SOCIAL_WORKER"))));
    java.util.Map<String, Object> movedToWorkers = java.util.Map.of("preferred_username", only.getUsername(), "groups", List.of("fd-workers"));

    // The groups no longer make them an administrator, but they are the council's only one: kept, and said in the audit.
    assertThat(singleSignOn.signIn("sso-last-admin", movedToWorkers).staff().roles())
        .containsExactlyInAnyOrder("MASH_SOCIAL_WORKER", "COUNCIL_ADMINISTRATOR");
    assertThat(rolesOf(only.id())).containsExactlyInAnyOrder("MASH_SOCIAL_WORKER", "COUNCIL_ADMINISTRATOR");
    assertThat(audit.about(council, StaffAdministration.SUBJECT, only.getUsername()))
        .filteredOn(entry -> entry.action().equals("ROLES_FROM_PROVIDER")).singleElement()
        .satisfies(entry -> assertThat(entry.detail()).contains("kept COUNCIL_ADMINISTRATOR, as the council's only active administrator"));

    // With another active administrator, the groups decide.
    member(council, "Ned Next", "ned.next@sso-last-admin.example", StaffRole.COUNCIL_ADMINISTRATOR);
    assertThat(singleSignOn.signIn("sso-last-admin", movedToWorkers).staff().roles()).containsExactly("MASH_SOCIAL_WORKER");
    assertThat(rolesOf(only.id())).containsExactly("MASH_SOCIAL_WORKER");
  }

  /** The one request of theirs waiting, read with the council bound as the page reads it. */
  UUID waitingRequest(UUID council, StaffUser asks) {
    return transactions.execute(tx -> {
      tenancy.bind(council);
      return jdbc.sql("SELECT id FROM staff_role_request WHERE staff_user_id = ? AND decided_at IS NULL").param(asks.id())
          .query(UUID.class).single();
    });
  }

  @SuppressWarnings("unchecked")
  private <S extends Session> void saveSession(Session session) {
    ((FindByIndexNameSessionRepository<S>) sessions).save((S) session);
  }
}
