package uk.frontdoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.referral.internal.ReferralRetention;

/**
 * Public reporters' drafts are kept under the council's row-level security, not in the session
 * table, and go after 2 hours idle; professionals' drafts 30 days after their last change; sign-in
 * codes and counts after a day.
 */
@IntegrationTest
class ReportDraftsIT {

  static final UUID WEST_BERKSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000005");
  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;
  @Autowired ReferralRetention retention;
  @Autowired Clock clock;

  private Cookie session;

  private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
    if (session != null) {
      request.cookie(session);
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    if (response.getCookie("SESSION") != null) {
      session = response.getCookie("SESSION");
    }
    return response;
  }

  private MockHttpServletResponse post(String path, String... params) throws Exception {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return perform(request);
  }

  private <T> T in(UUID council, Supplier<T> work) {
    return transactions.execute(
        status -> {
          if (council != null) {
            tenancy.bind(council);
          }
          return work.get();
        });
  }

  private long draftsHolding(UUID council, String text) {
    return in(
        council,
        () ->
            jdbc.sql("SELECT count(*) FROM public_report_draft WHERE position(convert_to(?, 'UTF8') IN content) > 0")
                .param(text)
                .query(Long.class)
                .single());
  }

  private long sessionAttributesHolding(String text) {
    return jdbc.sql("SELECT count(*) FROM spring_session_attributes WHERE position(convert_to(?, 'UTF8') IN attribute_bytes) > 0")
        .param(text)
        .query(Long.class)
        .single();
  }

  private void idleFor(String text, Duration idle) {
    in(
        WEST_BERKSHIRE,
        () ->
            jdbc.sql("UPDATE public_report_draft SET updated_at = ? WHERE position(convert_to(?, 'UTF8') IN content) > 0")
                .params(Timestamp.from(clock.instant().minus(idle)), text)
                .update());
  }

  @Test
  void aPublicDraftIsKeptInTheCouncilsOwnRowsAndNotInTheSession() throws Exception {
    String name = "Draftina" + UUID.randomUUID().toString().substring(0, 6);
    post("/west-berkshire/report-online/danger", "danger", "no");
    post("/west-berkshire/report-online/child", "firstName", name);
    post("/west-berkshire/report-online/children", "addAnother", "no");

    assertThat(draftsHolding(WEST_BERKSHIRE, name)).isEqualTo(1);
    assertThat(draftsHolding(OXFORDSHIRE, name)).as("another council's transaction").isZero();
    assertThat(draftsHolding(null, name)).as("a transaction bound to no council").isZero();
    assertThat(sessionAttributesHolding(name)).as("the session table").isZero();

    String page = perform(MockMvcRequestBuilders.get("/west-berkshire/report-online/children")).getContentAsString();
    assertThat(page).as("the draft comes back on the next page").contains(name);
  }

  @Test
  void aShortRouteDraftIsKeptTheSameWay() throws Exception {
    String words = "Shortina" + UUID.randomUUID().toString().substring(0, 6);
    String base = "/west-berkshire/tell-us/child-or-young-person/";
    post(base + "danger", "danger", "no");
    post(base + "name", "name", words);
    assertThat(perform(MockMvcRequestBuilders.get(base + "name")).getContentAsString()).contains(words);
    assertThat(draftsHolding(WEST_BERKSHIRE, words)).isEqualTo(1);
    assertThat(sessionAttributesHolding(words)).isZero();
  }

  @Test
  void aPublicDraftIdleForTwoHoursIsGoneAndOneIdleForLessIsKept() throws Exception {
    String kept = "Keepina" + UUID.randomUUID().toString().substring(0, 6);
    post("/west-berkshire/report-online/danger", "danger", "no");
    post("/west-berkshire/report-online/child", "firstName", kept);
    idleFor(kept, Duration.ofMinutes(119));
    Cookie keptSession = session;

    session = null;
    String lapsed = "Lapsina" + UUID.randomUUID().toString().substring(0, 6);
    post("/west-berkshire/report-online/danger", "danger", "no");
    post("/west-berkshire/report-online/child", "firstName", lapsed);
    idleFor(lapsed, Duration.ofMinutes(121));

    assertThat(perform(MockMvcRequestBuilders.get("/west-berkshire/report-online/children")).getContentAsString())
        .as("a lapsed draft is not loaded, even before the sweep")
        .doesNotContain(lapsed);

    assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);
    assertThat(draftsHolding(WEST_BERKSHIRE, lapsed)).isZero();
    assertThat(draftsHolding(WEST_BERKSHIRE, kept)).isEqualTo(1);
    session = keptSession;
    assertThat(perform(MockMvcRequestBuilders.get("/west-berkshire/report-online/children")).getContentAsString()).contains(kept);
  }

  @Test
  void professionalDraftsGoThirtyDaysAfterTheirLastChangeAndSignInCodesAfterADay() {
    UUID account = UUID.randomUUID();
    jdbc.sql("INSERT INTO professional_account (id, email, created_at) VALUES (?, ?, ?)")
        .params(account, "retention-" + account + "@example.org", Timestamp.from(clock.instant()))
        .update();
    UUID old = UUID.randomUUID();
    UUID oldSent = UUID.randomUUID();
    UUID recent = UUID.randomUUID();
    in(
        OXFORDSHIRE,
        () -> {
          for (Object[] draft :
              new Object[][] {{old, 31, null}, {oldSent, 31, "FD-SENT"}, {recent, 29, null}}) {
            Timestamp at = Timestamp.from(clock.instant().minus(Duration.ofDays((Integer) draft[1])));
            jdbc.sql(
                    """
                    INSERT INTO professional_draft (authority_id, id, account_id, answers, created_at, updated_at, reference)
                    VALUES (?, ?, ?, '{}', ?, ?, ?)
                    """)
                .params(OXFORDSHIRE, draft[0], account, at, at, draft[2])
                .update();
          }
          return null;
        });
    UUID staleCode = UUID.randomUUID();
    UUID liveCode = UUID.randomUUID();
    jdbc.sql("INSERT INTO professional_sign_in_code (id, email, code_sha256, expires_at) VALUES (?, 'a@example.org', 'x', ?), (?, 'a@example.org', 'x', ?)")
        .params(staleCode, Timestamp.from(clock.instant().minus(Duration.ofHours(25))),
            liveCode, Timestamp.from(clock.instant().minus(Duration.ofHours(23))))
        .update();

    retention.deleteExpired();

    assertThat(
            in(
                OXFORDSHIRE,
                () ->
                    jdbc.sql("SELECT id FROM professional_draft WHERE account_id = ?").param(account).query(UUID.class).list()))
        .containsExactly(recent);
    assertThat(jdbc.sql("SELECT id FROM professional_sign_in_code WHERE id IN (?, ?)").params(staleCode, liveCode).query(UUID.class).list())
        .containsExactly(liveCode);
  }
}
