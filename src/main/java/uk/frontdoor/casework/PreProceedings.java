package uk.frontdoor.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.casework.PreProceedingsStatus.Command;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.workflow.MoveRefusedException;
import uk.frontdoor.platform.workflow.Moves;
import uk.frontdoor.platform.workflow.StatusTable;

/**
 * Family group decision-making and pre-proceedings on a child's open episode at child in need,
 * recorded by a social worker or team manager: each step moves the record by
 * {@link PreProceedingsStatus#WORKFLOW} (the move first, then its columns: ADR 0013), is audited on
 * the episode and appears in the chronology. One unfinished record an episode: a step after an
 * issue or an end starts a new one.
 */
@Service
public record PreProceedings(JdbcClient jdbc, Tenancy tenancy, Episodes episodes, Moves moves, Clock clock,
    Transactions transactions) {

  /** Pre-proceedings and their status history. */
  public static final StatusTable<PreProceedingsStatus, Command> RECORDS =
      new StatusTable<>(PreProceedingsStatus.WORKFLOW, "casework_pre_proceedings", "casework_pre_proceedings_status_change", "pre_proceedings_id");

  private static final String COLUMNS =
      "id, status, fgdm_offered_on, fgdm_accepted, fgdm_held_on, fgdm_outcome, letter_sent_on, letter_includes_fgdm_offer";

  /** What became of a step asked for. */
  public enum Result {
    DONE,
    NOT_FOUND,
    CLOSED,
    /** Only a social worker or team manager records pre-proceedings. */
    NOT_ELIGIBLE,
    /** Pre-proceedings belong to child in need. */
    WRONG_LEVEL,
    /** The step does not follow from where the record is, or someone else moved it first. */
    WRONG_STAGE,
    /** The Act's rule: no decision to issue care proceedings before an FGDM meeting has been offered. */
    FGDM_NOT_OFFERED,
    /** An FGDM meeting is held only once the family accepted the offer. */
    FGDM_NOT_ACCEPTED,
    FGDM_OFFERED_ALREADY,
    LETTER_SENT_ALREADY,
    /** Pre-proceedings meetings and decisions to continue follow the letter before proceedings. */
    LETTER_NOT_SENT
  }

  /** The episode's latest pre-proceedings, finished or not; empty if none was ever started. */
  public Optional<PreProceeding> latest(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> all(authorityId, episodeId).stream().reduce((earlier, later) -> later));
  }

  /** Every pre-proceedings of the episode, the oldest first: for the chronology. */
  public List<PreProceeding> all(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT " + COLUMNS + " FROM casework_pre_proceedings WHERE authority_id = ? AND episode_id = ? ORDER BY created_at, id")
        .param(episodeId)
        .query((rs, n) -> record(authorityId, rs))
        .list());
  }

  /** An FGDM meeting offered on the day, and whether the family accepted it. */
  public Result offerFgdm(StaffUser by, UUID episodeId, LocalDate on, boolean accepted) {
    return transactions.write(() -> step(by, episodeId, Command.OFFER_FGDM, "FGDM meeting offered on " + on,
        record -> record.fgdmOffered() ? Result.FGDM_OFFERED_ALREADY : null, (episode, record) -> {
      jdbc.sql("UPDATE casework_pre_proceedings SET fgdm_offered_on = ?, fgdm_accepted = ? WHERE authority_id = ? AND id = ?")
          .params(on, accepted, by.authorityId(), record.id())
          .update();
      episodes.record(by, "FGDM_OFFERED", episode, "Family group decision-making meeting offered on " + on + (accepted ? ", accepted" : ", declined"));
    }));
  }

  /** The FGDM meeting held on the day, and what came of it. */
  public Result holdFgdm(StaffUser by, UUID episodeId, LocalDate on, String outcome) {
    return transactions.write(() -> step(by, episodeId, Command.HOLD_FGDM, "FGDM meeting held on " + on,
        record -> Boolean.TRUE.equals(record.fgdmAccepted()) ? null : Result.FGDM_NOT_ACCEPTED,
        (episode, record) -> {
          jdbc.sql("UPDATE casework_pre_proceedings SET fgdm_held_on = ?, fgdm_outcome = ? WHERE authority_id = ? AND id = ?")
              .params(on, outcome, by.authorityId(), record.id())
              .update();
          episodes.record(by, "FGDM_HELD", episode, "Family group decision-making meeting held on " + on);
        }));
  }

  /**
   * The letter before proceedings sent on the day, saying whether it carried the FGDM offer. A
   * letter that carried it needs the offer recorded first (on the letter's day, if the letter made
   * it), with the family's answer: FGDM_NOT_OFFERED otherwise.
   */
  public Result sendLetter(StaffUser by, UUID episodeId, LocalDate on, boolean includesFgdmOffer) {
    return transactions.write(() -> step(by, episodeId, Command.SEND_LETTER, "Letter before proceedings sent on " + on,
        record -> record.letterSentOn() != null ? Result.LETTER_SENT_ALREADY
            : includesFgdmOffer && !record.fgdmOffered() ? Result.FGDM_NOT_OFFERED : null,
        (episode, record) -> {
          jdbc.sql("UPDATE casework_pre_proceedings SET letter_sent_on = ?, letter_includes_fgdm_offer = ? WHERE authority_id = ? AND id = ?")
              .params(on, includesFgdmOffer, by.authorityId(), record.id())
              .update();
          episodes.record(by, "LETTER_BEFORE_PROCEEDINGS", episode,
              "Letter before proceedings sent on " + on + (includesFgdmOffer ? ", with the FGDM offer" : ", without the FGDM offer"));
        }));
  }

  /** A pre-proceedings meeting held on the day. */
  public Result holdMeeting(StaffUser by, UUID episodeId, LocalDate on) {
    return transactions.write(() -> step(by, episodeId, Command.HOLD_MEETING, "Pre-proceedings meeting on " + on,
        record -> record.letterSentOn() == null ? Result.LETTER_NOT_SENT : null,
        (episode, record) -> {
          jdbc.sql(
                  """
                  INSERT INTO casework_pre_proceedings_meeting (authority_id, pre_proceedings_id, seq, held_on, by_id, by_name, at)
                  SELECT ?, ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ? FROM casework_pre_proceedings_meeting
                  WHERE authority_id = ? AND pre_proceedings_id = ?
                  """)
              .params(by.authorityId(), record.id(), on, by.id(), by.displayName(), Timestamp.from(clock.instant()), by.authorityId(), record.id())
              .update();
          episodes.record(by, "PRE_PROCEEDINGS_MEETING", episode, "Pre-proceedings meeting held on " + on);
        }));
  }

  /**
   * A decision on the day: to issue care proceedings (refused unless an FGDM meeting was offered),
   * to continue pre-proceedings (after the letter), or to end them, with the reason.
   */
  public Result decide(StaffUser by, UUID episodeId, LocalDate on, PreProceeding.Decision decision, String reason) {
    return transactions.write(() -> {
      Command command = switch (decision) {
        case ISSUE_CARE_PROCEEDINGS -> Command.ISSUE;
        case CONTINUE_PRE_PROCEEDINGS -> Command.CONTINUE;
        case END_PRE_PROCEEDINGS -> Command.END;
      };
      return step(by, episodeId, command, decision.label() + " on " + on + (reason == null ? "" : ": " + reason),
          record -> switch (decision) {
            case ISSUE_CARE_PROCEEDINGS -> record.fgdmOffered() ? null : Result.FGDM_NOT_OFFERED;
            case CONTINUE_PRE_PROCEEDINGS -> record.letterSentOn() == null ? Result.LETTER_NOT_SENT : null;
            case END_PRE_PROCEEDINGS -> null;
          },
          (episode, record) -> {
            jdbc.sql(
                    """
                    INSERT INTO casework_pre_proceedings_decision (authority_id, pre_proceedings_id, seq, decided_on, decision, reason,
                        by_id, by_name, at)
                    SELECT ?, ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?, ? FROM casework_pre_proceedings_decision
                    WHERE authority_id = ? AND pre_proceedings_id = ?
                    """)
                .params(by.authorityId(), record.id(), on, decision.name(), reason, by.id(), by.displayName(), Timestamp.from(clock.instant()),
                    by.authorityId(), record.id())
                .update();
            episodes.record(by, "PRE_PROCEEDINGS_DECISION", episode, decision.label() + " on " + on + (reason == null ? "" : ": " + reason));
          });
    });
  }

  /**
   * A step on the episode's unfinished pre-proceedings (started now if there is none): by a
   * social worker or team manager, on an open episode at child in need, if the table allows the
   * command and the guard (answering null) refuses nothing; the move first, then {@code then}.
   */
  private Result step(
      StaffUser by, UUID episodeId, Command command, String why, Function<PreProceeding, Result> guard,
      java.util.function.BiConsumer<Episode, PreProceeding> then) {
    if (!ProtectionTeams.mayChange(by)) {
      return Result.NOT_ELIGIBLE;
    }
    Optional<Episode> found = episodes.find(by.authorityId(), episodeId);
    if (found.isEmpty()) {
      return Result.NOT_FOUND;
    }
    Episode episode = found.get();
    if (!episode.open()) {
      return Result.CLOSED;
    }
    if (episode.level() != EpisodeLevel.CHILD_IN_NEED) {
      return Result.WRONG_LEVEL;
    }
    Optional<PreProceeding> latest = latest(by.authorityId(), episodeId).filter(p -> !p.status().finished());
    PreProceedingsStatus from = latest.map(PreProceeding::status).orElse(PreProceedingsStatus.WORKFLOW.start());
    if (!PreProceedingsStatus.WORKFLOW.allowed(from, command)) {
      return Result.WRONG_STAGE;
    }
    Result refused = guard.apply(latest.orElseGet(PreProceedings::empty));
    if (refused != null) {
      return refused;
    }
    UUID id = latest.map(PreProceeding::id).orElseGet(() -> start(by, episode));
    try {
      moves.move(RECORDS, by.authorityId(), id, from, command, Episodes.actor(by), why);
    } catch (MoveRefusedException movedMeanwhile) {
      return Result.WRONG_STAGE;
    }
    then.accept(episode, latest.orElseGet(() -> latest(by.authorityId(), episodeId).orElseThrow()));
    return Result.DONE;
  }

  /** Stores new pre-proceedings with their arrival in the status history, in one statement (ADR 0013), in the caller's transaction bound to the council; the id. */
  UUID start(StaffUser by, Episode episode) {
    return jdbc.sql(
            """
            WITH pp AS (
              INSERT INTO casework_pre_proceedings (authority_id, id, episode_id, status, started_by_id, started_by_name, created_at)
              VALUES (:authority, gen_random_uuid(), :episode, :start, :by, :byName, :at)
              RETURNING authority_id, id, created_at)
            INSERT INTO casework_pre_proceedings_status_change (authority_id, pre_proceedings_id, seq, at, from_status, to_status,
                actor_id, actor_name, reason)
            SELECT authority_id, id, 1, created_at, NULL, :start, :by, :byName, 'Started' FROM pp
            RETURNING pre_proceedings_id
            """)
        .param("authority", by.authorityId())
        .param("episode", episode.id())
        .param("start", PreProceedingsStatus.WORKFLOW.start().name())
        .param("by", by.id())
        .param("byName", by.displayName())
        .param("at", Timestamp.from(clock.instant()))
        .query(UUID.class)
        .single();
  }

  private static PreProceeding empty() {
    return new PreProceeding(null, PreProceedingsStatus.NOT_STARTED, null, null, null, null, null, null, List.of(), List.of());
  }

  private PreProceeding record(UUID authorityId, ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new PreProceeding(
        id,
        PreProceedingsStatus.valueOf(rs.getString("status")),
        rs.getObject("fgdm_offered_on", LocalDate.class),
        (Boolean) rs.getObject("fgdm_accepted"),
        rs.getObject("fgdm_held_on", LocalDate.class),
        rs.getString("fgdm_outcome"),
        rs.getObject("letter_sent_on", LocalDate.class),
        (Boolean) rs.getObject("letter_includes_fgdm_offer"),
        jdbc.sql("SELECT held_on FROM casework_pre_proceedings_meeting WHERE authority_id = ? AND pre_proceedings_id = ? ORDER BY seq")
            .params(authorityId, id)
            .query(LocalDate.class)
            .list(),
        jdbc.sql(
                "SELECT decided_on, decision, reason, by_name FROM casework_pre_proceedings_decision"
                    + " WHERE authority_id = ? AND pre_proceedings_id = ? ORDER BY seq")
            .params(authorityId, id)
            .query((d, n) -> new PreProceeding.Decided(
                d.getObject("decided_on", LocalDate.class), PreProceeding.Decision.valueOf(d.getString("decision")), d.getString("reason"),
                d.getString("by_name")))
            .list());
  }
}
