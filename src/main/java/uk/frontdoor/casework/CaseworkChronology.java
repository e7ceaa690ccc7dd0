package uk.frontdoor.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The chronology's entries from casework's own records: child and family assessments (started, the
 * child seen, authorised), visits done, and plans started, reviewed and ended.
 */
@Component
record CaseworkChronology(JdbcClient jdbc, Visits visits, Plans plans) implements ChronologySource {

  @Override
  public List<ChronologyEntry> entries(UUID authorityId, Episode episode, String page) {
    List<ChronologyEntry> entries = new ArrayList<>();
    entries.addAll(assessments(authorityId, episode, page + "/assessment"));
    for (Visit visit : visits.of(authorityId, episode.id())) {
      if (visit.doneOn() != null) {
        String seen =
            Boolean.TRUE.equals(visit.seenAlone()) ? "The child was seen alone."
                : Boolean.TRUE.equals(visit.childSeen()) ? "The child was seen, not alone." : "The child was not seen.";
        entries.add(ChronologyEntry.onDay("visit:" + visit.id(), visit.doneOn(), "Visit",
            "Visit: " + seen + (visit.whoSeen() == null ? "" : " Seen: " + visit.whoSeen() + ".")
                + (visit.observed() == null ? "" : "\n" + visit.observed()),
            "", page));
      }
    }
    for (Plan plan : plans.of(authorityId, episode.id())) {
      String name = plan.kind().label();
      entries.add(ChronologyEntry.onDay("plan:" + plan.id() + ":start", plan.startedOn(), "Plan", name + " started", plan.startedByName(), page));
      int n = 0;
      for (Plan.Review review : plan.reviews()) {
        entries.add(ChronologyEntry.onDay("plan:" + plan.id() + ":review:" + ++n, review.heldOn(), "Plan",
            name + " reviewed: " + review.decided(), review.byName(), page));
      }
      if (plan.endedOn() != null) {
        entries.add(ChronologyEntry.onDay("plan:" + plan.id() + ":end", plan.endedOn(), "Plan",
            name + " ended" + (plan.endReason() == null ? "" : ": " + plan.endReason()), "", page));
      }
    }
    return entries;
  }

  private List<ChronologyEntry> assessments(UUID authorityId, Episode episode, String page) {
    List<ChronologyEntry> entries = new ArrayList<>();
    jdbc.sql(
            """
            SELECT id, start_date, started_by_name, child_seen, seen_date, seen_alone, not_seen_reason, outcome,
                   authorised_at, authorised_by_name
            FROM casework_assessment WHERE authority_id = ? AND episode_id = ?
            """)
        .params(authorityId, episode.id())
        .query((rs, n) -> {
          String key = "assessment:" + rs.getObject("id", UUID.class);
          LocalDate started = rs.getObject("start_date", LocalDate.class);
          if (started != null) {
            entries.add(ChronologyEntry.onDay(key + ":start", started, "Assessment", "Child and family assessment started", rs.getString("started_by_name"), page));
          }
          LocalDate seen = rs.getObject("seen_date", LocalDate.class);
          if (seen != null && Boolean.TRUE.equals(rs.getObject("child_seen", Boolean.class))) {
            entries.add(ChronologyEntry.onDay(key + ":seen", seen, "Assessment",
                "The child was seen for the assessment" + (rs.getBoolean("seen_alone") ? ", alone" : ", not alone"), "", page));
          }
          java.sql.Timestamp authorised = rs.getTimestamp("authorised_at");
          if (authorised != null) {
            String outcome = rs.getString("outcome");
            entries.add(new ChronologyEntry(key + ":authorised", authorised.toInstant(), false, "Assessment",
                "Child and family assessment authorised"
                    + (outcome == null ? "" : ". Outcome: " + AssessmentOutcome.valueOf(outcome).label()),
                rs.getString("authorised_by_name"), page, false));
          }
          return key;
        })
        .list();
    return entries;
  }

}
