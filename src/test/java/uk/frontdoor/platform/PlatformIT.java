package uk.frontdoor.platform;

import static org.awaitility.Awaitility.await;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import uk.frontdoor.IntegrationTest;

@IntegrationTest
class PlatformIT {

  /**
   * Tables with a council's rows that the application must read before it knows the council: API
   * keys and staff accounts are looked up by key hash and by username at sign-in.
   */
  static final List<String> ALLOWED_WITHOUT_ROW_LEVEL_SECURITY =
      List.of("partner_api_key", "staff_user");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired EventPublicationRetention retention;
  @Autowired EventPublicationRepository publications;

  @Test
  void healthIsUpWithNoMailServer() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
  }

  @Test
  void readinessIncludesTheDatabaseAndTellsThePublicNoDetails() throws Exception {
    mvc.perform(get("/actuator/health/readiness"))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"status\":\"UP\"}", JsonCompareMode.STRICT));
  }

  @Test
  void prometheusMetricsAreOffUnlessSwitchedOn() throws Exception {
    assertThat(context.getBeanProvider(PrometheusScrapeEndpoint.class).getIfAvailable()).isNull();
    mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer ")).andExpect(status().isUnauthorized());
  }

  @Test
  void theEmbeddedDatabaseCommitsToDiskBeforeAnythingIsAcknowledged() {
    assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
    assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
  }

  @Test
  void completedEventPublicationsAreDeletedAfterThirtyDaysAndIncompleteOnesNever() {
    String marker = "retention-" + UUID.randomUUID();
    Instant now = clock.instant();
    publication(marker + "-completed-31-days-ago", now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(31)));
    publication(marker + "-completed-29-days-ago", now.minus(Duration.ofDays(40)), now.minus(Duration.ofDays(29)));
    publication(marker + "-never-completed", now.minus(Duration.ofDays(400)), null);

    assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);

    assertThat(
            jdbc.sql("SELECT serialized_event FROM event_publication WHERE serialized_event LIKE ? ORDER BY 1")
                .param(marker + "%")
                .query(String.class)
                .list())
        .containsExactly(marker + "-completed-29-days-ago", marker + "-never-completed");
  }

  @Test
  void completionMarksAreWrittenTogetherShortlyAfterAndStartMarksNotAtAll() throws Exception {
    assertThat(publications).isInstanceOf(EventCompletions.class);
    String marker = "completion-" + UUID.randomUUID();
    Instant now = clock.instant();
    List<UUID> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      publication(marker + "-" + i, now, null);
      ids.add(jdbc.sql("SELECT id FROM event_publication WHERE serialized_event = ?").param(marker + "-" + i).query(UUID.class).single());
    }
    jdbc.sql("UPDATE event_publication SET status = 'PUBLISHED' WHERE serialized_event LIKE ?").param(marker + "%").update();

    String states = "SELECT string_agg(coalesce(status, '-') || ' ' || (completion_date IS NOT NULL), ',') FROM event_publication WHERE serialized_event LIKE ?";
    ids.forEach(publications::markProcessing);
    assertThat(jdbc.sql(states).param(marker + "%").query(String.class).single())
        .as("the start of handling is not written").isEqualTo("PUBLISHED false,PUBLISHED false,PUBLISHED false");
    ids.forEach(id -> publications.markCompleted(id, now));

    await("completed, all three")
        .atMost(Duration.ofSeconds(5))
        .until(() -> jdbc.sql(states).param(marker + "%").query(String.class).single(),
            "COMPLETED true,COMPLETED true,COMPLETED true"::equals);
  }

  private void publication(String event, Instant published, Instant completed) {
    jdbc.sql(
            """
            INSERT INTO event_publication (id, listener_id, event_type, serialized_event,
                publication_date, completion_date)
            VALUES (gen_random_uuid(), 'test.Listener', 'test.Event', ?, ?, ?)
            """)
        .params(
            event,
            Timestamp.from(published),
            completed == null ? null : Timestamp.from(completed))
        .update();
  }

  @Test
  void theClockCanBeFixedBySetting() {
    assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-27T16:15:00Z"));
  }

  @Test
  void theApplicationConnectsAsARoleThatRowLevelSecurityBinds() {
    assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("frontdoor_app");
    assertThat(
            jdbc.sql("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class)
                .single())
        .isFalse();
  }

  @Test
  void everyTableWithACouncilsRowsIsUnderForcedRowLevelSecurity() {
    List<String> unguarded =
        jdbc.sql(
                """
                SELECT c.relname
                  FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
                  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'authority_id' AND NOT a.attisdropped
                 WHERE c.relkind = 'r' AND NOT (c.relrowsecurity AND c.relforcerowsecurity)
                 ORDER BY c.relname
                """)
            .query(String.class)
            .list();
    assertThat(unguarded).isEqualTo(ALLOWED_WITHOUT_ROW_LEVEL_SECURITY);
  }

  @Test
  void theApplicationCannotRewriteCouncilConfiguration() {
    assertThatThrownBy(() -> jdbc.sql("UPDATE authority SET name = 'x'").update())
        .rootCause()
        .hasMessageContaining("permission denied");
  }

  @Test
  void theDataCheckListsMissingContactDetails() throws Exception {
    mvc.perform(get("/actuator/authoritydata"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.missing[?(@.authoritySlug == 'west-berkshire' && @.detail =~ /.*CAAS.*phone.*/)]").exists())
        .andExpect(jsonPath("$.missing[?(@.authoritySlug == 'bracknell-forest' && @.detail =~ /.*EDS.*phone.*/)]").doesNotExist())
        // Each demo council has its colour; a council added in the product (other tests add some) is listed until it chooses one.
        .andExpect(jsonPath("$.missing[?(@.authoritySlug in ['oxfordshire', 'bracknell-forest', 'southampton', 'northamptonshire',"
            + " 'west-berkshire'] && @.detail =~ /Header colour.*/)]").doesNotExist())
        .andExpect(jsonPath("$.missing[?(@.authoritySlug == 'northamptonshire' && @.detail =~ /Office hours.*/)]").exists());
  }
}
