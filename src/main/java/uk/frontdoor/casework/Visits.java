package uk.frontdoor.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.workflow.MoveRefusedException;
import uk.frontdoor.platform.workflow.Moves;
import uk.frontdoor.platform.workflow.StatusTable;

/**
 * Visits to the child on an episode: planned, then recorded as done or cancelled, each move kept
 * in the visit's history and each change audited on the episode. The next visit's due date, from
 * the last done visit and the council's frequency, is in {@link Dues}.
 */
@Service
public record Visits(JdbcClient jdbc, Tenancy tenancy, Episodes episodes, Moves moves, Clock clock,
    Transactions transactions) {

  /** Visits and their status history, moved by {@link VisitStatus#WORKFLOW}. */
  public static final StatusTable<VisitStatus, VisitStatus.Command> VISITS =
      new StatusTable<>(VisitStatus.WORKFLOW, "casework_visit", "casework_visit_status_change", "visit_id");

  private static final String COLUMNS =
      "id, episode_id, status, planned_on, done_on, who_seen, child_seen, seen_alone, observed, cancel_reason, planned_by_name";

  /**
   * What a done visit found.
   *
   * @param seenAlone false if the child was not seen
   */
  public record Found(LocalDate on, String whoSeen, boolean childSeen, boolean seenAlone, String observed) {
    public Found {
      seenAlone = childSeen && seenAlone;
    }
  }

  /**
   * Whether the member of staff may record visits and plans on the episode: a team manager or a
   * social worker; a Family Help practitioner only on an episode they lead.
   */
  public static boolean mayRecord(StaffUser me, Episode episode) {
    return me.roles().contains("TEAM_MANAGER")
        || me.roles().contains("SOCIAL_WORKER")
        || (me.roles().contains("FAMILY_HELP") && me.id().equals(episode.leadId()));
  }

  /** Makes a change to an open episode on which the member of staff may record visits and plans: NOT_ELIGIBLE for anyone else. */
  static Result toRecordable(Episodes episodes, StaffUser by, UUID episodeId, Function<Episode, Result> change) {
    return episodes.toOpen(by, episodeId, episode -> mayRecord(by, episode) ? change.apply(episode) : Result.NOT_ELIGIBLE);
  }

  /** The episode's visits, the latest first. */
  public List<Visit> of(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT " + COLUMNS + " FROM casework_visit WHERE authority_id = ? AND episode_id = ?"
                + " ORDER BY coalesce(done_on, planned_on) DESC, created_at DESC")
        .param(episodeId)
        .query(Visits::visit)
        .list());
  }

  /** One of the episode's visits. */
  public Optional<Visit> find(UUID authorityId, UUID episodeId, UUID visitId) {
    return transactions.read(() -> tenancy.sql(authorityId, "SELECT " + COLUMNS + " FROM casework_visit WHERE authority_id = ? AND episode_id = ? AND id = ?")
        .params(episodeId, visitId)
        .query(Visits::visit)
        .optional());
  }

  /** Plans a visit for a day. */
  public Result plan(StaffUser by, UUID episodeId, LocalDate on) {
    return transactions.write(() -> toRecordable(episodes, by, episodeId, episode -> {
      store(by, episode, on);
      episodes.record(by, "VISIT_PLANNED", episode, "Visit planned for " + on);
      return Result.DONE;
    }));
  }

  /**
   * Records a visit as done: a planned one (its id), or one not planned (a null id), which arrives
   * planned for the day it was done and is recorded at once.
   */
  public Result record(StaffUser by, UUID episodeId, UUID visitId, Found found) {
    return transactions.write(() -> toRecordable(episodes, by, episodeId, episode -> {
      UUID id = visitId == null ? store(by, episode, found.on()) : visitId;
      return move(by, episodeId, id, VisitStatus.Command.RECORD, "Visited on " + found.on(), visit -> {
        jdbc.sql(
                """
                UPDATE casework_visit SET done_on = ?, who_seen = ?, child_seen = ?, seen_alone = ?, observed = ?
                WHERE authority_id = ? AND id = ?
                """)
            .params(found.on(), found.whoSeen(), found.childSeen(), found.seenAlone(), found.observed(), by.authorityId(), id)
            .update();
        episodes.record(by, "VISIT_RECORDED", episode,
            "Visit on " + found.on() + ": " + (found.childSeen() ? (found.seenAlone() ? "child seen alone" : "child seen, not alone") : "child not seen"));
      });
    }));
  }

  /** Cancels a planned visit, saying why. */
  public Result cancel(StaffUser by, UUID episodeId, UUID visitId, String reason) {
    return transactions.write(() -> toRecordable(episodes, by, episodeId, episode ->
        move(by, episodeId, visitId, VisitStatus.Command.CANCEL, reason, visit -> {
          jdbc.sql("UPDATE casework_visit SET cancel_reason = ? WHERE authority_id = ? AND id = ?")
              .params(reason, by.authorityId(), visitId)
              .update();
          episodes.record(by, "VISIT_CANCELLED", episode, "Visit planned for " + visit.plannedOn() + " cancelled: " + reason);
        })));
  }

  /**
   * Moves one of the episode's visits by the command, then records what goes with the move: DONE;
   * NOT_FOUND for no such visit, WRONG_STAGE for one the command cannot move (now, or meanwhile).
   */
  private Result move(StaffUser by, UUID episodeId, UUID visitId, VisitStatus.Command command, String reason, Consumer<Visit> then) {
    Optional<Visit> visit = find(by.authorityId(), episodeId, visitId);
    if (visit.isEmpty()) {
      return Result.NOT_FOUND;
    }
    if (!moved(by, visit.get(), command, reason)) {
      return Result.WRONG_STAGE;
    }
    then.accept(visit.get());
    return Result.DONE;
  }

  private boolean moved(StaffUser by, Visit visit, VisitStatus.Command command, String reason) {
    if (!VisitStatus.WORKFLOW.allowed(visit.status(), command)) {
      return false;
    }
    try {
      moves.move(VISITS, by.authorityId(), visit.id(), visit.status(), command, Episodes.actor(by), reason);
      return true;
    } catch (MoveRefusedException movedMeanwhile) {
      return false;
    }
  }

  /** Stores a planned visit with its arrival in its status history, in one statement (ADR 0013). */
  private UUID store(StaffUser by, Episode episode, LocalDate on) {
    return jdbc.sql(
            """
            WITH visit AS (
              INSERT INTO casework_visit (authority_id, id, episode_id, status, planned_on, planned_by_id, planned_by_name, created_at)
              VALUES (:authority, gen_random_uuid(), :episode, :start, :on, :by, :byName, :at)
              RETURNING authority_id, id, created_at)
            INSERT INTO casework_visit_status_change (authority_id, visit_id, seq, at, from_status, to_status, actor_id, actor_name, reason)
            SELECT authority_id, id, 1, created_at, NULL, :start, :by, :byName, :why FROM visit
            RETURNING visit_id
            """)
        .param("authority", by.authorityId())
        .param("episode", episode.id())
        .param("start", VisitStatus.WORKFLOW.start().name())
        .param("on", on)
        .param("by", by.id())
        .param("byName", by.displayName())
        .param("at", Timestamp.from(clock.instant()))
        .param("why", "Planned for " + on)
        .query(UUID.class)
        .single();
  }

  static Visit visit(ResultSet rs, int n) throws SQLException {
    return new Visit(
        rs.getObject("id", UUID.class),
        rs.getObject("episode_id", UUID.class),
        VisitStatus.valueOf(rs.getString("status")),
        rs.getObject("planned_on", LocalDate.class),
        rs.getObject("done_on", LocalDate.class),
        rs.getString("who_seen"),
        (Boolean) rs.getObject("child_seen"),
        (Boolean) rs.getObject("seen_alone"),
        rs.getString("observed"),
        rs.getString("cancel_reason"),
        rs.getString("planned_by_name"));
  }
}
