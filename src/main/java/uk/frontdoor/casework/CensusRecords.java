package uk.frontdoor.casework;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * What casework holds for the children in need census of a collection year, for the returns
 * module to read: each episode at child in need open at any time in the year (referred on or before
 * its last day, not closed before its first) with its census details and the work within the year,
 * as the census guide counts it: assessments, child in need plans, section 47 enquiries and child
 * protection plans ongoing at some time in the year, and the review conferences held in it.
 */
@Service
public record CensusRecords(JdbcClient jdbc, Tenancy tenancy, Transactions transactions) {

  /** A child and family assessment: its id, start, authorisation (the census's end), the factors identified. */
  public record CensusAssessment(UUID id, LocalDate start, LocalDate authorised, List<String> factors) {}

  /** A child in need plan's id, start and end (null while open). */
  public record CensusPlan(UUID id, LocalDate start, LocalDate end) {}

  /**
   * A section 47 enquiry: its id, start, the initial conference's target (15 working days), the
   * initial conference's day if one was held, the day it ended without needing one (null if it has
   * not), the day its outcome was recorded (null until then) and whether that outcome was a
   * conference (null until then).
   */
  public record CensusEnquiry(
      UUID id, LocalDate start, LocalDate conferenceTarget, LocalDate initialConference, LocalDate conferenceNotRequiredOn,
      LocalDate completed, Boolean conferenceRequired) {}

  /**
   * A child protection plan: its id, start, end, categories, how many plans the child had before
   * it, the review conferences held in the year, and the day of the initial conference that started it.
   */
  public record CensusProtectionPlan(
      UUID id, LocalDate start, LocalDate end, String initialCategory, String latestCategory, int previousPlans,
      List<LocalDate> reviews, LocalDate initialConference) {}

  /** An episode with what the census needs of it; {@code detail} null until census details are recorded. */
  public record CensusEpisode(
      Episode episode, String childKey, CensusDetail detail, List<CensusAssessment> assessments, List<CensusPlan> plans,
      List<CensusEnquiry> enquiries, List<CensusProtectionPlan> protectionPlans) {}

  /** The episodes of the census year from {@code first} to {@code last}, oldest referral first. */
  public List<CensusEpisode> year(UUID authorityId, LocalDate first, LocalDate last) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      String inYear =
          " e.authority_id = :a AND e.referral_date <= :last"
              + " AND (e.closed_at IS NULL OR (e.closed_at AT TIME ZONE 'Europe/London')::date >= :first)"
              + " AND (e.level = 'CHILD_IN_NEED' OR EXISTS (SELECT 1 FROM casework_assessment x WHERE x.authority_id = e.authority_id"
              + " AND x.episode_id = e.id) OR EXISTS (SELECT 1 FROM casework_enquiry x WHERE x.authority_id = e.authority_id AND x.episode_id = e.id))";
      Map<String, Object> params = Map.of("a", authorityId, "first", first, "last", last);
      Map<UUID, String> keys = new HashMap<>();
      List<Episode> episodes =
          jdbc.sql("SELECT e.child_key, " + prefixed() + " FROM casework_episode e WHERE" + inYear + " ORDER BY e.referral_date, e.child_key, e.id")
              .params(params)
              .query((rs, n) -> {
                Episode episode = Episodes.episode(rs, n);
                keys.put(episode.id(), rs.getString("child_key"));
                return episode;
              })
              .list();
      Map<UUID, CensusDetail> details = new HashMap<>();
      jdbc.sql("SELECT d.episode_id, d.sex, d.ethnicity, d.disabilities, d.upn, d.upn_unknown, d.referral_source"
              + " FROM casework_census_detail d JOIN casework_episode e ON e.authority_id = d.authority_id AND e.id = d.episode_id WHERE" + inYear)
          .params(params)
          .query(rs -> {
            details.put(rs.getObject("episode_id", UUID.class), CensusDetails.detail(rs, 0));
          });
      Map<UUID, List<CensusAssessment>> assessments = new HashMap<>();
      jdbc.sql("SELECT x.episode_id, x.id, x.start_date, (x.authorised_at AT TIME ZONE 'Europe/London')::date AS authorised, x.factors"
              + " FROM casework_assessment x JOIN casework_episode e ON e.authority_id = x.authority_id AND e.id = x.episode_id WHERE" + inYear
              + " AND x.start_date <= :last AND (x.authorised_at IS NULL OR (x.authorised_at AT TIME ZONE 'Europe/London')::date >= :first)"
              + " ORDER BY x.start_date")
          .params(params)
          .query(rs -> {
            add(assessments, rs.getObject("episode_id", UUID.class),
                new CensusAssessment(rs.getObject("id", UUID.class), rs.getObject("start_date", LocalDate.class), rs.getObject("authorised", LocalDate.class), strings(rs.getArray("factors"))));
          });
      Map<UUID, List<CensusPlan>> plans = new HashMap<>();
      jdbc.sql("SELECT x.episode_id, x.id, x.started_on, x.ended_on FROM casework_plan x"
              + " JOIN casework_episode e ON e.authority_id = x.authority_id AND e.id = x.episode_id WHERE" + inYear
              + " AND x.kind = 'CHILD_IN_NEED' AND x.started_on <= :last AND (x.ended_on IS NULL OR x.ended_on >= :first) ORDER BY x.started_on")
          .params(params)
          .query(rs -> {
            add(plans, rs.getObject("episode_id", UUID.class),
                new CensusPlan(rs.getObject("id", UUID.class), rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class)));
          });
      Map<UUID, List<CensusEnquiry>> enquiries = new HashMap<>();
      // Each table read once and joined, not looked up again for each enquiry or plan (a council's year is thousands of them).
      jdbc.sql("SELECT x.episode_id, x.id, x.started_on, x.conference_due_on, x.outcome, x.completed_on, ic.conference"
              + " FROM casework_enquiry x JOIN casework_episode e ON e.authority_id = x.authority_id AND e.id = x.episode_id"
              + " LEFT JOIN (SELECT cc.enquiry_id, min(c.held_on) AS conference FROM casework_conference_child cc"
              + "   JOIN casework_conference c ON c.authority_id = cc.authority_id AND c.id = cc.conference_id"
              + "   WHERE cc.authority_id = :a AND cc.enquiry_id IS NOT NULL AND c.kind = 'INITIAL' AND c.status = 'HELD' GROUP BY cc.enquiry_id) ic"
              + " ON ic.enquiry_id = x.id WHERE" + inYear + " AND x.started_on <= :last ORDER BY x.started_on")
          .params(params)
          .query(rs -> {
            LocalDate conference = rs.getObject("conference", LocalDate.class);
            String outcome = rs.getString("outcome");
            boolean notRequired = outcome != null && !outcome.equals("CONFERENCE");
            LocalDate ended = conference != null ? conference : notRequired ? rs.getObject("completed_on", LocalDate.class) : null;
            if (ended == null || !ended.isBefore(first)) {
              add(enquiries, rs.getObject("episode_id", UUID.class),
                  new CensusEnquiry(rs.getObject("id", UUID.class), rs.getObject("started_on", LocalDate.class),
                      rs.getObject("conference_due_on", LocalDate.class), conference,
                      notRequired ? rs.getObject("completed_on", LocalDate.class) : null, rs.getObject("completed_on", LocalDate.class),
                      outcome == null ? null : !notRequired));
            }
          });
      Map<UUID, List<CensusProtectionPlan>> protection = new HashMap<>();
      jdbc.sql("SELECT x.episode_id, x.id, x.started_on, x.ended_on, x.initial_category, x.latest_category, pp.previous, r.reviews,"
              + " greatest(ip.initial, (SELECT max(c.held_on) FROM casework_conference_child cc JOIN casework_conference c"
              + "   ON c.authority_id = cc.authority_id AND c.id = cc.conference_id WHERE cc.authority_id = x.authority_id"
              + "   AND cc.episode_id = x.episode_id AND cc.plan_id IS NULL AND cc.decision = 'PLAN' AND c.kind = 'INITIAL' AND c.status = 'HELD'"
              + "   AND c.held_on <= x.started_on)) AS initial"
              + " FROM casework_protection_plan x JOIN casework_episode e ON e.authority_id = x.authority_id AND e.id = x.episode_id"
              // The child's plans that started before this one, in any year.
              + " JOIN (SELECT p.id, rank() OVER (PARTITION BY pe.child_key ORDER BY p.started_on) - 1 AS previous FROM casework_protection_plan p"
              + "   JOIN casework_episode pe ON pe.authority_id = p.authority_id AND pe.id = p.episode_id WHERE p.authority_id = :a) pp ON pp.id = x.id"
              + " LEFT JOIN (SELECT cc.reviewed_plan_id, array_agg(c.held_on ORDER BY c.held_on)::text AS reviews FROM casework_conference_child cc"
              + "   JOIN casework_conference c ON c.authority_id = cc.authority_id AND c.id = cc.conference_id"
              + "   WHERE cc.authority_id = :a AND cc.reviewed_plan_id IS NOT NULL AND c.kind = 'REVIEW' AND c.status = 'HELD'"
              + "   AND c.held_on BETWEEN :first AND :last GROUP BY cc.reviewed_plan_id) r ON r.reviewed_plan_id = x.id"
              // The initial conference that made the plan, or (where none names it) the child's last that decided on one by its start.
              + " LEFT JOIN (SELECT cc.plan_id, max(c.held_on) AS initial FROM casework_conference_child cc"
              + "   JOIN casework_conference c ON c.authority_id = cc.authority_id AND c.id = cc.conference_id"
              + "   WHERE cc.authority_id = :a AND cc.plan_id IS NOT NULL AND c.kind = 'INITIAL' AND c.status = 'HELD' GROUP BY cc.plan_id) ip"
              + " ON ip.plan_id = x.id WHERE" + inYear
              + " AND x.started_on <= :last AND (x.ended_on IS NULL OR x.ended_on >= :first) ORDER BY x.started_on")
          .params(params)
          .query(rs -> {
            String reviews = rs.getString("reviews");
            add(protection, rs.getObject("episode_id", UUID.class),
                new CensusProtectionPlan(
                    rs.getObject("id", UUID.class), rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class), rs.getString("initial_category"),
                    rs.getString("latest_category"), rs.getInt("previous"),
                    reviews == null ? List.of() : Arrays.stream(reviews.replaceAll("[{}]", "").split(",")).map(LocalDate::parse).toList(),
                    rs.getObject("initial", LocalDate.class)));
          });
      List<CensusEpisode> year = new ArrayList<>();
      for (Episode episode : episodes) {
        UUID id = episode.id();
        year.add(new CensusEpisode(
            episode, keys.get(id), details.get(id), assessments.getOrDefault(id, List.of()), plans.getOrDefault(id, List.of()),
            enquiries.getOrDefault(id, List.of()), protection.getOrDefault(id, List.of())));
      }
      return year;
    });
  }

  /** A lead practitioner's time on an episode: from their allocation to the next one (null while they still lead it). */
  public record Allocation(UUID workerId, String workerName, LocalDate from, LocalDate to) {}

  /** A visit done: its day, whether the child was seen, and whether seen alone. */
  public record CensusVisit(LocalDate on, boolean childSeen, boolean seenAlone) {}

  /** What the returns need of an episode beyond the census: its leads in turn and its visits done, each oldest first. */
  public record EpisodeActivity(List<Allocation> allocations, List<CensusVisit> visits) {

    public static final EpisodeActivity NONE = new EpisodeActivity(List.of(), List.of());

    /** The last day by {@code day} on which a visit saw the child; null if none did. */
    public LocalDate lastSeen(LocalDate day) {
      return visits.stream().filter(v -> v.childSeen() && !v.on().isAfter(day)).map(CensusVisit::on).reduce((a, b) -> b).orElse(null);
    }

    /** The last visit done by {@code day}; null if none. */
    public CensusVisit lastVisit(LocalDate day) {
      return visits.stream().filter(v -> !v.on().isAfter(day)).reduce((a, b) -> b).orElse(null);
    }
  }

  /**
   * The leads and visits of the episodes of {@link #year} from {@code first} to {@code last}, by
   * episode: every allocation (for the worker at any day), the visits done by {@code last}.
   */
  public Map<UUID, EpisodeActivity> activity(UUID authorityId, LocalDate first, LocalDate last) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      Map<String, Object> params = Map.of("a", authorityId, "first", first, "last", last);
      String inYear = " e.authority_id = :a AND e.referral_date <= :last"
          + " AND (e.closed_at IS NULL OR (e.closed_at AT TIME ZONE 'Europe/London')::date >= :first)";
      Map<UUID, List<Allocation>> allocations = new HashMap<>();
      jdbc.sql("SELECT x.episode_id, x.to_id, x.to_name, (x.at AT TIME ZONE 'Europe/London')::date AS from_day,"
              + " (lead(x.at) OVER (PARTITION BY x.episode_id ORDER BY x.seq) AT TIME ZONE 'Europe/London')::date AS to_day"
              + " FROM casework_allocation x JOIN casework_episode e ON e.authority_id = x.authority_id AND e.id = x.episode_id WHERE" + inYear
              + " ORDER BY x.episode_id, x.seq")
          .params(params)
          .query(rs -> {
            add(allocations, rs.getObject("episode_id", UUID.class), new Allocation(rs.getObject("to_id", UUID.class), rs.getString("to_name"),
                rs.getObject("from_day", LocalDate.class), rs.getObject("to_day", LocalDate.class)));
          });
      Map<UUID, List<CensusVisit>> visits = new HashMap<>();
      jdbc.sql("SELECT x.episode_id, x.done_on, x.child_seen, x.seen_alone FROM casework_visit x"
              + " JOIN casework_episode e ON e.authority_id = x.authority_id AND e.id = x.episode_id WHERE" + inYear
              + " AND x.status = 'DONE' AND x.done_on <= :last ORDER BY x.done_on, x.created_at")
          .params(params)
          .query(rs -> {
            add(visits, rs.getObject("episode_id", UUID.class),
                new CensusVisit(rs.getObject("done_on", LocalDate.class), rs.getBoolean("child_seen"), rs.getBoolean("seen_alone")));
          });
      Map<UUID, EpisodeActivity> activity = new HashMap<>();
      allocations.keySet().forEach(id -> activity.put(id, null));
      visits.keySet().forEach(id -> activity.put(id, null));
      activity.replaceAll((id, none) -> new EpisodeActivity(allocations.getOrDefault(id, List.of()), visits.getOrDefault(id, List.of())));
      return activity;
    });
  }

  /**
   * An episode at early help with its census details (null until recorded) and its first
   * assessment's start and completion (null if none, or not yet completed).
   */
  public record EarlyHelpEpisode(Episode episode, String childKey, CensusDetail detail, LocalDate assessmentStart, LocalDate assessmentCompleted) {}

  /** The episodes at early help referred from {@code first} to {@code last}, oldest first: for Ofsted's Annex A list 2. */
  public List<EarlyHelpEpisode> earlyHelp(UUID authorityId, LocalDate first, LocalDate last) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return jdbc.sql("SELECT e.child_key, d.sex, d.ethnicity, d.disabilities, d.upn, d.upn_unknown, d.referral_source, a.start_date,"
              + " (a.authorised_at AT TIME ZONE 'Europe/London')::date AS completed, " + prefixed()
              + " FROM casework_episode e LEFT JOIN casework_census_detail d ON d.authority_id = e.authority_id AND d.episode_id = e.id"
              + " LEFT JOIN LATERAL (SELECT x.start_date, x.authorised_at FROM casework_assessment x WHERE x.authority_id = e.authority_id"
              + "   AND x.episode_id = e.id ORDER BY x.start_date LIMIT 1) a ON true"
              + " WHERE e.authority_id = :a AND e.level = 'EARLY_HELP' AND e.referral_date BETWEEN :first AND :last"
              + " ORDER BY e.referral_date, e.child_key, e.id")
          .params(Map.of("a", authorityId, "first", first, "last", last))
          .query((rs, n) -> new EarlyHelpEpisode(
              Episodes.episode(rs, n), rs.getString("child_key"), rs.getString("sex") == null ? null : CensusDetails.detail(rs, n),
              rs.getObject("start_date", LocalDate.class), rs.getObject("completed", LocalDate.class)))
          .list();
    });
  }

  private static String prefixed() {
    return Arrays.stream(Episodes.COLUMNS.split(",")).map(c -> "e." + c.strip()).reduce((a, b) -> a + ", " + b).orElseThrow();
  }

  private static <T> void add(Map<UUID, List<T>> map, UUID episode, T item) {
    map.computeIfAbsent(episode, k -> new ArrayList<>()).add(item);
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }
}
