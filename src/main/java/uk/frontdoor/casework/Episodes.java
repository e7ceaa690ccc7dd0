package uk.frontdoor.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.CouncilCalendars;
import uk.frontdoor.authority.Team;
import uk.frontdoor.identity.StaffDirectory;
import uk.frontdoor.identity.StaffMember;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.workflow.Actor;
import uk.frontdoor.platform.workflow.MoveRefusedException;
import uk.frontdoor.platform.workflow.Moves;
import uk.frontdoor.platform.workflow.StatusTable;

/**
 * A council's casework episodes: who leads each, at what level, and whether it is open. Every view
 * and change is audited; every change keeps its history; nothing is added to a closed episode but
 * by reopening it.
 */
@Service
public record Episodes(JdbcClient jdbc, Tenancy tenancy, Moves moves, EpisodeHistories histories, AuditLog audit,
    StaffDirectory directory, CouncilCalendars calendars, Authorities authorities, Clock clock,
    Transactions transactions) {

  public static final String SUBJECT = "CASEWORK_EPISODE";

  /** Working days from the referral date within which the child and family assessment concludes (Working Together 2023). */
  public static final int ASSESSMENT_WORKING_DAYS = 45;

  /** Episodes and their status history, moved by {@link EpisodeStatus#WORKFLOW}. */
  public static final StatusTable<EpisodeStatus, EpisodeStatus.Command> EPISODES =
      new StatusTable<>(EpisodeStatus.WORKFLOW, "casework_episode", "casework_episode_status_change", "episode_id");

  /** Who may lead an episode at child in need. */
  public static final List<String> CHILD_IN_NEED_LEADS = List.of("SOCIAL_WORKER");

  /** Who may lead an episode at early help: a Family Help practitioner, or a social worker. */
  public static final List<String> EARLY_HELP_LEADS = List.of("SOCIAL_WORKER", "FAMILY_HELP");

  static final String COLUMNS =
      "id, first_name, last_name, date_of_birth, expected_date, nhs_number, level, status, referral_date, opened_at,"
          + " assessment_due_at, assessment_authorised_at, primary_need, lead_id, lead_name, team_code, team_name, closure_reason, closed_at, re_referral";

  /** What became of a change asked for. */
  public enum Result {
    DONE,
    NOT_FOUND,
    /** The episode is closed: nothing can be added until it is reopened. */
    CLOSED,
    /** The command is not one the episode's status allows, or someone else moved it first. */
    WRONG_STAGE,
    /** The person chosen may not lead an episode at its level. */
    NOT_ELIGIBLE,
    /** Nothing would change: the same lead, or the same level. */
    UNCHANGED,
    /** The child has another open episode, so this one cannot be reopened. */
    ANOTHER_OPEN,
    /** The episode is not at the level the work belongs to: a child in need plan at early help. */
    WRONG_LEVEL,
    /** A plan of the kind asked for is open already: end it first. */
    PLAN_OPEN,
    /** The child has a child protection plan, and cannot have a child in need plan at once. */
    CHILD_PROTECTION_PLAN,
    /** The team chosen is not one of the council's. */
    NOT_A_TEAM
  }

  /** The episode, without recording a view: for work that shows nothing of it. */
  public Optional<Episode> find(UUID authorityId, UUID id) {
    return transactions.read(() -> tenancy.sql(authorityId, "SELECT " + COLUMNS + " FROM casework_episode WHERE authority_id = ? AND id = ?")
        .param(id)
        .query(Episodes::episode)
        .optional());
  }

  /** Opens the episode for a member of staff, recording that they saw it. */
  public Optional<Episode> open(StaffUser me, UUID id) {
    return transactions.write(() -> open(me, id, ""));
  }

  /** Opens the episode for a member of staff, recording that they saw it and which part: "Referral ABCD-EFGH". */
  public Optional<Episode> open(StaffUser me, UUID id, String part) {
    return transactions.write(() -> {
      Optional<Episode> episode = find(me.authorityId(), id);
      episode.ifPresent(e -> record(me, "VIEWED", e, part));
      return episode;
    });
  }

  /** Open episodes no one leads yet, oldest referral first. */
  public List<Episode> unallocated(UUID authorityId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return jdbc.sql(
              "SELECT " + COLUMNS + " FROM casework_episode WHERE authority_id = ? AND status = 'OPEN' AND lead_id IS NULL"
                  + " ORDER BY referral_date, opened_at LIMIT 500")
          .param(authorityId)
          .query(Episodes::episode)
          .list();
    });
  }

  /** A worker's open episodes: the soonest due first (so the overdue first), then those with nothing due, oldest first. */
  public List<Episode> caseload(UUID authorityId, UUID workerId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return jdbc.sql(
              "SELECT " + COLUMNS + " FROM casework_episode WHERE authority_id = ? AND status = 'OPEN' AND lead_id = ?"
                  + " ORDER BY " + DUE_FIRST + " LIMIT 500")
          .params(authorityId, workerId)
          .query(Episodes::episode)
          .list();
    });
  }

  /** The soonest due first; an assessment authorised has nothing due. */
  private static final String DUE_FIRST =
      "CASE WHEN assessment_authorised_at IS NULL THEN assessment_due_at END NULLS LAST, referral_date, opened_at";

  /** Open episodes whose assessment is past its deadline and not authorised, the most overdue first: for managers. */
  public List<Episode> overdueAssessments(UUID authorityId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return jdbc.sql(
              "SELECT " + COLUMNS + " FROM casework_episode WHERE authority_id = ? AND status = 'OPEN'"
                  + " AND assessment_due_at <= ? AND assessment_authorised_at IS NULL ORDER BY " + DUE_FIRST + " LIMIT 500")
          .params(authorityId, Timestamp.from(clock.instant()))
          .query(Episodes::episode)
          .list();
    });
  }

  /** Open episodes whose assessment waits for a team manager to authorise it, the soonest due first. */
  public List<Episode> awaitingAssessmentAuthorisation(UUID authorityId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return jdbc.sql(
              "SELECT " + COLUMNS + " FROM casework_episode e WHERE authority_id = ? AND status = 'OPEN' AND EXISTS"
                  + " (SELECT 1 FROM casework_assessment a WHERE a.authority_id = e.authority_id AND a.episode_id = e.id"
                  + " AND a.status = 'SUBMITTED') ORDER BY " + DUE_FIRST + " LIMIT 500")
          .param(authorityId)
          .query(Episodes::episode)
          .list();
    });
  }

  /** Every casework practitioner's caseload at a glance: the most overdue first, then by name. */
  public List<Caseload> caseloads(UUID authorityId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      Instant now = clock.instant();
      record Count(UUID lead, int children, int overdue, List<String> teams) {}
      List<Count> counts =
          jdbc.sql(
                  """
                  SELECT lead_id, count(*) AS children, count(*) FILTER (WHERE assessment_due_at <= ? AND assessment_authorised_at IS NULL) AS overdue,
                    array_remove(array_agg(DISTINCT team_name ORDER BY team_name), NULL) AS teams
                  FROM casework_episode WHERE authority_id = ? AND status = 'OPEN' AND lead_id IS NOT NULL
                  GROUP BY lead_id
                  """)
              .params(Timestamp.from(now), authorityId)
              .query((rs, n) -> new Count(rs.getObject("lead_id", UUID.class), rs.getInt("children"), rs.getInt("overdue"),
                  List.of((String[]) rs.getArray("teams").getArray())))
              .list();
      List<Caseload> caseloads = new ArrayList<>();
      for (StaffMember worker : directory.withAnyRole(authorityId, EARLY_HELP_LEADS)) {
        Count count = counts.stream().filter(c -> c.lead().equals(worker.id())).findFirst().orElse(new Count(worker.id(), 0, 0, List.of()));
        caseloads.add(new Caseload(worker.id(), worker.displayName(), count.children(), count.overdue(), count.teams()));
      }
      caseloads.sort(Comparator.comparingInt(Caseload::overdue).reversed());
      return caseloads;
    });
  }

  /** Who may lead an episode at this level, by name. */
  public List<StaffMember> eligibleLeads(UUID authorityId, EpisodeLevel level) {
    return directory.withAnyRole(authorityId, level == EpisodeLevel.CHILD_IN_NEED ? CHILD_IN_NEED_LEADS : EARLY_HELP_LEADS);
  }

  /** The episode's referrals, oldest first. */
  public List<EpisodeReferral> referrals(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return histories.referrals(authorityId, episodeId);
    });
  }

  /** Everything that happened to the episode, oldest first: status moves, allocations, steps up and down, referrals added. */
  public List<HistoryLine> history(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return histories.history(authorityId, episodeId);
    });
  }

  /**
   * A team manager allocates the episode to a lead practitioner in one of the council's teams, or
   * reallocates it (to another worker, another team or both), saying why.
   */
  public Result allocate(StaffUser manager, UUID id, UUID toId, String teamCode, String reason) {
    return transactions.write(() -> {
      Optional<Team> team = teams(manager.authorityId()).stream().filter(t -> t.code().equals(teamCode)).findFirst();
      return toOpen(manager, id, episode -> team.isEmpty()
          ? Result.NOT_A_TEAM
          : allocate(manager, episode, toId, team.get().code(), team.get().name(), reason));
    });
  }

  /**
   * Allocates the episode to the lead, in its team as it is, in the caller's transaction, keeping
   * the allocation's history: when a child protection conference names the plan's lead social worker.
   */
  Result allocated(StaffUser by, Episode episode, UUID toId, String reason) {
    return allocate(by, episode, toId, episode.teamCode(), episode.teamName(), reason);
  }

  /** The council's teams an episode may be allocated to, each code once, in the council's order. */
  public List<Team> teams(UUID authorityId) {
    return authorities.get(authorityId).distinctTeams();
  }

  /**
   * The team a team manager allocates to unless they choose another: the episode's own, else the
   * team of the manager's last allocation in the council, which Front Door takes for their own
   * (staff records hold no team); null if neither is known or it is no longer one of the council's.
   */
  public String usualTeam(StaffUser manager, Episode episode) {
    return transactions.read(() -> {
      if (episode.teamCode() != null) {
        return episode.teamCode();
      }
      tenancy.bind(manager.authorityId());
      return jdbc.sql(
              "SELECT to_team_code FROM casework_allocation WHERE authority_id = ? AND by_id = ? AND to_team_code IS NOT NULL"
                  + " ORDER BY at DESC LIMIT 1")
          .params(manager.authorityId(), manager.id())
          .query(String.class)
          .optional()
          .filter(code -> teams(manager.authorityId()).stream().anyMatch(t -> t.code().equals(code)))
          .orElse(null);
    });
  }

  private Result allocate(StaffUser manager, Episode episode, UUID toId, String teamCode, String teamName, String reason) {
    UUID id = episode.id();
    Optional<StaffMember> to = eligibleLeads(manager.authorityId(), episode.level()).stream().filter(m -> m.id().equals(toId)).findFirst();
    if (to.isEmpty()) {
      return Result.NOT_ELIGIBLE;
    }
    boolean sameTeam = java.util.Objects.equals(teamCode, episode.teamCode());
    if (to.get().id().equals(episode.leadId()) && sameTeam) {
      return Result.UNCHANGED;
    }
    int changed =
        jdbc.sql(
                """
                UPDATE casework_episode SET lead_id = ?, lead_name = ?, team_code = ?, team_name = ?
                WHERE authority_id = ? AND id = ? AND status = 'OPEN' AND lead_id IS NOT DISTINCT FROM ?
                  AND team_code IS NOT DISTINCT FROM ?
                """)
            .params(to.get().id(), to.get().displayName(), teamCode, teamName, manager.authorityId(), id, episode.leadId(),
                episode.teamCode())
            .update();
    if (changed != 1) {
      return Result.WRONG_STAGE;
    }
    jdbc.sql(
            """
            INSERT INTO casework_allocation (authority_id, episode_id, seq, at, from_id, from_name, to_id, to_name,
                by_id, by_name, reason, from_team_code, from_team_name, to_team_code, to_team_name)
            SELECT ?, ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
            FROM casework_allocation WHERE authority_id = ? AND episode_id = ?
            """)
        .params(
            manager.authorityId(), id, Timestamp.from(clock.instant()), episode.leadId(), episode.leadName(),
            to.get().id(), to.get().displayName(), manager.id(), manager.displayName(), reason == null ? "" : reason,
            episode.teamCode(), episode.teamName(), teamCode, teamName,
            manager.authorityId(), id)
        .update();
    record(manager, "ALLOCATED", episode,
        (episode.allocated() ? "From " + episode.leadName() + inTeam(episode.teamName()) + " to " : "To ") + to.get().displayName()
            + inTeam(teamName) + (reason == null ? "" : ": " + reason));
    return Result.DONE;
  }

  /** " (the team's name)", or nothing where there is no team. */
  static String inTeam(String teamName) {
    return teamName == null ? "" : " (" + teamName + ")";
  }

  /**
   * Steps the episode up to child in need, or down to early help, with the reason; the episode
   * keeps its key and its history. A step up starts the assessment's clock from today (a new
   * assessment is due, whatever was authorised before); a step down stops it.
   */
  public Result changeLevel(StaffUser by, UUID id, EpisodeLevel to, String reason) {
    return transactions.write(() -> toOpen(by, id, episode -> changeLevel(by, episode, to, reason)));
  }

  private Result changeLevel(StaffUser by, Episode episode, EpisodeLevel to, String reason) {
    if (episode.level() == to) {
      return Result.UNCHANGED;
    }
    // A child in need plan belongs to child in need: it ends before the child steps down.
    if (to == EpisodeLevel.EARLY_HELP && openPlans(by.authorityId(), episode).contains(PlanKind.CHILD_IN_NEED)) {
      return Result.PLAN_OPEN;
    }
    if (!stepped(by.authorityId(), episode, to, actor(by), reason, clock.instant())) {
      return Result.WRONG_STAGE;
    }
    record(by, to == EpisodeLevel.CHILD_IN_NEED ? "STEPPED_UP" : "STEPPED_DOWN", episode, reason);
    return Result.DONE;
  }

  /**
   * Moves an open episode to the other level and keeps the change in its history, in the caller's
   * transaction (bound to the council); false if the episode had changed meanwhile.
   */
  public boolean stepped(UUID authorityId, Episode episode, EpisodeLevel to, Actor by, String reason, Instant at) {
    Instant due = to == EpisodeLevel.CHILD_IN_NEED ? calendars.of(authorityId).addWorkingDays(at, ASSESSMENT_WORKING_DAYS) : null;
    int changed =
        jdbc.sql(
                """
                UPDATE casework_episode SET level = ?, assessment_due_at = ?, assessment_rule = ?, assessment_authorised_at = NULL
                WHERE authority_id = ? AND id = ? AND status = 'OPEN' AND level = ?
                """)
            .params(
                to.name(), due == null ? null : Timestamp.from(due),
                due == null ? null : ASSESSMENT_WORKING_DAYS + " working days from the step up to child in need",
                authorityId, episode.id(), episode.level().name())
            .update();
    if (changed != 1) {
      return false;
    }
    jdbc.sql(
            """
            INSERT INTO casework_level_change (authority_id, episode_id, seq, at, from_level, to_level, by_id, by_name, reason)
            SELECT ?, ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?, ?
            FROM casework_level_change WHERE authority_id = ? AND episode_id = ?
            """)
        .params(
            authorityId, episode.id(), Timestamp.from(at), episode.level().name(), to.name(), by.id(), by.name(), reason,
            authorityId, episode.id())
        .update();
    return true;
  }

  /** Records the child's primary need (CIN census N0 to N9). */
  public Result recordPrimaryNeed(StaffUser by, UUID id, PrimaryNeed need) {
    return transactions.write(() -> toOpen(by, id, episode -> {
      if (need == episode.primaryNeed()) {
        return Result.UNCHANGED;
      }
      jdbc.sql("UPDATE casework_episode SET primary_need = ? WHERE authority_id = ? AND id = ? AND status = 'OPEN'")
          .params(need.name(), by.authorityId(), id)
          .update();
      record(by, "PRIMARY_NEED", episode, need.name() + " " + need.label());
      return Result.DONE;
    }));
  }

  /**
   * Records an unborn child's birth: the date of birth, which the episode keeps from then on with
   * its expected date. Anything recorded against the expected date (a child protection plan
   * started before the birth) stays the child's.
   */
  public Result recordBirth(StaffUser by, UUID id, java.time.LocalDate born) {
    return transactions.write(() -> toOpen(by, id, episode -> {
      if (episode.dateOfBirth() != null || episode.expectedDate() == null) {
        return Result.UNCHANGED;
      }
      int changed =
          jdbc.sql("UPDATE casework_episode SET date_of_birth = ? WHERE authority_id = ? AND id = ? AND date_of_birth IS NULL")
              .params(born, by.authorityId(), id)
              .update();
      if (changed != 1) {
        return Result.WRONG_STAGE;
      }
      record(by, "BIRTH_RECORDED", episode, "Born on " + born + " (expected " + episode.expectedDate() + ")");
      return Result.DONE;
    }));
  }

  /** Adds to an open episode: nothing can be added to a closed one but by reopening it. */
  Result toOpen(StaffUser by, UUID id, java.util.function.Function<Episode, Result> change) {
    return find(by.authorityId(), id).map(episode -> episode.open() ? change.apply(episode) : Result.CLOSED).orElse(Result.NOT_FOUND);
  }

  /**
   * Why the episode cannot close yet, in words for the page; none if it can: a child and family
   * assessment started and not yet authorised, a child in need plan or a family plan still open, a
   * section 47 enquiry still open.
   * Each guard is a line of its own.
   */
  public List<String> whyNotClosable(UUID authorityId, Episode episode) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      List<String> why = new ArrayList<>();
      jdbc.sql("SELECT status FROM casework_assessment WHERE authority_id = ? AND episode_id = ? AND status <> 'AUTHORISED'")
          .params(authorityId, episode.id())
          .query(String.class)
          .optional()
          .ifPresent(status -> why.add(
              status.equals(AssessmentStatus.SUBMITTED.name())
                  ? "The child and family assessment is waiting for a team manager to authorise it. The episode can close once it is authorised"
                  : "The child and family assessment is not finished. The episode can close once it is sent and authorised"));
      if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM casework_protection_plan WHERE authority_id = ? AND episode_id = ? AND status = 'OPEN')")
          .params(authorityId, episode.id()).query(Boolean.class).single()) {
        why.add("The child protection plan is still open: only a review child protection conference ends it");
      }
      openPlans(authorityId, episode).forEach(kind -> why.add("The " + kind.label().toLowerCase(java.util.Locale.UK) + " is still open: end it first"));
      if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM casework_enquiry WHERE authority_id = ? AND episode_id = ? AND status = 'OPEN')")
          .params(authorityId, episode.id()).query(Boolean.class).single()) {
        why.add("The section 47 enquiry is still open: record its outcome first");
      }
      return why;
    });
  }

  /** The kinds of plan open on the episode (a child in need plan, a family plan). */
  private List<PlanKind> openPlans(UUID authorityId, Episode episode) {
    return jdbc.sql("SELECT kind FROM casework_plan WHERE authority_id = ? AND episode_id = ? AND status = 'OPEN' ORDER BY kind")
        .params(authorityId, episode.id())
        .query((rs, n) -> PlanKind.valueOf(rs.getString("kind")))
        .list();
  }

  /** Closes the episode with its CIN census reason for closure. */
  public Result close(StaffUser by, UUID id, ClosureReason reason) {
    return transactions.write(() -> statusMove(
        by, id, EpisodeStatus.Command.CLOSE, reason.name() + " " + reason.label(),
        episode -> whyNotClosable(by.authorityId(), episode).isEmpty() ? null : Result.WRONG_STAGE,
        "EPISODE_CLOSED", "closure_reason = ?, closed_at = ?", reason.name(), Timestamp.from(clock.instant())));
  }

  /** A team manager reopens a closed episode, saying why; its closure stays in the history. */
  public Result reopen(StaffUser manager, UUID id, String reason) {
    return transactions.write(() -> statusMove(
        manager, id, EpisodeStatus.Command.REOPEN, reason,
        episode -> anotherOpen(manager.authorityId(), episode) ? Result.ANOTHER_OPEN : null,
        "EPISODE_REOPENED", "closure_reason = NULL, closed_at = NULL"));
  }

  private boolean anotherOpen(UUID authorityId, Episode episode) {
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM casework_episode e JOIN casework_episode this
              ON this.authority_id = e.authority_id AND this.child_key = e.child_key
              WHERE e.authority_id = ? AND this.id = ? AND e.status = 'OPEN')
            """)
        .params(authorityId, episode.id())
        .query(Boolean.class)
        .single();
  }

  /**
   * Gives the episode a command of its workflow, if the table allows it and the guard refuses
   * nothing (it answers null), then sets the columns that follow and audits it. Move first, then
   * the rest: a refused move has written nothing (ADR 0013).
   */
  private Result statusMove(
      StaffUser by, UUID id, EpisodeStatus.Command command, String why,
      java.util.function.Function<Episode, Result> guard, String action, String set, Object... values) {
    Optional<Episode> found = find(by.authorityId(), id);
    if (found.isEmpty()) {
      return Result.NOT_FOUND;
    }
    Episode episode = found.get();
    if (!EpisodeStatus.WORKFLOW.allowed(episode.status(), command)) {
      return Result.WRONG_STAGE;
    }
    Result refused = guard.apply(episode);
    if (refused != null) {
      return refused;
    }
    if (!moved(by, episode, command, why)) {
      return Result.WRONG_STAGE;
    }
    List<Object> params = new ArrayList<>(List.of(values));
    params.add(by.authorityId());
    params.add(id);
    jdbc.sql("UPDATE casework_episode SET " + set + " WHERE authority_id = ? AND id = ?").params(params).update();
    record(by, action, episode, why);
    return Result.DONE;
  }

  private boolean moved(StaffUser by, Episode episode, EpisodeStatus.Command command, String reason) {
    try {
      moves.move(EPISODES, by.authorityId(), episode.id(), episode.status(), command, actor(by), reason);
      return true;
    } catch (MoveRefusedException movedMeanwhile) {
      return false;
    }
  }

  static Actor actor(StaffUser staff) {
    return new Actor(staff.id(), staff.displayName());
  }

  void record(StaffUser who, String action, Episode episode, String detail) {
    audit.record(
        who.authorityId(), who.id(), who.displayName(), action, SUBJECT, episode.id().toString(),
        episode.childName() + (detail == null || detail.isEmpty() ? "" : ". " + detail));
  }

  static Episode episode(ResultSet rs, int n) throws SQLException {
    return new Episode(
        rs.getObject("id", UUID.class),
        rs.getString("first_name"),
        rs.getString("last_name"),
        rs.getObject("date_of_birth", java.time.LocalDate.class),
        rs.getObject("expected_date", java.time.LocalDate.class),
        rs.getString("nhs_number"),
        EpisodeLevel.valueOf(rs.getString("level")),
        EpisodeStatus.valueOf(rs.getString("status")),
        rs.getObject("referral_date", java.time.LocalDate.class),
        rs.getTimestamp("opened_at").toInstant(),
        instant(rs, "assessment_due_at"),
        instant(rs, "assessment_authorised_at"),
        rs.getString("primary_need") == null ? null : PrimaryNeed.valueOf(rs.getString("primary_need")),
        rs.getObject("lead_id", UUID.class),
        rs.getString("lead_name"),
        rs.getString("team_code"),
        rs.getString("team_name"),
        rs.getString("closure_reason") == null ? null : ClosureReason.valueOf(rs.getString("closure_reason")),
        instant(rs, "closed_at"),
        rs.getBoolean("re_referral"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
