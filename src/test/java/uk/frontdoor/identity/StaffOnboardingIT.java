package uk.frontdoor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import uk.frontdoor.identity.internal.Base32;
import uk.frontdoor.identity.internal.Totp;
import org.springframework.test.web.servlet.MockMvc;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.mash.MashTesting;

/**
 * From nothing to a council's staff: the first start's one-time setup link, the operator's new
 * council, invitations (once, for 7 days) and the password they set. Each step is checked in the
 * database: the council's document reads, the account, the outbox's email, the audit entries.
 */
@IntegrationTest
class StaffOnboardingIT {

  static final UUID WEST_BERKSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000005");
  static final Pattern LINK = Pattern.compile("/staff/invitation/([A-Za-z0-9_-]+)");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired FirstStart firstStart;
  @Autowired Authorities authorities;
  @Autowired AuditLog audit;
  @Autowired TestClock clock;

  @Autowired
  @Qualifier("ownerDataSource")
  DataSource ownerDataSource;

  /** The latest invitation's link token emailed to the address, read from the outbox as the email sender would. */
  String invitationTokenFor(String email) {
    String personalisation =
        JdbcClient.create(ownerDataSource)
            .sql("SELECT personalisation->>'link' FROM notification_outbox WHERE recipient = ? AND template = 'STAFF_INVITATION' ORDER BY created_at DESC LIMIT 1")
            .param(email)
            .query(String.class)
            .single();
    Matcher link = LINK.matcher(personalisation);
    assertThat(link.find()).as(personalisation).isTrue();
    return link.group(1);
  }

  long outbox(String email, String template) {
    return JdbcClient.create(ownerDataSource)
        .sql("SELECT count(*) FROM notification_outbox WHERE recipient = ? AND template = ?")
        .params(email, template)
        .query(Long.class)
        .single();
  }

  @Test
  void theSetupLinkWorksOnceAndThenSetupIsGoneForGood() throws Exception {
    String token = firstStart.issue();
    mvc.perform(get("/setup")).andExpect(status().isNotFound());
    mvc.perform(get("/setup").param("token", "not-" + token)).andExpect(status().isNotFound());
    mvc.perform(get("/setup").param("token", token))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Set up Front Door")));
    // Without the form's CSRF token, nothing happens.
    mvc.perform(post("/setup").param("token", token).param("name", "Wessex Council")).andExpect(status().isForbidden());

    // Mistakes are said beside their fields, with what was typed kept.
    mvc.perform(post("/setup").with(csrf()).param("token", token)
            .param("name", "Wessex Council").param("slug", "Wessex Council").param("laCode", "86")
            .param("phone", "call us").param("email", "duty").param("adminName", "").param("adminEmail", "ada@wessex.example"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("lower-case letters and digits")))
        .andExpect(content().string(containsString("The local authority code must be 3 digits")))
        .andExpect(content().string(containsString("Enter a phone number with 10 to 13 digits")))
        .andExpect(content().string(containsString("Enter the administrator’s full name")))
        .andExpect(content().string(containsString("value=\"Wessex Council\"")))
        .andExpect(content().string(containsString("value=\"ada@wessex.example\"")));
    // A slug already a council's, or a part of Front Door, is refused.
    mvc.perform(post("/setup").with(csrf()).param("token", token)
            .param("name", "Wessex Council").param("slug", "staff").param("laCode", "990")
            .param("phone", "01632 960 001").param("email", "duty@wessex.example").param("adminName", "Ada Admin")
            .param("adminEmail", "ada@wessex.example"))
        .andExpect(content().string(containsString("already uses staff")));

    mvc.perform(post("/setup").with(csrf()).param("token", token)
            .param("name", "Wessex Council").param("slug", "wessex").param("laCode", "990")
            .param("phone", "01632 960 001").param("email", "Duty@Wessex.example").param("adminName", "Ada Admin")
            .param("adminEmail", "Ada@Wessex.example"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Front Door is set up")));

    Authority wessex = authorities.findBySlug("wessex").orElseThrow();
    assertThat(wessex.name()).isEqualTo("Wessex Council");
    assertThat(wessex.frontDoorTeams(uk.frontdoor.authority.Audience.PUBLIC)).extracting(t -> t.phone()).containsExactly("01632 960 001");
    assertThat(wessex.team("LADO")).isPresent();
    assertThat(jdbc.sql("SELECT la_code FROM authority WHERE slug = 'wessex'").query(String.class).single()).isEqualTo("990");
    assertThat(jdbc.sql("SELECT roles FROM staff_user WHERE username = 'ada@wessex.example'")
            .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
        .containsExactlyInAnyOrder("COUNCIL_ADMINISTRATOR", "DEPLOYMENT_OPERATOR");
    assertThat(outbox("ada@wessex.example", "STAFF_INVITATION")).isEqualTo(1);
    assertThat(audit.about(wessex.id().value(), "AUTHORITY", "wessex")).extracting(AuditEntry::action).containsExactly("COUNCIL_REGISTERED");
    assertThat(audit.about(wessex.id().value(), StaffAdministration.SUBJECT, "ada@wessex.example")).extracting(AuditEntry::action)
        .containsExactly("STAFF_INVITED");

    // Used: the same link, and any new one, are not found.
    mvc.perform(get("/setup").param("token", token)).andExpect(status().isNotFound());
    mvc.perform(post("/setup").with(csrf()).param("token", token).param("name", "Again")).andExpect(status().isNotFound());
    String another = firstStart.issue();
    mvc.perform(get("/setup").param("token", another)).andExpect(status().isNotFound());
    assertThat(firstStart.closed()).isTrue();

    // The first administrator opens their invitation, and is the deployment's operator.
    String invitation = invitationTokenFor("ada@wessex.example");
    mvc.perform(get("/staff/invitation/" + invitation)).andExpect(status().isOk()).andExpect(content().string(containsString("Ada Admin")));
  }

  @Test
  void anOperatorAddsACouncilAndNoOneElseCan() throws Exception {
    var operator = MashTesting.named("Olu Operator", WEST_BERKSHIRE, "DEPLOYMENT_OPERATOR");
    var administrator = MashTesting.named("Ada Admin", WEST_BERKSHIRE, "COUNCIL_ADMINISTRATOR");
    mvc.perform(get("/staff/operator/councils/new").with(MashTesting.as(administrator))).andExpect(status().isForbidden());
    mvc.perform(post("/staff/operator/councils/new").with(csrf()).with(MashTesting.as(administrator)).param("name", "X"))
        .andExpect(status().isForbidden());

    mvc.perform(post("/staff/operator/councils/new").with(csrf()).with(MashTesting.as(operator))
            .param("name", "Mercia Council").param("slug", "west-berkshire").param("laCode", "991")
            .param("phone", "01632 960 002").param("email", "duty@mercia.example").param("adminName", "Meg Admin")
            .param("adminEmail", "call.handler@west-berkshire.demo"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("already uses west-berkshire")))
        .andExpect(content().string(containsString("Someone already signs in to Front Door with call.handler@west-berkshire.demo")));

    mvc.perform(post("/staff/operator/councils/new").with(csrf()).with(MashTesting.as(operator))
            .param("name", "Mercia Council").param("slug", "mercia").param("laCode", "991")
            .param("phone", "01632 960 002").param("email", "duty@mercia.example").param("adminName", "Meg Admin")
            .param("adminEmail", "meg@mercia.example"))
        .andExpect(redirectedUrl("/staff/operator/councils"));
    mvc.perform(get("/staff/operator/councils").with(MashTesting.as(operator)))
        .andExpect(content().string(containsString("Mercia Council")))
        .andExpect(content().string(containsString("991")));
    // The LA code is now Mercia's.
    mvc.perform(post("/staff/operator/councils/new").with(csrf()).with(MashTesting.as(operator))
            .param("name", "Mercia Two").param("slug", "mercia-two").param("laCode", "991")
            .param("phone", "01632 960 002").param("email", "duty@mercia.example").param("adminName", "Meg Admin")
            .param("adminEmail", "meg2@mercia.example"))
        .andExpect(content().string(containsString("Another council already has the local authority code 991")));
    assertThat(authorities.findBySlug("mercia")).isPresent();
    assertThat(jdbc.sql("SELECT roles FROM staff_user WHERE username = 'meg@mercia.example'")
            .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single())
        .containsExactly("COUNCIL_ADMINISTRATOR");
    assertThat(outbox("meg@mercia.example", "STAFF_INVITATION")).isEqualTo(1);
  }

  @Test
  void anInvitationSetsAPasswordOnceAndThenTheAppIsSetUp() throws Exception {
    var administrator = MashTesting.named("Ada Admin", WEST_BERKSHIRE, "COUNCIL_ADMINISTRATOR");
    mvc.perform(post("/staff/admin/invite").with(csrf()).with(MashTesting.as(administrator))
            .param("name", "Sam Worker").param("email", "sam.worker@west-berkshire.example").param("agency", "SOCIAL_CARE"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Select at least one role")))
        .andExpect(content().string(containsString("value=\"Sam Worker\"")));
    mvc.perform(post("/staff/admin/invite").with(csrf()).with(MashTesting.as(administrator))
            .param("name", "Sam Worker").param("email", "sam.worker@west-berkshire.example").param("agency", "SOCIAL_CARE")
            .param("roles", "MASH_SOCIAL_WORKER", "DEPLOYMENT_OPERATOR"))
        .andExpect(content().string(containsString("Select roles from the list")));
    mvc.perform(post("/staff/admin/invite").with(csrf()).with(MashTesting.as(administrator))
            .param("name", "Sam Worker").param("email", "Sam.Worker@west-berkshire.example").param("agency", "SOCIAL_CARE")
            .param("roles", "MASH_SOCIAL_WORKER", "EDT_WORKER"))
        .andExpect(redirectedUrl("/staff/admin"));
    mvc.perform(get("/staff/admin").with(MashTesting.as(administrator)))
        .andExpect(content().string(containsString("sam.worker@west-berkshire.example")))
        .andExpect(content().string(containsString("Invited")));
    String token = invitationTokenFor("sam.worker@west-berkshire.example");
    assertThat(jdbc.sql("SELECT count(*) FROM staff_invitation").query(Long.class).single())
        .as("the invitations are under row-level security: none without a council bound")
        .isZero();
    // No password until they set one.
    assertThat(jdbc.sql("SELECT password_hash IS NULL FROM staff_user WHERE username = 'sam.worker@west-berkshire.example'")
        .query(Boolean.class).single()).isTrue();

    mvc.perform(get("/staff/invitation/" + token)).andExpect(status().isOk()).andExpect(content().string(containsString("Sam Worker")));
    mvc.perform(post("/staff/invitation/" + token).with(csrf()).param("password", "short").param("confirm", "short"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Your password must be 12 characters or more")));
    mvc.perform(post("/staff/invitation/" + token).with(csrf()).param("password", "correct horse battery").param("confirm", "correct horse"))
        .andExpect(content().string(containsString("The passwords do not match")));
    Cookie session =
        mvc.perform(post("/staff/invitation/" + token).with(csrf())
                .param("password", "correct horse battery").param("confirm", "correct horse battery"))
            .andExpect(redirectedUrl("/staff/sign-in/set-up"))
            .andReturn().getResponse().getCookie("SESSION");
    // Straight on to setting up the app, as at a first sign-in; its first code signs them in.
    String page = mvc.perform(get("/staff/sign-in/set-up").cookie(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("sam.worker@west-berkshire.example")))
        .andReturn().getResponse().getContentAsString();
    Matcher key = Pattern.compile("id=\"key\">([A-Z2-7 ]+)<").matcher(page);
    assertThat(key.find()).isTrue();
    String code = Totp.code(Base32.decode(key.group(1).replace(" ", "")), Totp.step(clock.instant()));
    mvc.perform(post("/staff/sign-in/set-up").with(csrf()).cookie(session).param("code", code)).andExpect(redirectedUrl("/staff"));
    assertThat(jdbc.sql("SELECT last_signed_in_at FROM staff_user WHERE username = 'sam.worker@west-berkshire.example'")
        .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(clock.instant());

    // Once only.
    mvc.perform(get("/staff/invitation/" + token)).andExpect(status().isNotFound())
        .andExpect(content().string(containsString("This invitation link does not work")));
    mvc.perform(post("/staff/invitation/" + token).with(csrf()).param("password", "another long password").param("confirm", "another long password"))
        .andExpect(status().isNotFound());
    // The password set works at sign-in's first step, and the app set up is asked for next.
    mvc.perform(post("/staff/sign-in").with(csrf()).param("username", "sam.worker@west-berkshire.example").param("password", "correct horse battery"))
        .andExpect(redirectedUrl("/staff/sign-in/code"));
    UUID westBerkshire = WEST_BERKSHIRE;
    assertThat(audit.about(westBerkshire, StaffAdministration.SUBJECT, "sam.worker@west-berkshire.example")).extracting(AuditEntry::action)
        .containsExactly("STAFF_INVITED", "INVITATION_ACCEPTED");
  }

  @Test
  void anInvitationRunsOutAfterSevenDays() throws Exception {
    var administrator = MashTesting.named("Ada Admin", WEST_BERKSHIRE, "COUNCIL_ADMINISTRATOR");
    mvc.perform(post("/staff/admin/invite").with(csrf()).with(MashTesting.as(administrator))
            .param("name", "Lee Late").param("email", "lee.late@west-berkshire.example").param("agency", "POLICE")
            .param("roles", "PARTNER_PRACTITIONER"))
        .andExpect(redirectedUrl("/staff/admin"));
    String token = invitationTokenFor("lee.late@west-berkshire.example");
    clock.advance(Duration.ofDays(7).minusMinutes(1));
    mvc.perform(get("/staff/invitation/" + token)).andExpect(status().isOk());
    clock.advance(Duration.ofMinutes(2));
    mvc.perform(get("/staff/invitation/" + token)).andExpect(status().isNotFound());
    mvc.perform(post("/staff/invitation/" + token).with(csrf()).param("password", "correct horse battery").param("confirm", "correct horse battery"))
        .andExpect(status().isNotFound());
    assertThat(jdbc.sql("SELECT password_hash IS NULL FROM staff_user WHERE username = 'lee.late@west-berkshire.example'")
        .query(Boolean.class).single()).isTrue();

    // The administrator sends a new one, which works; an administrator of another council cannot.
    UUID lee = jdbc.sql("SELECT id FROM staff_user WHERE username = 'lee.late@west-berkshire.example'").query(UUID.class).single();
    mvc.perform(post("/staff/admin/" + lee + "/invite-again").with(csrf())
            .with(MashTesting.as(MashTesting.named("Oxo Admin", UUID.fromString("00000000-0000-4000-8000-000000000001"), "COUNCIL_ADMINISTRATOR"))))
        .andExpect(status().isNotFound());
    mvc.perform(post("/staff/admin/" + lee + "/invite-again").with(csrf()).with(MashTesting.as(administrator)))
        .andExpect(redirectedUrl("/staff/admin"));
    String again = invitationTokenFor("lee.late@west-berkshire.example");
    assertThat(again).isNotEqualTo(token);
    mvc.perform(get("/staff/invitation/" + again)).andExpect(status().isOk());
    mvc.perform(get("/staff/invitation/" + token)).andExpect(status().isNotFound());
    assertThat(outbox("lee.late@west-berkshire.example", "STAFF_INVITATION")).isEqualTo(2);
  }
}
