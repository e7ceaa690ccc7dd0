package uk.frontdoor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;

/** A council administrator gets their own council's staff back in, and no one else's; it is audited. */
@IntegrationTest
class StaffAdministrationIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID WEST_BERKSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000005");
  // West Berkshire's demo call handler (the fifth demo council by slug), whom no browser test signs in.
  static final UUID CALL_HANDLER = UUID.fromString("00000000-0000-4000-a000-000000000005");
  static final String USERNAME = "call.handler@west-berkshire.demo";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;

  private static RequestPostProcessor staff(UUID authority, String role) {
    StaffUser user = new StaffUser(UUID.randomUUID(), authority, "admin@council.example", "Ada Admin", List.of(role), true, null);
    return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
  }

  @Test
  void anAdministratorLiftsALockOutAndResetsAnAuthenticatorApp() throws Exception {
    jdbc.sql("INSERT INTO staff_sign_in_attempt (username, failures, locked_until, updated_at) VALUES (?, 5, ?, ?) "
            + "ON CONFLICT (username) DO UPDATE SET failures = 5, locked_until = EXCLUDED.locked_until")
        .params(USERNAME, Timestamp.from(Instant.parse("2026-11-27T16:30:00Z")), Timestamp.from(Instant.parse("2026-11-27T16:15:00Z")))
        .update();
    mvc.perform(get("/staff/admin").with(staff(WEST_BERKSHIRE, "COUNCIL_ADMINISTRATOR")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(USERNAME)))
        .andExpect(content().string(containsString("Locked until 4:30pm today")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("oxfordshire.demo"))));

    mvc.perform(post("/staff/admin/" + CALL_HANDLER + "/lift-lock-out").with(csrf()).with(staff(OXFORDSHIRE, "COUNCIL_ADMINISTRATOR")))
        .andExpect(status().isNotFound());
    mvc.perform(post("/staff/admin/" + CALL_HANDLER + "/lift-lock-out").with(csrf()).with(staff(WEST_BERKSHIRE, "MASH_MANAGER")))
        .andExpect(status().isForbidden());
    assertThat(jdbc.sql("SELECT count(*) FROM staff_sign_in_attempt WHERE username = ?").param(USERNAME).query(Long.class).single())
        .isEqualTo(1);

    mvc.perform(post("/staff/admin/" + CALL_HANDLER + "/lift-lock-out").with(csrf()).with(staff(WEST_BERKSHIRE, "COUNCIL_ADMINISTRATOR")))
        .andExpect(status().is3xxRedirection());
    assertThat(jdbc.sql("SELECT count(*) FROM staff_sign_in_attempt WHERE username = ?").param(USERNAME).query(Long.class).single())
        .isZero();

    mvc.perform(post("/staff/admin/" + CALL_HANDLER + "/reset-authenticator").with(csrf()).with(staff(WEST_BERKSHIRE, "COUNCIL_ADMINISTRATOR")))
        .andExpect(status().is3xxRedirection());
    assertThat(jdbc.sql("SELECT totp_secret IS NULL FROM staff_user WHERE id = ?").param(CALL_HANDLER).query(Boolean.class).single())
        .isTrue();

    assertThat(audit.about(WEST_BERKSHIRE, StaffAdministration.SUBJECT, USERNAME)).extracting(AuditEntry::action).containsSubsequence("LOCK_OUT_LIFTED", "AUTHENTICATOR_RESET");
  }
}
