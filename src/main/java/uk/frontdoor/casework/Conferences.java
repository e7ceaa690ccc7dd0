package uk.frontdoor.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.casework.Conference.Decision;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.identity.StaffDirectory;
import uk.frontdoor.identity.StaffMember;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.workflow.MoveRefusedException;
import uk.frontdoor.platform.workflow.Moves;
import uk.frontdoor.platform.workflow.StatusTable;

/**
 * Child protection conferences: convened (an initial one for the children whose section 47
 * enquiries called for one, a review for a child's open plan), then held by the independent chair,
 * who records each child's decision, or cancelled. Holding an initial conference starts the plans
 * it decides ({@link ProtectionPlans}); holding a review continues or ends them. Every change is
 * audited on each child's episode.
 */
@Service
public record Conferences(JdbcClient jdbc, Tenancy tenancy, Episodes episodes, ProtectionPlans plans, Moves moves,
    StaffDirectory directory, Clock clock, Transactions transactions) {

  /** Conferences and their status history, moved by {@link ConferenceStatus#WORKFLOW}. */
  public static final StatusTable<ConferenceStatus, ConferenceStatus.Command> CONFERENCES =
      new StatusTable<>(ConferenceStatus.WORKFLOW, "casework_conference", "casework_conference_status_change", "conference_id");

  /** Who chairs a conference. */
  public static final String CHAIR = "CONFERENCE_CHAIR";

  /** At most this many invitations a conference. */
  public static final int MAX_INVITEES = 50;

  private static final String COLUMNS =
      "id, kind, status, due_on, scheduled_at, chair_id, chair_name, held_on, cancel_reason, summary, convened_by_name";

  /**
   * A section 47 enquiry that called for an initial conference not yet convened.
   *
   * @param conferenceDueOn the last day by which the initial conference is due
   */
  public record Enquiry(UUID id, UUID episodeId, String childName, LocalDate startedOn, LocalDate conferenceDueOn) {}

  /** What a convening did: DONE with the conference's id, or why not. */
  public record Convened(Result result, UUID id) {}

  /**
   * The chair's decision for one child.
   *
   * @param category with a plan, or a plan that continues
   * @param leadId the plan's lead social worker, with a new plan
   * @param endReason why a plan ends
   */
  public record ChildDecision(Decision decision, AbuseCategory category, UUID leadId, String endReason) {}

  /** Who convenes a conference: a social worker or a team manager. */
  public static boolean mayConvene(StaffUser me) {
    return me.roles().contains("SOCIAL_WORKER") || me.roles().contains("TEAM_MANAGER");
  }

  /** Who records a conference's outcome or cancels it: the chair, or a team manager. */
  public static boolean mayHold(StaffUser me) {
    return me.roles().contains(CHAIR) || me.roles().contains("TEAM_MANAGER");
  }

  /** The council's conference chairs, by name. */
  public List<StaffMember> chairs(UUID authorityId) {
    return directory.withAnyRole(authorityId, List.of(CHAIR));
  }

  /**
   * The enquiries that call for an initial conference with this episode's child: the child's own,
   * and those of the children who share a referral with the episode (brothers and sisters), each
   * completed with the outcome CONFERENCE on an open episode and not yet at a conference.
   */
  public List<Enquiry> awaiting(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return jdbc.sql(
              """
              SELECT q.id, q.episode_id, e.first_name, e.last_name, q.started_on, q.conference_due_on
              FROM casework_enquiry q JOIN casework_episode e ON e.authority_id = q.authority_id AND e.id = q.episode_id
              WHERE q.authority_id = :authority AND q.status = 'COMPLETED' AND q.outcome = 'CONFERENCE' AND e.status = 'OPEN'
                AND NOT EXISTS (SELECT 1 FROM casework_conference_child c
                  WHERE c.authority_id = q.authority_id AND c.enquiry_id = q.id AND NOT c.cancelled)
                AND (q.episode_id = :episode OR EXISTS (SELECT 1 FROM casework_episode_referral mine
                  JOIN casework_episode_referral theirs ON theirs.authority_id = mine.authority_id AND theirs.referral_id = mine.referral_id
                  WHERE mine.authority_id = q.authority_id AND mine.episode_id = :episode AND theirs.episode_id = q.episode_id))
              ORDER BY q.episode_id <> :episode, e.first_name, q.conference_due_on
              """)
          .param("authority", authorityId)
          .param("episode", episodeId)
          .query((rs, n) -> new Enquiry(
              rs.getObject("id", UUID.class), rs.getObject("episode_id", UUID.class),
              Episode.nameOf(rs.getString("first_name"), rs.getString("last_name")),
              rs.getObject("started_on", LocalDate.class), rs.getObject("conference_due_on", LocalDate.class)))
          .list();
    });
  }

  /**
   * Convenes an initial conference for the enquiries (of this episode's child and its brothers and
   * sisters), due by the earliest of their conference dates.
   */
  public Convened conveneInitial(
      StaffUser by, UUID episodeId, List<UUID> enquiryIds, Instant scheduledAt, UUID chairId, List<Conference.Invitation> invitations) {
    return transactions.write(() -> {
      Result refused = convenable(by, episodeId);
      if (refused != Result.DONE) {
        return new Convened(refused, null);
      }
      List<Enquiry> chosen = awaiting(by.authorityId(), episodeId).stream().filter(q -> enquiryIds.contains(q.id())).toList();
      if (chosen.isEmpty() || chosen.size() != enquiryIds.stream().distinct().count()) {
        return new Convened(Result.WRONG_STAGE, null);
      }
      Optional<StaffMember> chair = chair(by.authorityId(), chairId);
      if (chair.isEmpty()) {
        return new Convened(Result.NOT_ELIGIBLE, null);
      }
      LocalDate due = chosen.stream().map(Enquiry::conferenceDueOn).min(Comparator.naturalOrder()).orElseThrow();
      UUID id = store(by, Conference.Kind.INITIAL, due, scheduledAt, chair.get(), invitations);
      for (Enquiry enquiry : chosen) {
        jdbc.sql("INSERT INTO casework_conference_child (authority_id, conference_id, episode_id, enquiry_id) VALUES (?, ?, ?, ?)")
            .params(by.authorityId(), id, enquiry.episodeId(), enquiry.id())
            .update();
        episodes.find(by.authorityId(), enquiry.episodeId()).ifPresent(child -> episodes.record(by, "CONFERENCE_CONVENED", child,
            "Initial child protection conference for " + scheduledAt + ", due by " + due + ", chaired by " + chair.get().displayName()));
      }
      return new Convened(Result.DONE, id);
    });
  }

  /** Convenes a review conference for the child's open plan, due by the plan's review date. */
  public Convened conveneReview(
      StaffUser by, UUID episodeId, UUID planId, Instant scheduledAt, UUID chairId, List<Conference.Invitation> invitations) {
    return transactions.write(() -> {
      Result refused = convenable(by, episodeId);
      if (refused != Result.DONE) {
        return new Convened(refused, null);
      }
      Optional<ProtectionPlan> plan = plans.find(by.authorityId(), episodeId, planId);
      if (plan.isEmpty()) {
        return new Convened(Result.NOT_FOUND, null);
      }
      if (!plan.get().open() || reviewScheduled(by.authorityId(), planId)) {
        return new Convened(Result.WRONG_STAGE, null);
      }
      Optional<StaffMember> chair = chair(by.authorityId(), chairId);
      if (chair.isEmpty()) {
        return new Convened(Result.NOT_ELIGIBLE, null);
      }
      LocalDate due = plan.get().reviewDueOn();
      UUID id = store(by, Conference.Kind.REVIEW, due, scheduledAt, chair.get(), invitations);
      jdbc.sql("INSERT INTO casework_conference_child (authority_id, conference_id, episode_id, reviewed_plan_id) VALUES (?, ?, ?, ?)")
          .params(by.authorityId(), id, episodeId, planId)
          .update();
      episodes.record(by, "CONFERENCE_CONVENED", episodes.find(by.authorityId(), episodeId).orElseThrow(),
          "Review child protection conference for " + scheduledAt + ", due by " + due + ", chaired by " + chair.get().displayName());
      return new Convened(Result.DONE, id);
    });
  }

  /** DONE if the member of staff may convene a conference about the episode's child now; why not otherwise. */
  private Result convenable(StaffUser by, UUID episodeId) {
    return mayConvene(by) ? episodes.toOpen(by, episodeId, episode -> Result.DONE) : Result.NOT_ELIGIBLE;
  }

  /** Whether a review conference of the plan is scheduled already. */
  public boolean reviewScheduled(UUID authorityId, UUID planId) {
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM casework_conference_child c JOIN casework_conference f
              ON f.authority_id = c.authority_id AND f.id = c.conference_id
              WHERE c.authority_id = ? AND c.reviewed_plan_id = ? AND f.status = 'SCHEDULED')
            """)
        .params(authorityId, planId)
        .query(Boolean.class)
        .single();
  }

  /**
   * The chair records the conference held on the day with its summary and each child's decision:
   * at an initial conference a plan (which starts that day) or none; at a review the plan continues
   * (its next review due 6 months on) or ends that day. Every child needs a decision the kind of
   * conference allows.
   */
  public Result hold(StaffUser by, UUID conferenceId, LocalDate heldOn, String summary, Map<UUID, ChildDecision> decisions) {
    return transactions.write(() -> {
      if (!mayHold(by)) {
        return Result.NOT_ELIGIBLE;
      }
      Optional<Conference> found = find(by.authorityId(), conferenceId);
      if (found.isEmpty()) {
        return Result.NOT_FOUND;
      }
      Conference conference = found.get();
      if (!ConferenceStatus.WORKFLOW.allowed(conference.status(), ConferenceStatus.Command.HOLD)) {
        return Result.WRONG_STAGE;
      }
      List<Episode> children = new ArrayList<>();
      for (Conference.Child child : conference.children()) {
        ChildDecision decision = decisions.get(child.episodeId());
        Episode episode = episodes.find(by.authorityId(), child.episodeId()).orElseThrow();
        if (!episode.open()) {
          return Result.CLOSED;
        }
        Result refused = plans.refusal(by.authorityId(), conference.kind(), episode, child, decision);
        if (refused != null) {
          return refused;
        }
        children.add(episode);
      }
      if (!moved(by, conference, ConferenceStatus.Command.HOLD, "Held on " + heldOn)) {
        return Result.WRONG_STAGE;
      }
      jdbc.sql("UPDATE casework_conference SET held_on = ?, summary = ? WHERE authority_id = ? AND id = ?")
          .params(heldOn, summary, by.authorityId(), conferenceId)
          .update();
      for (int i = 0; i < children.size(); i++) {
        Conference.Child child = conference.children().get(i);
        ChildDecision decision = decisions.get(child.episodeId());
        UUID planId = plans.decided(by, conference, children.get(i), child, decision, heldOn);
        jdbc.sql(
                """
                UPDATE casework_conference_child SET decision = ?, category = ?, end_reason = ?, plan_id = ?
                WHERE authority_id = ? AND conference_id = ? AND episode_id = ?
                """)
            .params(
                decision.decision().name(), decision.category() == null ? null : decision.category().name(),
                decision.decision() == Decision.END ? decision.endReason() : null, planId,
                by.authorityId(), conferenceId, child.episodeId())
            .update();
        episodes.record(by, "CONFERENCE_HELD", children.get(i),
            conference.kind().label() + " held on " + heldOn + (heldOn.isAfter(conference.dueOn()) ? " (late: due by " + conference.dueOn() + ")" : "")
                + ": " + decision.decision().label()
                + (decision.category() == null ? "" : ", " + decision.category().label())
                + (decision.decision() == Decision.END ? ": " + decision.endReason() : ""));
      }
      return Result.DONE;
    });
  }

  /** Cancels a scheduled conference, saying why; an initial conference's enquiries may be convened again. */
  public Result cancel(StaffUser by, UUID conferenceId, String reason) {
    return transactions.write(() -> {
      if (!mayHold(by) && !mayConvene(by)) {
        return Result.NOT_ELIGIBLE;
      }
      Optional<Conference> found = find(by.authorityId(), conferenceId);
      if (found.isEmpty()) {
        return Result.NOT_FOUND;
      }
      Conference conference = found.get();
      if (!ConferenceStatus.WORKFLOW.allowed(conference.status(), ConferenceStatus.Command.CANCEL)
          || !moved(by, conference, ConferenceStatus.Command.CANCEL, reason)) {
        return Result.WRONG_STAGE;
      }
      jdbc.sql("UPDATE casework_conference SET cancel_reason = ? WHERE authority_id = ? AND id = ?")
          .params(reason, by.authorityId(), conferenceId)
          .update();
      jdbc.sql("UPDATE casework_conference_child SET cancelled = true WHERE authority_id = ? AND conference_id = ?")
          .params(by.authorityId(), conferenceId)
          .update();
      for (Conference.Child child : conference.children()) {
        episodes.find(by.authorityId(), child.episodeId())
            .ifPresent(episode -> episodes.record(by, "CONFERENCE_CANCELLED", episode, conference.kind().label() + " cancelled: " + reason));
      }
      return Result.DONE;
    });
  }

  /** Records whether an invitee's report came in and whether they attended (null: not yet known). */
  public Result invitee(StaffUser by, UUID conferenceId, int seq, boolean reportSubmitted, Boolean attended) {
    return transactions.write(() -> {
      if (!mayHold(by) && !mayConvene(by)) {
        return Result.NOT_ELIGIBLE;
      }
      Optional<Conference> found = find(by.authorityId(), conferenceId);
      if (found.isEmpty() || found.get().invitees().stream().noneMatch(i -> i.seq() == seq)) {
        return Result.NOT_FOUND;
      }
      if (found.get().status() == ConferenceStatus.CANCELLED) {
        return Result.WRONG_STAGE;
      }
      jdbc.sql("UPDATE casework_conference_invitee SET report_submitted = ?, attended = ? WHERE authority_id = ? AND conference_id = ? AND seq = ?")
          .params(reportSubmitted, attended, by.authorityId(), conferenceId, seq)
          .update();
      Conference.Invitee invitee = found.get().invitees().stream().filter(i -> i.seq() == seq).findFirst().orElseThrow();
      for (Conference.Child child : found.get().children()) {
        episodes.find(by.authorityId(), child.episodeId()).ifPresent(episode -> episodes.record(by, "CONFERENCE_INVITEE", episode,
            invitee.name() + ": report " + (reportSubmitted ? "submitted" : "not submitted")
                + (attended == null ? "" : attended ? ", attended" : ", did not attend")));
      }
      return Result.DONE;
    });
  }

  /** One of the council's conferences. */
  public Optional<Conference> find(UUID authorityId, UUID conferenceId) {
    return transactions.read(() -> tenancy.sql(authorityId, "SELECT " + COLUMNS + " FROM casework_conference WHERE authority_id = ? AND id = ?")
        .param(conferenceId)
        .query((rs, n) -> conference(rs, authorityId))
        .optional());
  }

  /** The conferences about the episode's child, the latest scheduled first. */
  public List<Conference> of(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT " + COLUMNS + " FROM casework_conference f WHERE authority_id = ? AND EXISTS (SELECT 1 FROM casework_conference_child c"
                + " WHERE c.authority_id = f.authority_id AND c.conference_id = f.id AND c.episode_id = ?) ORDER BY scheduled_at DESC")
        .param(episodeId)
        .query((rs, n) -> conference(rs, authorityId))
        .list());
  }

  /** The council's scheduled conferences, the soonest first. */
  public List<Conference> scheduled(UUID authorityId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT " + COLUMNS + " FROM casework_conference WHERE authority_id = ? AND status = 'SCHEDULED' ORDER BY scheduled_at, due_on LIMIT 500")
        .query((rs, n) -> conference(rs, authorityId))
        .list());
  }

  /** The council's conferences held in the last 3 months, the latest first. */
  public List<Conference> recentlyHeld(UUID authorityId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      LocalDate since = LocalDate.ofInstant(clock.instant(), uk.frontdoor.authority.UkTime.ZONE).minusMonths(3);
      return jdbc.sql("SELECT " + COLUMNS + " FROM casework_conference WHERE authority_id = ? AND status = 'HELD' AND held_on >= ?"
                  + " ORDER BY held_on DESC, scheduled_at DESC LIMIT 200")
          .params(authorityId, since)
          .query((rs, n) -> conference(rs, authorityId))
          .list();
    });
  }

  /** The day the enquiry started, if it is one of the council's. */
  public LocalDate enquiryStart(UUID authorityId, UUID enquiryId) {
    return transactions.read(() -> tenancy.sql(authorityId, "SELECT started_on FROM casework_enquiry WHERE authority_id = ? AND id = ?")
        .param(enquiryId)
        .query(LocalDate.class)
        .optional()
        .orElse(null));
  }

  /** Whether the episode's child has been at any conference: a chair may then open the child's pages. */
  public boolean hasConference(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> tenancy.sql(authorityId, "SELECT EXISTS (SELECT 1 FROM casework_conference_child WHERE authority_id = ? AND episode_id = ?)")
        .param(episodeId)
        .query(Boolean.class)
        .single());
  }

  private Optional<StaffMember> chair(UUID authorityId, UUID chairId) {
    return chairs(authorityId).stream().filter(m -> m.id().equals(chairId)).findFirst();
  }

  private boolean moved(StaffUser by, Conference conference, ConferenceStatus.Command command, String reason) {
    try {
      moves.move(CONFERENCES, by.authorityId(), conference.id(), conference.status(), command, Episodes.actor(by), reason);
      return true;
    } catch (MoveRefusedException movedMeanwhile) {
      return false;
    }
  }

  /** Stores a scheduled conference with its arrival in its history, and its invitations. */
  private UUID store(StaffUser by, Conference.Kind kind, LocalDate due, Instant scheduledAt, StaffMember chair, List<Conference.Invitation> invitations) {
    UUID id =
        jdbc.sql(
                """
                WITH conference AS (
                  INSERT INTO casework_conference (authority_id, id, kind, status, due_on, scheduled_at, chair_id, chair_name,
                      convened_by_id, convened_by_name, created_at)
                  VALUES (:authority, gen_random_uuid(), :kind, :start, :due, :scheduled, :chair, :chairName, :by, :byName, :at)
                  RETURNING authority_id, id, created_at)
                INSERT INTO casework_conference_status_change (authority_id, conference_id, seq, at, from_status, to_status, actor_id, actor_name, reason)
                SELECT authority_id, id, 1, created_at, NULL, :start, :by, :byName, :why FROM conference
                RETURNING conference_id
                """)
            .param("authority", by.authorityId())
            .param("kind", kind.name())
            .param("start", ConferenceStatus.WORKFLOW.start().name())
            .param("due", due)
            .param("scheduled", Timestamp.from(scheduledAt))
            .param("chair", chair.id())
            .param("chairName", chair.displayName())
            .param("by", by.id())
            .param("byName", by.displayName())
            .param("at", Timestamp.from(clock.instant()))
            .param("why", "Convened for " + scheduledAt)
            .query(UUID.class)
            .single();
    int seq = 0;
    for (Conference.Invitation invitation : invitations.subList(0, Math.min(invitations.size(), MAX_INVITEES))) {
      jdbc.sql("INSERT INTO casework_conference_invitee (authority_id, conference_id, seq, name, invited_as, agency) VALUES (?, ?, ?, ?, ?, ?)")
          .params(by.authorityId(), id, ++seq, invitation.name(), invitation.invitedAs(),
              "AGENCY".equals(invitation.invitedAs()) ? invitation.agency() : null)
          .update();
    }
    return id;
  }

  private Conference conference(ResultSet rs, UUID authorityId) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    List<Conference.Child> children =
        jdbc.sql(
                """
                SELECT c.episode_id, e.first_name, e.last_name, c.enquiry_id, c.reviewed_plan_id, c.decision, c.category, c.end_reason, c.plan_id
                FROM casework_conference_child c JOIN casework_episode e ON e.authority_id = c.authority_id AND e.id = c.episode_id
                WHERE c.authority_id = ? AND c.conference_id = ? ORDER BY e.first_name, e.id
                """)
            .params(authorityId, id)
            .query((r, n) -> new Conference.Child(
                r.getObject("episode_id", UUID.class), Episode.nameOf(r.getString("first_name"), r.getString("last_name")),
                r.getObject("enquiry_id", UUID.class), r.getObject("reviewed_plan_id", UUID.class),
                r.getString("decision") == null ? null : Decision.valueOf(r.getString("decision")),
                r.getString("category") == null ? null : AbuseCategory.valueOf(r.getString("category")),
                r.getString("end_reason"), r.getObject("plan_id", UUID.class)))
            .list();
    List<Conference.Invitee> invitees =
        jdbc.sql("SELECT seq, name, invited_as, agency, report_submitted, attended FROM casework_conference_invitee"
                + " WHERE authority_id = ? AND conference_id = ? ORDER BY seq")
            .params(authorityId, id)
            .query((r, n) -> new Conference.Invitee(
                r.getInt("seq"), r.getString("name"), r.getString("invited_as"), r.getString("agency"),
                r.getBoolean("report_submitted"), (Boolean) r.getObject("attended")))
            .list();
    return new Conference(
        id,
        Conference.Kind.valueOf(rs.getString("kind")),
        ConferenceStatus.valueOf(rs.getString("status")),
        rs.getObject("due_on", LocalDate.class),
        rs.getTimestamp("scheduled_at").toInstant(),
        rs.getObject("chair_id", UUID.class),
        rs.getString("chair_name"),
        rs.getObject("held_on", LocalDate.class),
        rs.getString("cancel_reason"),
        rs.getString("summary"),
        rs.getString("convened_by_name"),
        children,
        invitees);
  }
}
