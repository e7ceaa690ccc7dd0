package uk.frontdoor.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.casework.StrategyDiscussion.Action;
import uk.frontdoor.casework.StrategyDiscussion.Agency;
import uk.frontdoor.casework.StrategyDiscussion.Attendee;
import uk.frontdoor.casework.StrategyDiscussion.ChildDecision;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * Strategy discussions about the children of open episodes, recorded once held. Children's social
 * care, police and health each take part, or the record says why one could not; the children
 * discussed are the episode's child and the other children of its referrals with open episodes; a
 * decision to start section 47 enquiries starts each child's {@link Enquiry} in the same
 * transaction, stepping an early help episode up to child in need.
 */
@Service
public record StrategyDiscussions(JdbcClient jdbc, Tenancy tenancy, Episodes episodes, Enquiries enquiries,
    WorkingCalendar calendar, Clock clock, Transactions transactions) {

  /** The most attendees or actions a discussion records. */
  public static final int MAX_ROWS = 50;

  /** Why an early help episode stepped up when a section 47 enquiry started. */
  public static final String STEP_UP_REASON = "Section 47 enquiry started";

  /**
   * A discussion to record.
   *
   * @param whyNot why each required agency with no attendee could not take part
   * @param children the children discussed, each with the decision (the child's name is not needed)
   */
  public record Draft(
      Instant heldAt, UUID followsId, String discussed, Map<Agency, String> whyNot, List<Attendee> attendees,
      List<ChildDecision> children, List<Action> actions) {}

  /**
   * What became of a discussion asked to be recorded.
   *
   * @param missing the required agencies with neither an attendee nor a reason: nothing was recorded
   * @param stillOpen by episode, the open enquiry of each child whose enquiries were to start: nothing was recorded
   */
  public record Recorded(Result result, UUID id, List<Agency> missing, Map<UUID, Enquiry> stillOpen) {
    static Recorded refused(Result result) {
      return new Recorded(result, null, List.of(), Map.of());
    }
  }

  /** The children a discussion from this episode can be about: its own child first, then those of the other open episodes of its referrals. */
  public List<Episode> children(UUID authorityId, Episode episode) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      List<Episode> children = new ArrayList<>(List.of(episode));
      jdbc.sql(
              "SELECT " + Episodes.COLUMNS + " FROM casework_episode e WHERE authority_id = ? AND status = 'OPEN' AND id <> ?"
                  + " AND EXISTS (SELECT 1 FROM casework_episode_referral mine JOIN casework_episode_referral theirs"
                  + " ON theirs.authority_id = mine.authority_id AND theirs.referral_id = mine.referral_id"
                  + " WHERE mine.authority_id = e.authority_id AND mine.episode_id = ? AND theirs.episode_id = e.id)"
                  + " ORDER BY first_name, last_name, id LIMIT 50")
          .params(authorityId, episode.id(), episode.id())
          .query(Episodes::episode)
          .list()
          .forEach(children::add);
      return children;
    });
  }

  /** The discussions the episode's child was discussed at, the latest first. */
  public List<StrategyDiscussion> of(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT d.id FROM casework_strategy_discussion d JOIN casework_strategy_child c ON c.authority_id = d.authority_id"
                + " AND c.discussion_id = d.id WHERE d.authority_id = ? AND c.episode_id = ? ORDER BY d.held_at DESC, d.created_at DESC")
        .param(episodeId)
        .query(UUID.class)
        .list()
        .stream()
        .map(id -> read(authorityId, id).orElseThrow())
        .toList());
  }

  /** One of the discussions the episode's child was discussed at. */
  public Optional<StrategyDiscussion> find(UUID authorityId, UUID episodeId, UUID discussionId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return read(authorityId, discussionId).filter(d -> d.decisionFor(episodeId).isPresent());
    });
  }

  /** Whether the episode's child has been discussed at any strategy discussion. */
  public boolean anyFor(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> tenancy.sql(authorityId, "SELECT EXISTS (SELECT 1 FROM casework_strategy_child WHERE authority_id = ? AND episode_id = ?)")
        .param(episodeId)
        .query(Boolean.class)
        .single());
  }

  /**
   * Records a discussion held about the episode's child (and the other children of its referrals),
   * by a social worker or a team manager, and starts the section 47 enquiries it decided. Refused,
   * writing nothing, if a required agency neither took part nor has a reason, if a child whose
   * enquiries are to start has an open enquiry still, or if it was held in the future.
   *
   * @throws org.springframework.dao.ConcurrencyFailureException, rolled back, when someone else
   *     started a child's enquiry or changed a child's episode at the same moment
   */
  public Recorded record(StaffUser by, UUID episodeId, Draft draft) {
    return transactions.write(() -> {
      Recorded[] recorded = {null};
      Result result = episodes.toOpen(by, episodeId, episode -> {
        recorded[0] = record(by, episode, draft);
        return recorded[0].result();
      });
      return recorded[0] != null ? recorded[0] : Recorded.refused(result);
    });
  }

  private Recorded record(StaffUser by, Episode episode, Draft draft) {
    UUID authority = by.authorityId();
    if (!Enquiries.mayRecord(by)) {
      return Recorded.refused(Result.NOT_ELIGIBLE);
    }
    if (draft.heldAt().isAfter(clock.instant()) || draft.attendees().size() > MAX_ROWS || draft.actions().size() > MAX_ROWS) {
      return Recorded.refused(Result.WRONG_STAGE);
    }
    List<Agency> missing = Agency.REQUIRED.stream()
        .filter(a -> draft.attendees().stream().noneMatch(t -> t.agency() == a) && draft.whyNot().get(a) == null)
        .toList();
    if (!missing.isEmpty()) {
      return new Recorded(Result.WRONG_STAGE, null, missing, Map.of());
    }
    Map<UUID, Episode> discussable = new LinkedHashMap<>();
    children(authority, episode).forEach(child -> discussable.put(child.id(), child));
    if (draft.children().stream().noneMatch(c -> c.episodeId().equals(episode.id()))
        || !draft.children().stream().allMatch(c -> discussable.containsKey(c.episodeId()))
        || draft.children().stream().map(ChildDecision::episodeId).distinct().count() != draft.children().size()) {
      return Recorded.refused(Result.WRONG_STAGE);
    }
    if (draft.followsId() != null && of(authority, episode.id()).stream().noneMatch(d -> d.id().equals(draft.followsId()))) {
      return Recorded.refused(Result.NOT_FOUND);
    }
    Map<UUID, Enquiry> stillOpen = new LinkedHashMap<>();
    for (ChildDecision child : draft.children()) {
      if (child.section47()) {
        enquiries.openOf(authority, child.episodeId()).ifPresent(open -> stillOpen.put(child.episodeId(), open));
      }
    }
    if (!stillOpen.isEmpty()) {
      return new Recorded(Result.WRONG_STAGE, null, List.of(), stillOpen);
    }
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    jdbc.sql(
            """
            INSERT INTO casework_strategy_discussion (authority_id, id, held_at, follows_id, discussed, no_social_care_reason,
                no_police_reason, no_health_reason, recorded_by_id, recorded_by_name, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(authority, id, Timestamp.from(draft.heldAt()), draft.followsId(), draft.discussed(),
            draft.whyNot().get(Agency.SOCIAL_CARE), draft.whyNot().get(Agency.POLICE), draft.whyNot().get(Agency.HEALTH),
            by.id(), by.displayName(), Timestamp.from(now))
        .update();
    int seq = 0;
    for (Attendee attendee : draft.attendees()) {
      jdbc.sql("INSERT INTO casework_strategy_attendee (authority_id, discussion_id, seq, name, agency, role) VALUES (?, ?, ?, ?, ?, ?)")
          .params(authority, id, ++seq, attendee.name(), attendee.agency().name(), attendee.role())
          .update();
    }
    seq = 0;
    for (Action action : draft.actions()) {
      jdbc.sql("INSERT INTO casework_strategy_action (authority_id, discussion_id, seq, action, owner, due_on) VALUES (?, ?, ?, ?, ?, ?)")
          .params(authority, id, ++seq, action.action(), action.owner(), action.dueOn())
          .update();
    }
    LocalDate day = calendar.londonDate(draft.heldAt());
    for (ChildDecision child : draft.children()) {
      jdbc.sql("INSERT INTO casework_strategy_child (authority_id, discussion_id, episode_id, section47, reason) VALUES (?, ?, ?, ?, ?)")
          .params(authority, id, child.episodeId(), child.section47(), child.reason())
          .update();
      Episode theirs = discussable.get(child.episodeId());
      episodes.record(by, "STRATEGY_DISCUSSION_RECORDED", theirs,
          "Strategy discussion held on " + day + ": " + (child.section47() ? "section 47 enquiries start" : "no section 47 enquiries"));
      if (child.section47()) {
        enquiries.start(by, theirs, id, day);
        if (theirs.level() == EpisodeLevel.EARLY_HELP) {
          if (!episodes.stepped(authority, theirs, EpisodeLevel.CHILD_IN_NEED, Episodes.actor(by), STEP_UP_REASON, now)) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                "The episode " + theirs.id() + " changed while the discussion was recorded");
          }
          episodes.record(by, "STEPPED_UP", theirs, STEP_UP_REASON);
        }
      }
    }
    return new Recorded(Result.DONE, id, List.of(), Map.of());
  }

  private Optional<StrategyDiscussion> read(UUID authorityId, UUID id) {
    List<Attendee> attendees =
        jdbc.sql("SELECT name, agency, role FROM casework_strategy_attendee WHERE authority_id = ? AND discussion_id = ? ORDER BY seq")
            .params(authorityId, id)
            .query((rs, n) -> new Attendee(rs.getString("name"), Agency.valueOf(rs.getString("agency")), rs.getString("role")))
            .list();
    List<Action> actions =
        jdbc.sql("SELECT action, owner, due_on FROM casework_strategy_action WHERE authority_id = ? AND discussion_id = ? ORDER BY seq")
            .params(authorityId, id)
            .query((rs, n) -> new Action(rs.getString("action"), rs.getString("owner"), rs.getObject("due_on", LocalDate.class)))
            .list();
    List<ChildDecision> children =
        jdbc.sql(
                "SELECT c.episode_id, e.first_name, e.last_name, c.section47, c.reason FROM casework_strategy_child c"
                    + " JOIN casework_episode e ON e.authority_id = c.authority_id AND e.id = c.episode_id"
                    + " WHERE c.authority_id = ? AND c.discussion_id = ? ORDER BY e.first_name, e.last_name, e.id")
            .params(authorityId, id)
            .query((rs, n) -> new ChildDecision(
                rs.getObject("episode_id", UUID.class),
                name(rs.getString("first_name"), rs.getString("last_name")),
                rs.getBoolean("section47"), rs.getString("reason")))
            .list();
    return jdbc.sql(
            """
            SELECT id, held_at, follows_id, discussed, no_social_care_reason, no_police_reason, no_health_reason, recorded_by_name
            FROM casework_strategy_discussion WHERE authority_id = ? AND id = ?
            """)
        .params(authorityId, id)
        .query((rs, n) -> new StrategyDiscussion(
            rs.getObject("id", UUID.class), rs.getTimestamp("held_at").toInstant(), rs.getObject("follows_id", UUID.class),
            rs.getString("discussed"), rs.getString("no_social_care_reason"), rs.getString("no_police_reason"),
            rs.getString("no_health_reason"), rs.getString("recorded_by_name"), attendees, children, actions))
        .optional();
  }

  private static String name(String first, String last) {
    return new Episode(null, first, last, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, false)
        .childName();
  }
}
