package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.frontdoor.IntegrationTest;

@IntegrationTest
class PlatformIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void healthIsUpWithNoMailServer() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
  }

  @Test
  void theEmbeddedDatabaseCommitsToDiskBeforeAnythingIsAcknowledged() {
    assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
    assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
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
        .andExpect(jsonPath("$.missing[?(@.authoritySlug == 'bracknell-forest' && @.detail =~ /.*EDS.*phone.*/)]").exists())
        .andExpect(jsonPath("$.missing[?(@.authoritySlug == 'northamptonshire' && @.detail =~ /Office hours.*/)]").exists());
  }
}
