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
import uk.frontdoor.authority.CouncilCalendars;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.workflow.MoveRefusedException;
import uk.frontdoor.platform.workflow.Moves;
import uk.frontdoor.platform.workflow.StatusTable;

/**
 * Section 47 enquiries: each started for one child by the strategy discussion that decided it (see
 * {@link StrategyDiscussions}), on the discussion's day, with an initial child protection conference
 * due within 15 working days of it in the council's calendar (T8); completed with the child seen and
 * the outcome. One enquiry of a child is open at a time.
 */
@Service
public record Enquiries(JdbcClient jdbc, Tenancy tenancy, Episodes episodes, Moves moves, CouncilCalendars calendars,
    Clock clock, Transactions transactions) {

  /** Enquiries and their status history, moved by {@link EnquiryStatus#WORKFLOW}. */
  public static final StatusTable<EnquiryStatus, EnquiryStatus.Command> ENQUIRIES =
      new StatusTable<>(EnquiryStatus.WORKFLOW, "casework_enquiry", "casework_enquiry_status_change", "enquiry_id");

  /** Working days after the strategy discussion within which the initial conference is held (Working Together 2023). */
  public static final int CONFERENCE_WORKING_DAYS = 15;

  private static final String COLUMNS =
      "id, episode_id, discussion_id, status, started_on, conference_due_on, seen_on, seen_alone, outcome, completed_on, started_by_name";

  /** What completing an enquiry records: the child seen (the day, whether alone), the outcome and the day it was reached. */
  public record Completion(LocalDate seenOn, boolean seenAlone, EnquiryOutcome outcome, LocalDate completedOn) {}

  /** Whether the member of staff may record strategy discussions and enquiries: a social worker or a team manager. */
  public static boolean mayRecord(StaffUser me) {
    return me.roles().contains("SOCIAL_WORKER") || me.roles().contains("TEAM_MANAGER");
  }

  /** The child's enquiries, the latest first. */
  public List<Enquiry> ofEpisode(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT " + COLUMNS + " FROM casework_enquiry WHERE authority_id = ? AND episode_id = ? ORDER BY started_on DESC, created_at DESC")
        .param(episodeId)
        .query(Enquiries::enquiry)
        .list());
  }

  /** One of the child's enquiries. */
  public Optional<Enquiry> find(UUID authorityId, UUID episodeId, UUID enquiryId) {
    return transactions.read(() -> find(authorityId, enquiryId).filter(e -> e.episodeId().equals(episodeId)));
  }

  /** One of the council's enquiries. */
  public Optional<Enquiry> find(UUID authorityId, UUID enquiryId) {
    return transactions.read(() -> tenancy.sql(authorityId, "SELECT " + COLUMNS + " FROM casework_enquiry WHERE authority_id = ? AND id = ?")
        .param(enquiryId)
        .query(Enquiries::enquiry)
        .optional());
  }

  /** The child's open enquiry, if there is one. */
  public Optional<Enquiry> openOf(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> ofEpisode(authorityId, episodeId).stream().filter(Enquiry::open).findFirst());
  }

  /**
   * The enquiries whose initial child protection conference is still to be held, the soonest due
   * first: open, or completed with a conference as the outcome, with no held conference about them
   * (casework_conference_child). Of the episodes given, or of all the council's with null.
   */
  public List<Enquiry> awaitingConference(UUID authorityId, List<UUID> episodeIds) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT " + COLUMNS + " FROM casework_enquiry q WHERE authority_id = ?"
                + " AND (?::uuid[] IS NULL OR episode_id = ANY (?::uuid[])) AND (status = 'OPEN' OR outcome = 'CONFERENCE')"
                + " AND NOT EXISTS (SELECT 1 FROM casework_conference_child cc JOIN casework_conference c"
                + " ON c.authority_id = cc.authority_id AND c.id = cc.conference_id"
                + " WHERE cc.authority_id = q.authority_id AND cc.enquiry_id = q.id AND c.status = 'HELD')"
                + " ORDER BY conference_due_on, created_at LIMIT 1000")
        .params(ids(episodeIds), ids(episodeIds))
        .query(Enquiries::enquiry)
        .list());
  }

  /**
   * A section 47 enquiry as another service (the LADO's) may see it: the enquiry and whose it is,
   * no more of the child's record.
   */
  public record AboutChild(Enquiry enquiry, String childName, LocalDate dateOfBirth) {}

  /**
   * The council's enquiries about a child known by this NHS number, or by this surname and date of
   * birth, the latest first: what the LADO links an allegation's section 47 strand to.
   */
  public List<AboutChild> aboutChild(UUID authorityId, String lastName, LocalDate dateOfBirth, String nhsNumber) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return jdbc.sql(
              "SELECT q.id, q.episode_id, q.discussion_id, q.status, q.started_on, q.conference_due_on, q.seen_on, q.seen_alone,"
                  + " q.outcome, q.completed_on, q.started_by_name, e.first_name, e.last_name, e.date_of_birth"
                  + " FROM casework_enquiry q JOIN casework_episode e ON e.authority_id = q.authority_id AND e.id = q.episode_id"
                  + " WHERE q.authority_id = ? AND ((? <> '' AND e.nhs_number = ?)"
                  + " OR (e.date_of_birth = ? AND lower(e.last_name) = lower(?)))"
                  + " ORDER BY q.started_on DESC, q.created_at DESC LIMIT 20")
          .params(authorityId, nhsNumber == null ? "" : nhsNumber, nhsNumber == null ? "" : nhsNumber, dateOfBirth,
              lastName == null ? "" : lastName.strip())
          .query((rs, n) -> new AboutChild(enquiry(rs, n),
              Episode.nameOf(rs.getString("first_name"), rs.getString("last_name")), rs.getObject("date_of_birth", LocalDate.class)))
          .list();
    });
  }

  /** One of the council's enquiries with whose it is, its view by the member of staff audited on the child's episode. */
  public Optional<AboutChild> seenBy(StaffUser viewer, UUID enquiryId, String why) {
    return transactions.write(() -> {
      Optional<Enquiry> found = find(viewer.authorityId(), enquiryId);
      return found.flatMap(q -> episodes.find(viewer.authorityId(), q.episodeId()).map(e -> {
        episodes.record(viewer, "ENQUIRY_VIEWED", e, why);
        return new AboutChild(q, e.childName(), e.dateOfBirth());
      }));
    });
  }

  private static String[] ids(List<UUID> episodeIds) {
    return episodeIds == null ? null : episodeIds.stream().map(UUID::toString).toArray(String[]::new);
  }

  /**
   * The last day for the initial conference of an enquiry the council started on the day: the 15th
   * working day after it, in the council's calendar.
   */
  public LocalDate conferenceDueOn(UUID authorityId, LocalDate startedOn) {
    return calendars.of(authorityId).nthWorkingDayAfter(startedOn, CONFERENCE_WORKING_DAYS);
  }

  /** Starts the child's enquiry decided at the discussion, in the caller's transaction (bound to the council). */
  void start(StaffUser by, Episode episode, UUID discussionId, LocalDate on) {
    LocalDate due = conferenceDueOn(by.authorityId(), on);
    jdbc.sql(
            """
            WITH enquiry AS (
              INSERT INTO casework_enquiry (authority_id, id, episode_id, discussion_id, status, started_on, conference_due_on,
                  started_by_id, started_by_name, created_at)
              VALUES (:authority, gen_random_uuid(), :episode, :discussion, :start, :on, :due, :by, :byName, :at)
              RETURNING authority_id, id, created_at)
            INSERT INTO casework_enquiry_status_change (authority_id, enquiry_id, seq, at, from_status, to_status, actor_id, actor_name, reason)
            SELECT authority_id, id, 1, created_at, NULL, :start, :by, :byName, :why FROM enquiry
            """)
        .param("authority", by.authorityId())
        .param("episode", episode.id())
        .param("discussion", discussionId)
        .param("start", EnquiryStatus.WORKFLOW.start().name())
        .param("on", on)
        .param("due", due)
        .param("by", by.id())
        .param("byName", by.displayName())
        .param("at", Timestamp.from(clock.instant()))
        .param("why", "Started by the strategy discussion on " + on)
        .update();
    episodes.record(by, "ENQUIRY_STARTED", episode, "Section 47 enquiry started on " + on + ", initial conference due by " + due);
  }

  /**
   * Completes the open enquiry: the child seen, the outcome, the day it was reached (not before the
   * start). Move first, then the rest (ADR 0013): a second completion is refused and writes nothing.
   */
  public Result complete(StaffUser by, UUID episodeId, UUID enquiryId, Completion done) {
    return transactions.write(() -> episodes.toOpen(by, episodeId, episode -> {
      if (!mayRecord(by)) {
        return Result.NOT_ELIGIBLE;
      }
      Optional<Enquiry> found = find(by.authorityId(), episodeId, enquiryId);
      if (found.isEmpty()) {
        return Result.NOT_FOUND;
      }
      Enquiry enquiry = found.get();
      if (!EnquiryStatus.WORKFLOW.allowed(enquiry.status(), EnquiryStatus.Command.COMPLETE)
          || done.completedOn().isBefore(enquiry.startedOn()) || done.seenOn().isBefore(enquiry.startedOn())) {
        return Result.WRONG_STAGE;
      }
      try {
        moves.move(ENQUIRIES, by.authorityId(), enquiryId, enquiry.status(), EnquiryStatus.Command.COMPLETE, Episodes.actor(by),
            done.outcome().label());
      } catch (MoveRefusedException movedMeanwhile) {
        return Result.WRONG_STAGE;
      }
      jdbc.sql("UPDATE casework_enquiry SET seen_on = ?, seen_alone = ?, outcome = ?, completed_on = ? WHERE authority_id = ? AND id = ?")
          .params(done.seenOn(), done.seenAlone(), done.outcome().name(), done.completedOn(), by.authorityId(), enquiryId)
          .update();
      episodes.record(by, "ENQUIRY_COMPLETED", episode, "Section 47 enquiry completed on " + done.completedOn() + ": " + done.outcome().label());
      return Result.DONE;
    }));
  }

  private static Enquiry enquiry(ResultSet rs, int n) throws SQLException {
    String outcome = rs.getString("outcome");
    return new Enquiry(
        rs.getObject("id", UUID.class),
        rs.getObject("episode_id", UUID.class),
        rs.getObject("discussion_id", UUID.class),
        EnquiryStatus.valueOf(rs.getString("status")),
        rs.getObject("started_on", LocalDate.class),
        rs.getObject("conference_due_on", LocalDate.class),
        rs.getObject("seen_on", LocalDate.class),
        rs.getObject("seen_alone", Boolean.class),
        outcome == null ? null : EnquiryOutcome.valueOf(outcome),
        rs.getObject("completed_on", LocalDate.class),
        rs.getString("started_by_name"));
  }
}
