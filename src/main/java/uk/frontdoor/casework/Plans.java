package uk.frontdoor.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.workflow.Actor;
import uk.frontdoor.platform.workflow.MoveRefusedException;
import uk.frontdoor.platform.workflow.Moves;
import uk.frontdoor.platform.workflow.StatusTable;

/**
 * Plans on an episode: a child in need plan at child in need, Family Help's family plan at early
 * help. Each starts on a day, is reviewed at the council's frequency (its next review due so many
 * calendar months after the start, then after each review) and ends with a day and a reason. One
 * plan of a kind is open at a time (CIN census rule 4004), and a child with a child protection plan
 * cannot have a child in need plan (rule 4001).
 */
@Service
public record Plans(JdbcClient jdbc, Tenancy tenancy, Episodes episodes, Moves moves, Authorities authorities,
    Clock clock, Transactions transactions) {

  /** Plans and their status history, moved by {@link PlanStatus#WORKFLOW}. */
  public static final StatusTable<PlanStatus, PlanStatus.Command> PLANS =
      new StatusTable<>(PlanStatus.WORKFLOW, "casework_plan", "casework_plan_status_change", "plan_id");

  /** Why a family plan ended when a child in need plan replaced it. */
  static final String REPLACED = "Replaced by the child in need plan";

  private static final String COLUMNS =
      "id, episode_id, kind, status, started_on, review_due_on, agreed, ended_on, end_reason, started_by_name";

  /** The episode's plans with their reviews, the latest started first. */
  public List<Plan> of(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT " + COLUMNS + " FROM casework_plan WHERE authority_id = ? AND episode_id = ? ORDER BY started_on DESC, created_at DESC")
        .param(episodeId)
        .query((rs, n) -> plan(rs, reviews(authorityId, rs.getObject("id", UUID.class))))
        .list());
  }

  /** One of the episode's plans. */
  public Optional<Plan> find(UUID authorityId, UUID episodeId, UUID planId) {
    return transactions.read(() -> tenancy.sql(authorityId, "SELECT " + COLUMNS + " FROM casework_plan WHERE authority_id = ? AND episode_id = ? AND id = ?")
        .params(episodeId, planId)
        .query((rs, n) -> plan(rs, reviews(authorityId, planId)))
        .optional());
  }

  /**
   * Whether the child has an open child protection plan, which rules out a child in need plan at
   * the same time (CIN census rules 4001 and 4016).
   */
  public boolean hasChildProtectionPlan(UUID authorityId, Episode episode) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT EXISTS (SELECT 1 FROM casework_protection_plan WHERE authority_id = ? AND episode_id = ? AND status = 'OPEN')")
        .param(episode.id())
        .query(Boolean.class)
        .single());
  }

  /**
   * Ends the child's open child in need plan on the day (or on its last review, if later), saying
   * why, in the caller's transaction: a child protection plan replaces it (CIN census rule 4001).
   */
  void replaceChildInNeedPlan(StaffUser by, Episode episode, LocalDate on, String reason) {
    for (Plan plan : of(by.authorityId(), episode.id())) {
      if (plan.open() && plan.kind() == PlanKind.CHILD_IN_NEED) {
        ended(by, episode, plan, on.isBefore(plan.lastDay()) ? plan.lastDay() : on, reason);
      }
    }
  }

  /**
   * Starts a plan of the kind on the day. A child in need plan needs the episode at child in need,
   * no open child in need plan and no child protection plan; a family plan needs the episode at
   * early help and what the family and practitioner agreed.
   *
   * <p>A child in need plan replaces an open family plan, which ends on the same day. A step up
   * to child in need keeps the family plan open on purpose: the family keeps what it agreed while
   * the child and family assessment runs, which may end in a step back down to early help; ending
   * the plan at the step up would leave the family with nothing agreed for those weeks. When the
   * assessment leads to a child in need plan, that plan takes over, because one Family Help
   * episode has one plan at a time.
   */
  public Result start(StaffUser by, UUID episodeId, PlanKind kind, LocalDate on, String agreed) {
    return transactions.write(() -> Visits.toRecordable(episodes, by, episodeId, episode -> {
      if (episode.level() != kind.level()) {
        return Result.WRONG_LEVEL;
      }
      if (kind == PlanKind.CHILD_IN_NEED && hasChildProtectionPlan(by.authorityId(), episode)) {
        return Result.CHILD_PROTECTION_PLAN;
      }
      List<Plan> open = of(by.authorityId(), episodeId).stream().filter(Plan::open).toList();
      if (open.stream().anyMatch(p -> p.kind() == kind)) {
        return Result.PLAN_OPEN;
      }
      if (kind == PlanKind.CHILD_IN_NEED) {
        for (Plan family : open) {
          LocalDate ends = on.isBefore(family.lastDay()) ? family.lastDay() : on;
          if (!ended(by, episode, family, ends, REPLACED)) {
            return Result.WRONG_STAGE;
          }
        }
      }
      LocalDate due = on.plusMonths(kind.reviewMonths(authorities.get(by.authorityId()).casework()));
      jdbc.sql(
              """
              WITH plan AS (
                INSERT INTO casework_plan (authority_id, id, episode_id, kind, status, started_on, review_due_on, agreed,
                    started_by_id, started_by_name, created_at)
                VALUES (:authority, gen_random_uuid(), :episode, :kind, :start, :on, :due, :agreed, :by, :byName, :at)
                RETURNING authority_id, id, created_at)
              INSERT INTO casework_plan_status_change (authority_id, plan_id, seq, at, from_status, to_status, actor_id, actor_name, reason)
              SELECT authority_id, id, 1, created_at, NULL, :start, :by, :byName, :why FROM plan
              """)
          .param("authority", by.authorityId())
          .param("episode", episodeId)
          .param("kind", kind.name())
          .param("start", PlanStatus.WORKFLOW.start().name())
          .param("on", on)
          .param("due", due)
          .param("agreed", kind == PlanKind.FAMILY ? agreed : null)
          .param("by", by.id())
          .param("byName", by.displayName())
          .param("at", Timestamp.from(clock.instant()))
          .param("why", "Started on " + on)
          .update();
      episodes.record(by, "PLAN_STARTED", episode, kind.label() + " started on " + on + ", first review due by " + due);
      return Result.DONE;
    }));
  }

  /** Records a review held on the day, what it decided, and sets the next one's date from it. */
  public Result review(StaffUser by, UUID episodeId, UUID planId, LocalDate heldOn, String decided) {
    return transactions.write(() -> toPlan(by, episodeId, planId, (episode, plan) -> {
      LocalDate next = heldOn.plusMonths(plan.kind().reviewMonths(authorities.get(by.authorityId()).casework()));
      int changed =
          jdbc.sql("UPDATE casework_plan SET review_due_on = ? WHERE authority_id = ? AND id = ? AND status = 'OPEN'")
              .params(next, by.authorityId(), planId)
              .update();
      if (changed != 1) {
        return Result.WRONG_STAGE;
      }
      jdbc.sql(
              """
              INSERT INTO casework_plan_review (authority_id, plan_id, seq, held_on, decided, next_due_on, by_id, by_name, at)
              SELECT ?, ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?, ?
              FROM casework_plan_review WHERE authority_id = ? AND plan_id = ?
              """)
          .params(by.authorityId(), planId, heldOn, decided, next, by.id(), by.displayName(), Timestamp.from(clock.instant()),
              by.authorityId(), planId)
          .update();
      episodes.record(by, "PLAN_REVIEWED", episode, plan.kind().label() + " reviewed on " + heldOn + ", next review due by " + next);
      return Result.DONE;
    }));
  }

  /** Ends the plan on the day, saying why. */
  public Result end(StaffUser by, UUID episodeId, UUID planId, LocalDate on, String reason) {
    return transactions.write(() -> toPlan(by, episodeId, planId, (episode, plan) -> ended(by, episode, plan, on, reason) ? Result.DONE : Result.WRONG_STAGE));
  }

  /** A change to one of an open episode's plans, by someone who may record it. */
  private Result toPlan(StaffUser by, UUID episodeId, UUID planId, java.util.function.BiFunction<Episode, Plan, Result> change) {
    return Visits.toRecordable(episodes, by, episodeId, episode -> {
      return find(by.authorityId(), episodeId, planId).map(plan -> change.apply(episode, plan)).orElse(Result.NOT_FOUND);
    });
  }

  /** Moves the plan to ended, then sets its end (ADR 0013: move first, then the rest). */
  private boolean ended(StaffUser by, Episode episode, Plan plan, LocalDate on, String reason) {
    if (!PlanStatus.WORKFLOW.allowed(plan.status(), PlanStatus.Command.END)) {
      return false;
    }
    try {
      Actor actor = Episodes.actor(by);
      moves.move(PLANS, by.authorityId(), plan.id(), plan.status(), PlanStatus.Command.END, actor, reason);
    } catch (MoveRefusedException movedMeanwhile) {
      return false;
    }
    jdbc.sql("UPDATE casework_plan SET ended_on = ?, end_reason = ? WHERE authority_id = ? AND id = ?")
        .params(on, reason, by.authorityId(), plan.id())
        .update();
    episodes.record(by, "PLAN_ENDED", episode, plan.kind().label() + " ended on " + on + ": " + reason);
    return true;
  }

  private List<Plan.Review> reviews(UUID authorityId, UUID planId) {
    return jdbc.sql("SELECT held_on, decided, next_due_on, by_name FROM casework_plan_review WHERE authority_id = ? AND plan_id = ? ORDER BY seq")
        .params(authorityId, planId)
        .query((rs, n) -> new Plan.Review(
            rs.getObject("held_on", LocalDate.class), rs.getString("decided"), rs.getObject("next_due_on", LocalDate.class), rs.getString("by_name")))
        .list();
  }

  private static Plan plan(ResultSet rs, List<Plan.Review> reviews) throws SQLException {
    return new Plan(
        rs.getObject("id", UUID.class),
        rs.getObject("episode_id", UUID.class),
        PlanKind.valueOf(rs.getString("kind")),
        PlanStatus.valueOf(rs.getString("status")),
        rs.getObject("started_on", LocalDate.class),
        rs.getObject("review_due_on", LocalDate.class),
        rs.getString("agreed"),
        rs.getObject("ended_on", LocalDate.class),
        rs.getString("end_reason"),
        rs.getString("started_by_name"),
        reviews);
  }
}
