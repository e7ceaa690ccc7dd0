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
import uk.frontdoor.authority.CouncilCalendars;
import uk.frontdoor.casework.Conference.Decision;
import uk.frontdoor.casework.Conferences.ChildDecision;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.workflow.MoveRefusedException;
import uk.frontdoor.platform.workflow.Moves;
import uk.frontdoor.platform.workflow.StatusTable;

/**
 * Child protection plans. An initial conference starts one on its day (CIN census rule 2885) with
 * the category of abuse and the lead social worker; it replaces the child's open child in need
 * plan, and its lead leads the episode. The core group's first meeting is due within the council's
 * working days of the conference (the conference's day is day 0); the first review conference is
 * due 3 calendar months after the start, each next 6 months after the last. Only a review
 * conference ends it: nothing here ends a plan but {@link Conferences#hold}.
 */
@Service
public record ProtectionPlans(JdbcClient jdbc, Tenancy tenancy, Episodes episodes, Plans cinPlans, Moves moves,
    Authorities authorities, CouncilCalendars calendars, Clock clock, Transactions transactions) {

  /** Child protection plans and their status history, moved by {@link ProtectionPlanStatus#WORKFLOW}. */
  public static final StatusTable<ProtectionPlanStatus, ProtectionPlanStatus.Command> PLANS =
      new StatusTable<>(ProtectionPlanStatus.WORKFLOW, "casework_protection_plan", "casework_protection_plan_status_change", "plan_id");

  /** Months from the start to the first review conference (T11). */
  public static final int FIRST_REVIEW_MONTHS = 3;

  /** Months from a review conference to the next (T12). */
  public static final int NEXT_REVIEW_MONTHS = 6;

  /** Why a child in need plan ended when a child protection plan started. */
  public static final String REPLACED = "Replaced by the child protection plan";

  private static final String COLUMNS =
      "id, episode_id, status, started_on, initial_category, latest_category, started_unborn, lead_id, lead_name,"
          + " core_group_due_on, review_due_on, ended_on, end_reason";

  /** The episode's child protection plans, the latest started first. */
  public List<ProtectionPlan> of(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT " + COLUMNS + " FROM casework_protection_plan WHERE authority_id = ? AND episode_id = ? ORDER BY started_on DESC, created_at DESC")
        .param(episodeId)
        .query((rs, n) -> plan(rs, authorityId))
        .list());
  }

  /** One of the episode's child protection plans. */
  public Optional<ProtectionPlan> find(UUID authorityId, UUID episodeId, UUID planId) {
    return transactions.read(() -> tenancy.sql(authorityId, "SELECT " + COLUMNS + " FROM casework_protection_plan WHERE authority_id = ? AND episode_id = ? AND id = ?")
        .params(episodeId, planId)
        .query((rs, n) -> plan(rs, authorityId))
        .optional());
  }

  /** The last day for the core group's first meeting: the council's working days after the conference's day, in its calendar. */
  public LocalDate coreGroupDue(UUID authorityId, LocalDate conference) {
    int days = authorities.get(authorityId).casework().coreGroupWorkingDays();
    return calendars.of(authorityId).nthWorkingDayAfter(conference, days);
  }

  /** Records a core group meeting on an open plan, held on the day. */
  public Result meeting(StaffUser by, UUID episodeId, UUID planId, LocalDate heldOn, String notes) {
    return transactions.write(() -> Visits.toRecordable(episodes, by, episodeId, episode -> {
      Optional<ProtectionPlan> plan = find(by.authorityId(), episodeId, planId);
      if (plan.isEmpty()) {
        return Result.NOT_FOUND;
      }
      if (!plan.get().open()) {
        return Result.WRONG_STAGE;
      }
      jdbc.sql(
              """
              INSERT INTO casework_core_group_meeting (authority_id, plan_id, seq, held_on, notes, by_id, by_name, at)
              SELECT ?, ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ? FROM casework_core_group_meeting WHERE authority_id = ? AND plan_id = ?
              """)
          .params(by.authorityId(), planId, heldOn, notes, by.id(), by.displayName(), Timestamp.from(clock.instant()), by.authorityId(), planId)
          .update();
      episodes.record(by, "CORE_GROUP_MEETING", episode, "Core group meeting held on " + heldOn);
      return Result.DONE;
    }));
  }

  /** Why the decision cannot be recorded for the child at a conference of this kind; null if it can. */
  Result refusal(UUID authorityId, Conference.Kind kind, Episode episode, Conference.Child child, ChildDecision decision) {
    if (decision == null || decision.decision() == null) {
      return Result.WRONG_STAGE;
    }
    Decision d = decision.decision();
    if (kind == Conference.Kind.INITIAL) {
      if (d != Decision.PLAN && d != Decision.NO_PLAN) {
        return Result.WRONG_STAGE;
      }
      if (d == Decision.PLAN) {
        if (episode.level() != EpisodeLevel.CHILD_IN_NEED) {
          return Result.WRONG_LEVEL;
        }
        if (decision.category() == null) {
          return Result.WRONG_STAGE;
        }
        if (openPlan(authorityId, episode.id()).isPresent()) {
          return Result.PLAN_OPEN;
        }
        if (episodes.eligibleLeads(authorityId, EpisodeLevel.CHILD_IN_NEED).stream().noneMatch(m -> m.id().equals(decision.leadId()))) {
          return Result.NOT_ELIGIBLE;
        }
      }
      return null;
    }
    if (d != Decision.CONTINUE && d != Decision.END) {
      return Result.WRONG_STAGE;
    }
    if (d == Decision.CONTINUE && decision.category() == null || d == Decision.END && (decision.endReason() == null || decision.endReason().isBlank())) {
      return Result.WRONG_STAGE;
    }
    Optional<ProtectionPlan> plan = find(authorityId, episode.id(), child.reviewedPlanId());
    return plan.isPresent() && plan.get().open() ? null : Result.WRONG_STAGE;
  }

  /**
   * Does what the conference decided for the child, in its transaction: starts the plan, or
   * continues or ends the plan reviewed. Returns the plan's id, if any.
   */
  UUID decided(StaffUser by, Conference conference, Episode episode, Conference.Child child, ChildDecision decision, LocalDate heldOn) {
    return switch (decision.decision()) {
      case NO_PLAN -> null;
      case PLAN -> start(by, episode, decision, heldOn);
      case CONTINUE -> {
        jdbc.sql("UPDATE casework_protection_plan SET latest_category = ?, review_due_on = ? WHERE authority_id = ? AND id = ? AND status = 'OPEN'")
            .params(decision.category().name(), heldOn.plusMonths(NEXT_REVIEW_MONTHS), by.authorityId(), child.reviewedPlanId())
            .update();
        episodes.record(by, "PROTECTION_PLAN_REVIEWED", episode,
            "Child protection plan continues (" + decision.category().label() + "), next review due by " + heldOn.plusMonths(NEXT_REVIEW_MONTHS));
        yield child.reviewedPlanId();
      }
      case END -> {
        ProtectionPlan plan = find(by.authorityId(), episode.id(), child.reviewedPlanId()).orElseThrow();
        try {
          moves.move(PLANS, by.authorityId(), plan.id(), plan.status(), ProtectionPlanStatus.Command.END, Episodes.actor(by), decision.endReason());
        } catch (MoveRefusedException movedMeanwhile) {
          throw new IllegalStateException("The plan " + plan.id() + " moved while its review conference was held", movedMeanwhile);
        }
        jdbc.sql("UPDATE casework_protection_plan SET ended_on = ?, end_reason = ? WHERE authority_id = ? AND id = ?")
            .params(heldOn, decision.endReason(), by.authorityId(), plan.id())
            .update();
        episodes.record(by, "PROTECTION_PLAN_ENDED", episode, "Child protection plan ended on " + heldOn + ": " + decision.endReason());
        yield plan.id();
      }
    };
  }

  private UUID start(StaffUser by, Episode episode, ChildDecision decision, LocalDate heldOn) {
    cinPlans.replaceChildInNeedPlan(by, episode, heldOn, REPLACED);
    var lead = episodes.eligibleLeads(by.authorityId(), EpisodeLevel.CHILD_IN_NEED).stream()
        .filter(m -> m.id().equals(decision.leadId())).findFirst().orElseThrow();
    LocalDate coreGroup = coreGroupDue(by.authorityId(), heldOn);
    LocalDate review = heldOn.plusMonths(FIRST_REVIEW_MONTHS);
    UUID id =
        jdbc.sql(
                """
                WITH plan AS (
                  INSERT INTO casework_protection_plan (authority_id, id, episode_id, status, started_on, initial_category, latest_category,
                      started_unborn, lead_id, lead_name, core_group_due_on, review_due_on, created_at)
                  VALUES (:authority, gen_random_uuid(), :episode, :start, :on, :category, :category, :unborn, :lead, :leadName,
                      :coreGroup, :review, :at)
                  RETURNING authority_id, id, created_at)
                INSERT INTO casework_protection_plan_status_change (authority_id, plan_id, seq, at, from_status, to_status, actor_id, actor_name, reason)
                SELECT authority_id, id, 1, created_at, NULL, :start, :by, :byName, :why FROM plan
                RETURNING plan_id
                """)
            .param("authority", by.authorityId())
            .param("episode", episode.id())
            .param("start", ProtectionPlanStatus.WORKFLOW.start().name())
            .param("on", heldOn)
            .param("category", decision.category().name())
            .param("unborn", episode.dateOfBirth() == null && episode.expectedDate() != null)
            .param("lead", lead.id())
            .param("leadName", lead.displayName())
            .param("coreGroup", coreGroup)
            .param("review", review)
            .param("at", Timestamp.from(clock.instant()))
            .param("by", by.id())
            .param("byName", by.displayName())
            .param("why", "Started by the initial child protection conference on " + heldOn)
            .query(UUID.class)
            .single();
    episodes.record(by, "PROTECTION_PLAN_STARTED", episode,
        "Child protection plan started on " + heldOn + " (" + decision.category().label() + "), led by " + lead.displayName()
            + "; core group due by " + coreGroup + ", first review due by " + review);
    if (!lead.id().equals(episode.leadId())) {
      episodes.allocated(by, episode, lead.id(), "Lead social worker of the child protection plan");
    }
    return id;
  }

  /** The child's open child protection plan, if any. */
  Optional<UUID> openPlan(UUID authorityId, UUID episodeId) {
    return jdbc.sql("SELECT id FROM casework_protection_plan WHERE authority_id = ? AND episode_id = ? AND status = 'OPEN'")
        .params(authorityId, episodeId)
        .query(UUID.class)
        .optional();
  }

  private ProtectionPlan plan(ResultSet rs, UUID authorityId) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    List<ProtectionPlan.Review> reviews =
        jdbc.sql(
                """
                SELECT f.id, f.held_on, f.due_on, c.decision, c.category FROM casework_conference_child c
                JOIN casework_conference f ON f.authority_id = c.authority_id AND f.id = c.conference_id
                WHERE c.authority_id = ? AND c.reviewed_plan_id = ? AND f.status = 'HELD' AND c.decision IS NOT NULL ORDER BY f.held_on, f.created_at
                """)
            .params(authorityId, id)
            .query((r, n) -> new ProtectionPlan.Review(
                r.getObject("id", UUID.class), r.getObject("held_on", LocalDate.class), r.getObject("due_on", LocalDate.class),
                Decision.valueOf(r.getString("decision")), r.getString("category") == null ? null : AbuseCategory.valueOf(r.getString("category"))))
            .list();
    List<ProtectionPlan.Meeting> meetings =
        jdbc.sql("SELECT held_on, notes, by_name, at FROM casework_core_group_meeting WHERE authority_id = ? AND plan_id = ? ORDER BY held_on, seq")
            .params(authorityId, id)
            .query((r, n) -> new ProtectionPlan.Meeting(
                r.getObject("held_on", LocalDate.class), r.getString("notes"), r.getString("by_name"), r.getTimestamp("at").toInstant()))
            .list();
    return new ProtectionPlan(
        id,
        rs.getObject("episode_id", UUID.class),
        ProtectionPlanStatus.valueOf(rs.getString("status")),
        rs.getObject("started_on", LocalDate.class),
        AbuseCategory.valueOf(rs.getString("initial_category")),
        AbuseCategory.valueOf(rs.getString("latest_category")),
        rs.getBoolean("started_unborn"),
        rs.getObject("lead_id", UUID.class),
        rs.getString("lead_name"),
        rs.getObject("core_group_due_on", LocalDate.class),
        rs.getObject("review_due_on", LocalDate.class),
        rs.getObject("ended_on", LocalDate.class),
        rs.getString("end_reason"),
        reviews,
        meetings);
  }
}
