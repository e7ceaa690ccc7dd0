package uk.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.platform.Tenancy;

/**
 * Every demo council has a year of closed episodes across the CIN census year 2025-26, each whole:
 * opened and closed in its status history, with its referral, its lead and a census reason, and a
 * chronology that reads; every allocated demo episode is in one of its council's teams.
 */
@IntegrationTest
class DemoCaseworkIT {

  static final List<UUID> COUNCILS =
      List.of(1, 2, 3, 4, 5).stream().map(n -> UUID.fromString("00000000-0000-4000-8000-00000000000" + n)).toList();

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;
  @Autowired Episodes episodes;
  @Autowired Chronology chronology;
  @Autowired Authorities authorities;

  private List<String> jdbcTeams(UUID council) {
    return transactions.execute(status -> {
      tenancy.bind(council);
      return jdbc.sql("SELECT DISTINCT team_code FROM casework_episode WHERE team_code IS NOT NULL AND id::text LIKE '00000000-0000-4000-9%'")
          .query(String.class)
          .list();
    });
  }

  record Year(long closed, long whole, LocalDate first, LocalDate last, long reasons, long childInNeed) {}

  @Test
  void everyCouncilHasAYearOfClosedEpisodesEachWhole() {
    for (UUID council : COUNCILS) {
      Year year =
          transactions.execute(
              status -> {
                tenancy.bind(council);
                return jdbc.sql(
                        """
                        SELECT count(*) AS closed,
                               count(*) FILTER (WHERE lead_id IS NOT NULL AND closed_at > opened_at
                                 AND (SELECT count(*) FROM casework_episode_status_change s WHERE s.episode_id = e.id) = 2
                                 AND EXISTS (SELECT 1 FROM casework_episode_referral r WHERE r.episode_id = e.id
                                             AND r.received_on = e.referral_date)) AS whole,
                               min(referral_date) AS first, max(referral_date) AS last,
                               count(DISTINCT closure_reason) AS reasons,
                               count(*) FILTER (WHERE level = 'CHILD_IN_NEED' AND primary_need IS NOT NULL) AS child_in_need
                        FROM casework_episode e
                        WHERE status = 'CLOSED' AND referral_date BETWEEN DATE '2025-04-01' AND DATE '2026-03-31'
                        """)
                    .query((rs, n) -> new Year(rs.getLong("closed"), rs.getLong("whole"), rs.getObject("first", LocalDate.class),
                        rs.getObject("last", LocalDate.class), rs.getLong("reasons"), rs.getLong("child_in_need")))
                    .single();
              });
      assertThat(year.closed()).as("closed episodes in the year, council %s", council).isGreaterThanOrEqualTo(48);
      assertThat(year.whole()).as("each with its history, referral and lead").isEqualTo(year.closed());
      assertThat(year.first()).isBefore(LocalDate.of(2025, 4, 15));
      assertThat(year.last()).isAfter(LocalDate.of(2026, 2, 28));
      assertThat(year.reasons()).as("the reasons councils use most").isGreaterThanOrEqualTo(4);
      assertThat(year.childInNeed()).as("children in need with a primary need").isGreaterThanOrEqualTo(36);
    }
    // Every allocated demo episode is in a team of its own council, by the team's code and name in the council's document.
    for (UUID council : COUNCILS) {
      List<String> teams = authorities.get(council).distinctTeams().stream().map(t -> t.code() + " " + t.name()).toList();
      List<String> allocated =
          transactions.execute(
              status -> {
                tenancy.bind(council);
                return jdbc.sql("SELECT coalesce(team_code || ' ' || team_name, 'none') FROM casework_episode"
                        + " WHERE lead_id IS NOT NULL AND (id::text LIKE '00000000-0000-4000-9%' OR id::text LIKE '00000000-0000-4000-7%')")
                    .query(String.class)
                    .list();
              });
      assertThat(allocated).as("the allocated demo episodes of %s", council).hasSizeGreaterThan(48).allMatch(teams::contains);
    }
    assertThat(jdbcTeams(COUNCILS.get(0))).as("Oxfordshire's early help in its locality service, the rest in the MASH")
        .containsExactlyInAnyOrder("LCSS", "MASH");
    UUID oxfordshire = COUNCILS.get(0);
    UUID one =
        transactions.execute(
            status -> {
              tenancy.bind(oxfordshire);
              return jdbc.sql("SELECT id FROM casework_episode WHERE id::text LIKE '00000000-0000-4000-9_01-%' ORDER BY referral_date LIMIT 1")
                  .query(UUID.class)
                  .single();
            });
    Episode episode = episodes.find(oxfordshire, one).orElseThrow();
    assertThat(chronology.of(oxfordshire, episode)).extracting(ChronologyEntry::what)
        .anyMatch(what -> what.startsWith("Opened"))
        .anyMatch(what -> what.startsWith("Open to Closed"));
  }
}
