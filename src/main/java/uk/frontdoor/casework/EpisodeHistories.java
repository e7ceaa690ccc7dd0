package uk.frontdoor.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.mash.Outcome;
import uk.frontdoor.platform.workflow.Moves;
import uk.frontdoor.platform.workflow.StatusChange;
import uk.frontdoor.platform.workflow.Workflow;

/**
 * Reads an episode's histories (its status moves, allocations, steps up and down and referrals)
 * as one, in the caller's transaction, bound to the council.
 */
@Component
record EpisodeHistories(JdbcClient jdbc, Moves moves) {

  /** The episode's referrals, oldest first. */
  List<EpisodeReferral> referrals(UUID authorityId, UUID episodeId) {
    return jdbc.sql(
            """
            SELECT referral_id, contact_id, reference, received_on, outcome, added_at, re_referral
            FROM casework_episode_referral WHERE authority_id = ? AND episode_id = ? ORDER BY seq
            """)
        .params(authorityId, episodeId)
        .query(
            (rs, n) ->
                new EpisodeReferral(
                    rs.getObject("referral_id", UUID.class),
                    rs.getObject("contact_id", UUID.class),
                    rs.getString("reference"),
                    rs.getObject("received_on", java.time.LocalDate.class),
                    Outcome.valueOf(rs.getString("outcome")),
                    rs.getTimestamp("added_at").toInstant(),
                    rs.getBoolean("re_referral")))
        .list();
  }

  /** Everything that happened to the episode, oldest first: status moves, allocations, steps up and down, referrals added. */
  List<HistoryLine> history(UUID authorityId, UUID episodeId) {
    List<HistoryLine> lines = new ArrayList<>();
    for (StatusChange<EpisodeStatus> change : moves.history(Episodes.EPISODES, authorityId, episodeId)) {
      String what =
          change.from() == null
              ? "Opened"
              : change.from().label() + " to " + change.to().label() + " (" + Workflow.words(EpisodeStatus.Command.valueOf(change.command())) + ")";
      lines.add(new HistoryLine(change.at(), what, change.actorName(), change.reason()));
    }
    jdbc.sql(
            """
            SELECT at, from_id, from_name, to_id, to_name, by_name, reason, from_team_name, to_team_name FROM casework_allocation
            WHERE authority_id = ? AND episode_id = ? ORDER BY seq
            """)
        .params(authorityId, episodeId)
        .query((rs, n) -> new HistoryLine(rs.getTimestamp("at").toInstant(), allocation(rs), rs.getString("by_name"), rs.getString("reason")))
        .list()
        .forEach(lines::add);
    jdbc.sql(
            """
            SELECT at, from_level, to_level, by_name, reason FROM casework_level_change
            WHERE authority_id = ? AND episode_id = ? ORDER BY seq
            """)
        .params(authorityId, episodeId)
        .query(
            (rs, n) -> {
              EpisodeLevel from = EpisodeLevel.valueOf(rs.getString("from_level"));
              EpisodeLevel to = EpisodeLevel.valueOf(rs.getString("to_level"));
              return new HistoryLine(
                  rs.getTimestamp("at").toInstant(),
                  (to == EpisodeLevel.CHILD_IN_NEED ? "Stepped up from " : "Stepped down from ")
                      + from.label().toLowerCase(java.util.Locale.UK) + " to " + to.label().toLowerCase(java.util.Locale.UK),
                  rs.getString("by_name"),
                  rs.getString("reason"));
            })
        .list()
        .forEach(lines::add);
    List<EpisodeReferral> referrals = referrals(authorityId, episodeId);
    for (int i = 1; i < referrals.size(); i++) {
      EpisodeReferral r = referrals.get(i);
      lines.add(new HistoryLine(
          r.addedAt(), "Referral " + (r.reference() == null ? "" : r.reference() + " ") + "added" + (r.reReferral() ? " (re-referral)" : ""),
          AuditLog.SYSTEM_NAME, "MASH decision: " + r.outcome().label()));
    }
    lines.sort(Comparator.comparing(HistoryLine::at));
    return lines;
  }

  /**
   * An allocation in words: "Allocated to Sam Patel (Assessment team)", "Reallocated from Sam
   * Patel to Jo Lee", or "Sam Patel moved from the Assessment team to the MASH" where only the team changed.
   */
  private static String allocation(ResultSet rs) throws SQLException {
    String from = rs.getString("from_name");
    String to = rs.getString("to_name");
    String fromTeam = rs.getString("from_team_name");
    String toTeam = rs.getString("to_team_name");
    if (from == null) {
      return "Allocated to " + to + Episodes.inTeam(toTeam);
    }
    if (rs.getObject("to_id", UUID.class).equals(rs.getObject("from_id", UUID.class)) && toTeam != null && !toTeam.equals(fromTeam)) {
      return to + " moved " + (fromTeam == null ? "" : "from " + fromTeam + " ") + "to " + toTeam;
    }
    return "Reallocated from " + from + Episodes.inTeam(fromTeam) + " to " + to + Episodes.inTeam(toTeam);
  }
}
