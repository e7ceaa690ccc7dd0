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

  @Autowired
  @Qualifier("ownerDataSource")
  DataSource ownerDataSource;

  /** A member of Southampton's staff with the roles and a password, as their invitation left them. */
  StaffUser member(String name, String email, StaffRole... roles) {
    UUID id = transactions.execute(tx -> invitations.invite(SOUTHAMPTON, new Inviter(AuditLog.SYSTEM, "Test"),
        new NewStaff(name, email, Agency.SOCIAL_CARE, List.of(roles)), "http://localhost/"));
    jdbc.sql("UPDATE staff_user SET password_hash = crypt('a long enough password', gen_salt('bf', 4)) WHERE id = ?").param(id).update();
    return new StaffUser(id, SOUTHAMPTON, email, name, List.of(roles).stream().map(StaffRole::name).toList(), true, null);
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

  @SuppressWarnings("unchecked")
  private <S extends Session> void saveSession(Session session) {
    ((FindByIndexNameSessionRepository<S>) sessions).save((S) session);
  }
}
