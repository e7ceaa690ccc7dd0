package uk.frontdoor.casework;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import uk.frontdoor.authority.CouncilCalendars;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.workflow.Actor;
import uk.frontdoor.platform.workflow.MoveRefusedException;
import uk.frontdoor.platform.workflow.Moves;
import uk.frontdoor.platform.workflow.StatusChange;
import uk.frontdoor.platform.workflow.StatusTable;
import uk.frontdoor.referral.ReferralProgress;
import uk.frontdoor.referral.Referrals;

/**
 * Child and family assessments: one at a time on an episode, its tasks saved part-way by the lead
 * practitioner, sent for authorisation, and authorised or returned by a team manager. Authorising
 * stops the episode's 45-working-day clock, and an outcome of early help steps the episode down.
 * Every change is audited on the episode, as the episode's own changes are.
 */
@Service
public record Assessments(JdbcClient jdbc, Tenancy tenancy, Moves moves, Episodes episodes,
    CouncilCalendars calendars, Referrals referrals, Clock clock, Transactions transactions) {

  /** Assessments and their status history, moved by {@link AssessmentStatus#WORKFLOW}. */
  public static final StatusTable<AssessmentStatus, AssessmentStatus.Command> ASSESSMENTS =
      new StatusTable<>(AssessmentStatus.WORKFLOW, "casework_assessment", "casework_assessment_status_change", "assessment_id");

  private static final String COLUMNS =
      "id, episode_id, status, start_date, child_seen, seen_date, seen_alone, not_seen_reason, factors, outcome,"
          + " tasks_completed, started_at, started_by_name, submitted_at, submitted_by_id, submitted_by_name,"
          + " authorised_at, authorised_by_name, returned_reason";

  /** The episode's assessment: the one not yet authorised, else the last authorised; empty if none was started. */
  public Optional<Assessment> current(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT " + COLUMNS + " FROM casework_assessment WHERE authority_id = ? AND episode_id = ?"
                + " ORDER BY status = 'AUTHORISED', started_at DESC LIMIT 1")
        .param(episodeId)
        .query(Assessments::assessment)
        .optional());
  }

  /** The assessment's moves, oldest first. */
  public List<StatusChange<AssessmentStatus>> history(UUID authorityId, UUID assessmentId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return moves.history(ASSESSMENTS, authorityId, assessmentId);
    });
  }

  /**
   * Saves the start date: starts the episode's assessment if none is under way (a re-referral may
   * start another once the last is authorised, its clock running from that referral's date), or
   * changes the date of the one in progress.
   */
  public Result saveStart(StaffUser by, Episode episode, LocalDate startDate) {
    return transactions.write(() -> {
      tenancy.bind(by.authorityId());
      if (!episode.open()) {
        return Result.CLOSED;
      }
      Optional<Assessment> current = current(by.authorityId(), episode.id());
      if (current.isPresent() && current.get().unfinished()) {
        return save(by, episode, current.get(), Assessment.START, true, "start_date = ?", startDate);
      }
      Instant now = clock.instant();
      UUID id = UUID.randomUUID();
      // Another started meanwhile (a second tab, a colleague): nothing is inserted, and nothing changes.
      int started = jdbc.sql(
              """
              WITH a AS (
                INSERT INTO casework_assessment (authority_id, id, episode_id, status, start_date, started_at, started_by_id,
                    started_by_name)
                VALUES (?, ?, ?, 'IN_PROGRESS', ?, ?, ?, ?)
                ON CONFLICT (authority_id, episode_id) WHERE status <> 'AUTHORISED' DO NOTHING
                RETURNING authority_id, id, started_at)
              INSERT INTO casework_assessment_status_change (authority_id, assessment_id, seq, at, to_status, actor_id,
                  actor_name, reason)
              SELECT authority_id, id, 1, started_at, 'IN_PROGRESS', ?, ?, 'Started' FROM a
              """)
          .params(by.authorityId(), id, episode.id(), startDate, Timestamp.from(now), by.id(), by.displayName(), by.id(),
              by.displayName())
          .update();
      if (started != 1) {
        return Result.WRONG_STAGE;
      }
      if (current.isPresent()) {
        // The last assessment was authorised, so its clock stopped: this one's runs from the latest referral.
        Instant due =
            calendars.of(by.authorityId()).addWorkingDays(latestReferral(by.authorityId(), episode), Episodes.ASSESSMENT_WORKING_DAYS);
        jdbc.sql(
                """
                UPDATE casework_episode e SET assessment_authorised_at = NULL, assessment_due_at = ?, assessment_rule = ?
                WHERE authority_id = ? AND id = ?
                """)
            .params(Timestamp.from(due),
                Episodes.ASSESSMENT_WORKING_DAYS + " working days from the latest referral date", by.authorityId(), episode.id())
            .update();
      }
      episodes.record(by, "ASSESSMENT_STARTED", episode, "Child and family assessment started on " + startDate);
      tellReferrers(by.authorityId(), episode, ReferralProgress.ASSESSMENT_STARTED, now, "");
      return Result.DONE;
    });
  }

  /**
   * Tells the referrers of the episode's referrals that the assessment has reached a step, in the
   * referral's own words for it ("Assessment started"); for completion, only once every child of the
   * referral whose episode has an assessment's clock has theirs authorised.
   */
  private void tellReferrers(UUID authorityId, Episode episode, ReferralProgress step, Instant at, String condition) {
    jdbc.sql(
            """
            SELECT r.referral_id FROM casework_episode_referral r
            WHERE r.authority_id = ? AND r.episode_id = ? AND r.referral_id IS NOT NULL
            """ + condition)
        .params(authorityId, episode.id())
        .query(UUID.class)
        .list()
        .forEach(referral -> referrals.progressed(authorityId, referral, step, at));
  }

  private Instant latestReferral(UUID authorityId, Episode episode) {
    LocalDate received =
        jdbc.sql("SELECT max(received_on) FROM casework_episode_referral WHERE authority_id = ? AND episode_id = ?")
            .params(authorityId, episode.id())
            .query(LocalDate.class)
            .optional()
            .orElse(episode.referralDate());
    return received.atStartOfDay(UkTime.ZONE).toInstant();
  }

  /** Saves whether the child was seen: when and whether alone, or why not. */
  public Result saveSeen(
      StaffUser by, Episode episode, Assessment assessment, Boolean seen, LocalDate on, Boolean alone, String whyNot,
      boolean completed) {
    return transactions.write(() -> save(by, episode, assessment, Assessment.SEEN, completed,
        "child_seen = ?, seen_date = ?, seen_alone = ?, not_seen_reason = ?", seen, on, alone, whyNot));
  }

  /** Saves the factors identified, as CIN census codes. */
  public Result saveFactors(StaffUser by, Episode episode, Assessment assessment, List<String> factors, boolean completed) {
    return transactions.write(() -> save(by, episode, assessment, Assessment.FACTORS, completed, "factors = ?",
        (Object) AssessmentFactors.inOrder(factors).toArray(String[]::new)));
  }

  /** Saves the outcome. */
  public Result saveOutcome(StaffUser by, Episode episode, Assessment assessment, AssessmentOutcome outcome, boolean completed) {
    return transactions.write(() -> save(by, episode, assessment, Assessment.OUTCOME, completed, "outcome = ?", outcome == null ? null : outcome.name()));
  }

  /** Saves a task's answers, and whether the worker says it is completed, while the assessment is in progress. */
  private Result save(
      StaffUser by, Episode episode, Assessment assessment, String task, boolean completed, String set, Object... values) {
    tenancy.bind(by.authorityId());
    if (!episode.open()) {
      return Result.CLOSED;
    }
    List<Object> params = new ArrayList<>(Arrays.asList(values));
    params.addAll(List.of(completed, task, task, task, by.authorityId(), assessment.id()));
    int changed =
        jdbc.sql(
                "UPDATE casework_assessment SET " + set + ","
                    + " tasks_completed = CASE WHEN ? THEN array_append(array_remove(tasks_completed, ?), ?)"
                    + " ELSE array_remove(tasks_completed, ?) END"
                    + " WHERE authority_id = ? AND id = ? AND status = 'IN_PROGRESS'")
            .params(params)
            .update();
    if (changed != 1) {
      return Result.WRONG_STAGE;
    }
    episodes.record(by, "ASSESSMENT_SAVED", episode, "Child and family assessment: " + task + (completed ? ", completed" : ", in progress"));
    return Result.DONE;
  }

  /** The worker sends the assessment, every task completed, for a team manager to authorise. */
  public Result submit(StaffUser by, Episode episode, Assessment assessment) {
    return transactions.write(() -> {
      if (!assessment.readyToSubmit()) {
        return Result.WRONG_STAGE;
      }
      Result moved = move(by, episode, assessment, AssessmentStatus.Command.SUBMIT, "Sent for authorisation");
      if (moved == Result.DONE) {
        jdbc.sql(
                """
                UPDATE casework_assessment SET submitted_at = ?, submitted_by_id = ?, submitted_by_name = ?
                WHERE authority_id = ? AND id = ?
                """)
            .params(Timestamp.from(clock.instant()), by.id(), by.displayName(), by.authorityId(), assessment.id())
            .update();
        episodes.record(by, "ASSESSMENT_SUBMITTED", episode, "Child and family assessment sent for authorisation");
      }
      return moved;
    });
  }

  /**
   * A team manager authorises the assessment: its clock stops, and its outcome follows (early help
   * steps the episode down; no further action leaves it free to close). Someone may not authorise
   * an assessment they sent.
   */
  public Result authorise(StaffUser manager, Episode episode, Assessment assessment) {
    return transactions.write(() -> {
      if (manager.id().equals(assessment.submittedById())) {
        return Result.NOT_ELIGIBLE;
      }
      Result moved = move(manager, episode, assessment, AssessmentStatus.Command.AUTHORISE, "Authorised: " + assessment.outcome().label());
      if (moved != Result.DONE) {
        return moved;
      }
      Instant now = clock.instant();
      jdbc.sql(
              """
              UPDATE casework_assessment SET authorised_at = ?, authorised_by_id = ?, authorised_by_name = ?
              WHERE authority_id = ? AND id = ?
              """)
          .params(Timestamp.from(now), manager.id(), manager.displayName(), manager.authorityId(), assessment.id())
          .update();
      jdbc.sql("UPDATE casework_episode SET assessment_authorised_at = ? WHERE authority_id = ? AND id = ?")
          .params(Timestamp.from(now), manager.authorityId(), episode.id())
          .update();
      String detail = "Child and family assessment authorised. Outcome: " + assessment.outcome().label();
      Episode current = episodes.find(manager.authorityId(), episode.id()).orElseThrow();
      if (assessment.outcome() == AssessmentOutcome.EARLY_HELP && current.level() == EpisodeLevel.CHILD_IN_NEED) {
        if (!episodes.stepped(manager.authorityId(), current, EpisodeLevel.EARLY_HELP, new Actor(manager.id(), manager.displayName()),
            "Child and family assessment authorised: step down to Early Help", now)) {
          // The episode changed meanwhile: nothing of the authorisation is kept.
          TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
          return Result.WRONG_STAGE;
        }
        detail += "; the episode steps down to early help";
      }
      episodes.record(manager, "ASSESSMENT_AUTHORISED", episode, detail);
      tellReferrers(manager.authorityId(), episode, ReferralProgress.ASSESSMENT_COMPLETED, now,
          """
          AND NOT EXISTS (SELECT 1 FROM casework_episode_referral o JOIN casework_episode e
                            ON e.authority_id = o.authority_id AND e.id = o.episode_id
                          WHERE o.authority_id = r.authority_id AND o.referral_id = r.referral_id
                            AND e.assessment_due_at IS NOT NULL AND e.assessment_authorised_at IS NULL)
          """);
      return Result.DONE;
    });
  }

  /** A team manager returns the assessment to the worker, saying why. */
  public Result returnToWorker(StaffUser manager, Episode episode, Assessment assessment, String reason) {
    return transactions.write(() -> {
      Result moved = move(manager, episode, assessment, AssessmentStatus.Command.RETURN, reason);
      if (moved == Result.DONE) {
        jdbc.sql("UPDATE casework_assessment SET returned_reason = ? WHERE authority_id = ? AND id = ?")
            .params(reason, manager.authorityId(), assessment.id())
            .update();
        episodes.record(manager, "ASSESSMENT_RETURNED", episode, "Child and family assessment returned: " + reason);
      }
      return moved;
    });
  }

  /** Moves the assessment first, then the caller writes the rest: a refused move has written nothing (ADR 0013). */
  private Result move(StaffUser by, Episode episode, Assessment assessment, AssessmentStatus.Command command, String reason) {
    tenancy.bind(by.authorityId());
    if (!episode.open()) {
      return Result.CLOSED;
    }
    if (!AssessmentStatus.WORKFLOW.allowed(assessment.status(), command)) {
      return Result.WRONG_STAGE;
    }
    try {
      moves.move(ASSESSMENTS, by.authorityId(), assessment.id(), assessment.status(), command,
          new Actor(by.id(), by.displayName()), reason);
      return Result.DONE;
    } catch (MoveRefusedException movedMeanwhile) {
      return Result.WRONG_STAGE;
    }
  }

  static Assessment assessment(ResultSet rs, int n) throws SQLException {
    return new Assessment(
        rs.getObject("id", UUID.class),
        rs.getObject("episode_id", UUID.class),
        AssessmentStatus.valueOf(rs.getString("status")),
        rs.getObject("start_date", LocalDate.class),
        (Boolean) rs.getObject("child_seen"),
        rs.getObject("seen_date", LocalDate.class),
        (Boolean) rs.getObject("seen_alone"),
        rs.getString("not_seen_reason"),
        strings(rs.getArray("factors")),
        rs.getString("outcome") == null ? null : AssessmentOutcome.valueOf(rs.getString("outcome")),
        new LinkedHashSet<>(strings(rs.getArray("tasks_completed"))),
        rs.getTimestamp("started_at").toInstant(),
        rs.getString("started_by_name"),
        instant(rs, "submitted_at"),
        rs.getObject("submitted_by_id", UUID.class),
        rs.getString("submitted_by_name"),
        instant(rs, "authorised_at"),
        rs.getString("authorised_by_name"),
        rs.getString("returned_reason"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
