package uk.frontdoor.referral.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.frontdoor.mash.MashTesting.as;
import static uk.frontdoor.mash.MashTesting.named;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.referral.ReferralApiIT;
import uk.frontdoor.referral.internal.Hashes;

/**
 * A council administrator issues a partner organisation an API key, which is shown once and then
 * sends referrals, and revokes it, after which it is refused. Another council's administrator
 * neither sees nor revokes it; other staff may not manage keys at all.
 */
@IntegrationTest
class PartnerKeysIT {

  static final UUID NORTHAMPTONSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000004");
  static final UUID BRACKNELL_FOREST = UUID.fromString("00000000-0000-4000-8000-000000000002");

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;

  final StaffUser admin = named("Ada Admin", NORTHAMPTONSHIRE, "COUNCIL_ADMINISTRATOR");
  final StaffUser otherAdmin = named("Olu Other", BRACKNELL_FOREST, "COUNCIL_ADMINISTRATOR");

  private int sendReferral(String key) throws Exception {
    return send(key).statusCode();
  }

  private HttpResponse<String> send(String key) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/northamptonshire/referrals"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(ReferralApiIT.EXAMPLE))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private int statusOf(String reference, String key) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/northamptonshire/referrals/" + reference))
                .header("Authorization", "Bearer " + key)
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  private String issue(String organisation) throws Exception {
    String page =
        mvc.perform(post("/staff/admin/api-keys").with(csrf()).with(as(admin)).param("organisation", organisation))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Matcher shown = Pattern.compile("fd_[A-Za-z0-9_-]{43}").matcher(page);
    assertThat(shown.find()).isTrue();
    return shown.group();
  }

  @Test
  void anOrganisationWhoseKeyWasReplacedStillSeesTheStatusOfWhatItSent() throws Exception {
    String organisation = "Corby Health Centre " + UUID.randomUUID();
    String first = issue(organisation);
    HttpResponse<String> sent = send(first);
    assertThat(sent.statusCode()).isEqualTo(201);
    Matcher reference = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"").matcher(sent.body());
    assertThat(reference.find()).isTrue();
    mvc.perform(post("/staff/admin/api-keys/" + idOf(first) + "/revoke").with(csrf()).with(as(admin)))
        .andExpect(redirectedUrl("/staff/admin/api-keys"));

    String replacement = issue(organisation.toUpperCase());
    String someoneElse = issue("Wellingborough School " + UUID.randomUUID());
    assertThat(statusOf(reference.group(1), first)).as("the revoked key").isEqualTo(401);
    assertThat(statusOf(reference.group(1), replacement)).as("the same organisation's new key").isEqualTo(200);
    assertThat(statusOf(reference.group(1), someoneElse)).as("another organisation").isEqualTo(404);
    assertThat(statusOf(reference.group(1), "demo-northamptonshire")).as("the council's demo partner").isEqualTo(404);
  }

  private UUID idOf(String key) {
    return jdbc.sql("SELECT id FROM partner_api_key WHERE key_sha256 = ?").param(Hashes.sha256(key)).query(UUID.class).single();
  }

  @Test
  void anAdministratorIssuesAKeyThatSendsReferralsUntilItIsRevoked() throws Exception {
    String organisation = "Kettering Academy " + UUID.randomUUID();
    MvcResult issued =
        mvc.perform(post("/staff/admin/api-keys").with(csrf()).with(as(admin)).param("organisation", "  " + organisation + " "))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", containsString("no-store")))
            .andExpect(content().string(allOf(containsString("It will not be shown again"), containsString(organisation))))
            .andReturn();
    Matcher shown = Pattern.compile("fd_[A-Za-z0-9_-]{43}").matcher(issued.getResponse().getContentAsString());
    assertThat(shown.find()).as("a recognisable prefix and 32 random bytes in base64url, shown once").isTrue();
    String key = shown.group();
    UUID id = idOf(key);
    assertThat(jdbc.sql("SELECT authority_id, organisation, key_sha256 FROM partner_api_key WHERE id = ?").param(id).query().singleRow())
        .as("only the hash is stored, for the administrator's council")
        .containsEntry("authority_id", NORTHAMPTONSHIRE)
        .containsEntry("organisation", organisation)
        .containsEntry("key_sha256", Hashes.sha256(key));
    assertThat(jdbc.sql("SELECT count(*) FROM spring_session_attributes WHERE position(convert_to(?, 'UTF8') IN attribute_bytes) > 0")
            .param(key).query(Long.class).single())
        .as("the key is not kept in any session").isZero();

    mvc.perform(get("/staff/admin/api-keys").with(as(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString(organisation), containsString("27 November 2026"), containsString("Active"),
            containsString("Demo partner system for Northamptonshire"), containsString("/staff/admin/api-keys/" + id + "/revoke"))))
        .andExpect(content().string(allOf(not(containsString(key)), not(containsString(Hashes.sha256(key))), not(containsString("Bracknell")))));

    assertThat(sendReferral(key)).as("the new key sends a referral").isEqualTo(201);

    mvc.perform(get("/staff/admin/api-keys").with(as(otherAdmin)))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Demo partner system for Bracknell Forest"), not(containsString(organisation)),
            not(containsString(id.toString())), not(containsString("Northamptonshire")))));
    mvc.perform(get("/staff/admin/api-keys/" + id + "/revoke").with(as(otherAdmin))).andExpect(status().isNotFound());
    mvc.perform(post("/staff/admin/api-keys/" + id + "/revoke").with(csrf()).with(as(otherAdmin))).andExpect(status().isNotFound());
    assertThat(sendReferral(key)).as("another council's administrator did not revoke it").isEqualTo(201);

    mvc.perform(get("/staff/admin/api-keys/" + id + "/revoke").with(as(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("Revoke the key for " + organisation), containsString("Revoke key"))));
    mvc.perform(post("/staff/admin/api-keys/" + id + "/revoke").with(csrf()).with(as(admin)))
        .andExpect(redirectedUrl("/staff/admin/api-keys"))
        .andExpect(flash().attribute("done", containsString("The key for " + organisation + " is revoked")));
    assertThat(sendReferral(key)).as("a revoked key is refused").isEqualTo(401);
    assertThat(sendReferral("demo-northamptonshire")).as("the council's other keys still work").isEqualTo(201);
    mvc.perform(get("/staff/admin/api-keys").with(as(admin)))
        .andExpect(content().string(allOf(containsString("Revoked 27 November 2026"), not(containsString("/staff/admin/api-keys/" + id + "/revoke")))));
    mvc.perform(post("/staff/admin/api-keys/" + id + "/revoke").with(csrf()).with(as(admin)))
        .andExpect(redirectedUrl("/staff/admin/api-keys"));
    mvc.perform(get("/staff/admin/api-keys/" + id + "/revoke").with(as(admin)))
        .andExpect(redirectedUrl("/staff/admin/api-keys"));

    assertThat(audit.about(NORTHAMPTONSHIRE, PartnerKeys.SUBJECT, id.toString()))
        .as("issued and revoked once: revoking it again changes nothing")
        .extracting(AuditEntry::actorName, AuditEntry::action, AuditEntry::detail)
        .containsExactly(
            Tuple.tuple("Ada Admin", "PARTNER_API_KEY_ISSUED", organisation),
            Tuple.tuple("Ada Admin", "PARTNER_API_KEY_REVOKED", organisation));
    assertThat(audit.about(BRACKNELL_FOREST, PartnerKeys.SUBJECT, id.toString())).isEmpty();
  }

  @Test
  void anInvalidOrganisationNameIsShownWithItsErrorAndKept() throws Exception {
    long keysBefore = jdbc.sql("SELECT count(*) FROM partner_api_key").query(Long.class).single();
    mvc.perform(post("/staff/admin/api-keys").with(csrf()).with(as(admin)).param("organisation", "   "))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("<title>Error: Partner API keys"), containsString("There is a problem"),
            containsString("<a href=\"#organisation\">Enter the name of the partner organisation</a>"),
            containsString("id=\"organisation-error\""))));
    String tooLong = "A".repeat(201);
    mvc.perform(post("/staff/admin/api-keys").with(csrf()).with(as(admin)).param("organisation", tooLong))
        .andExpect(status().isOk())
        .andExpect(content().string(allOf(containsString("The organisation’s name must be 200 characters or fewer"),
            containsString("value=\"" + tooLong + "\""))));
    // A NUL never gets this far (ADR 0011 removes it from every parameter); a line break does.
    mvc.perform(post("/staff/admin/api-keys").with(csrf()).with(as(admin)).param("organisation", "Kettering\nAcademy"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The organisation’s name must be on one line, without special characters")));
    assertThat(jdbc.sql("SELECT count(*) FROM partner_api_key").query(Long.class).single()).as("nothing issued").isEqualTo(keysBefore);
  }

  @Test
  void onlyACouncilAdministratorManagesKeys() throws Exception {
    UUID demoKey = idOf("demo-northamptonshire");
    for (String role : List.of("MASH_MANAGER", "MASH_SOCIAL_WORKER", "CALL_HANDLER", "LADO")) {
      StaffUser someone = named("Sam Staff", NORTHAMPTONSHIRE, role);
      mvc.perform(get("/staff/admin/api-keys").with(as(someone))).andExpect(status().isForbidden());
      mvc.perform(post("/staff/admin/api-keys").with(csrf()).with(as(someone)).param("organisation", "Anyone"))
          .andExpect(status().isForbidden());
      mvc.perform(get("/staff/admin/api-keys/" + demoKey + "/revoke").with(as(someone))).andExpect(status().isForbidden());
      mvc.perform(post("/staff/admin/api-keys/" + demoKey + "/revoke").with(csrf()).with(as(someone))).andExpect(status().isForbidden());
    }
    assertThat(sendReferral("demo-northamptonshire")).isEqualTo(201);
  }
}
