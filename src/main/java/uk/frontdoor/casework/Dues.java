package uk.frontdoor.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.CaseworkFrequencies;
import uk.frontdoor.authority.CouncilCalendars;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * What is due on each episode, the soonest first: the child and family assessment until it is
 * authorised; at child in need, the next visit, the council's working days after the last done visit (or, before any, after
 * the child in need plan started); each open plan's next review, by the end of its day; and the
 * initial child protection conference of a section 47 enquiry open or ending in one, by the end of
 * its 15th working day, until a conference about it is held. A child on a child protection plan is
 * visited at the council's child protection frequency (from the last done visit or, before any, the
 * plan's start); the plan's next review conference is due, and its core group's first meeting until
 * one is recorded. Working days are the council's own: its closures are not working days.
 */
@Service
public record Dues(JdbcClient jdbc, Tenancy tenancy, Authorities authorities, CouncilCalendars calendars,
    Enquiries enquiries, Transactions transactions) {

  public static final String ASSESSMENT = "Child and family assessment";
  public static final String VISIT = "Visit";
  public static final String CONFERENCE = "Initial child protection conference";
  public static final String REVIEW_CONFERENCE = "Child protection review conference";
  public static final String CORE_GROUP = "Core group meeting";

  /** What is due on each of the council's episodes, by the episode's id, the soonest first. */
  public Map<UUID, List<Due>> of(UUID authorityId, List<Episode> episodes) {
    return transactions.read(() -> {
      Map<UUID, List<Due>> dues = new HashMap<>();
      if (episodes.isEmpty()) {
        return dues;
      }
      tenancy.bind(authorityId);
      record Row(
          UUID episode, LocalDate lastVisit, LocalDate cinStart, String kind, LocalDate reviewDue, LocalDate cpStart, LocalDate cpReview,
          LocalDate coreGroup) {}
      List<Row> rows =
          jdbc.sql(
                  """
                  SELECT e.id,
                    (SELECT max(done_on) FROM casework_visit v
                      WHERE v.authority_id = e.authority_id AND v.episode_id = e.id AND v.status = 'DONE') AS last_visit,
                    (SELECT min(started_on) FROM casework_plan c WHERE c.authority_id = e.authority_id AND c.episode_id = e.id
                      AND c.kind = 'CHILD_IN_NEED' AND c.status = 'OPEN') AS cin_start,
                    p.kind, p.review_due_on, cp.started_on AS cp_start, cp.review_due_on AS cp_review,
                    CASE WHEN NOT EXISTS (SELECT 1 FROM casework_core_group_meeting m WHERE m.authority_id = cp.authority_id AND m.plan_id = cp.id)
                      THEN cp.core_group_due_on END AS core_group
                  FROM casework_episode e
                  LEFT JOIN casework_plan p ON p.authority_id = e.authority_id AND p.episode_id = e.id AND p.status = 'OPEN'
                  LEFT JOIN casework_protection_plan cp ON cp.authority_id = e.authority_id AND cp.episode_id = e.id AND cp.status = 'OPEN'
                  WHERE e.authority_id = ? AND e.id = ANY (?::uuid[])
                  """)
              .params(authorityId, episodes.stream().map(e -> e.id().toString()).toArray(String[]::new))
              .query((rs, n) -> new Row(
                  rs.getObject("id", UUID.class), rs.getObject("last_visit", LocalDate.class), rs.getObject("cin_start", LocalDate.class),
                  rs.getString("kind"), rs.getObject("review_due_on", LocalDate.class), rs.getObject("cp_start", LocalDate.class),
                  rs.getObject("cp_review", LocalDate.class), rs.getObject("core_group", LocalDate.class)))
              .list();
      List<Enquiry> conferences = enquiries.awaitingConference(authorityId, episodes.stream().map(Episode::id).toList());
      CaseworkFrequencies frequencies = authorities.get(authorityId).casework();
      WorkingCalendar calendar = calendars.of(authorityId);
      for (Episode episode : episodes) {
        List<Due> list = new ArrayList<>();
        if (episode.assessmentDueAt() != null && episode.assessmentAuthorisedAt() == null) {
          list.add(new Due(ASSESSMENT, episode.assessmentDueAt()));
        }
        List<Row> mine = rows.stream().filter(r -> r.episode().equals(episode.id())).toList();
        if (episode.level() == EpisodeLevel.CHILD_IN_NEED && !mine.isEmpty()) {
          Row first = mine.get(0);
          boolean protection = first.cpStart() != null;
          // On a child protection plan, visits are counted from the plan's start at the earliest.
          LocalDate from = protection
              ? (first.lastVisit() != null && first.lastVisit().isAfter(first.cpStart()) ? first.lastVisit() : first.cpStart())
              : first.lastVisit() != null ? first.lastVisit() : first.cinStart();
          if (from != null) {
            int days = protection ? frequencies.protectionVisitWorkingDays() : frequencies.childInNeedVisitWorkingDays();
            list.add(new Due(VISIT, calendar.addWorkingDays(startOf(from), days)));
          }
          if (protection) {
            list.add(new Due(REVIEW_CONFERENCE, startOf(first.cpReview().plusDays(1))));
          }
          if (first.coreGroup() != null) {
            list.add(new Due(CORE_GROUP, startOf(first.coreGroup().plusDays(1))));
          }
        }
        for (Row row : mine) {
          if (row.kind() != null) {
            list.add(new Due(PlanKind.valueOf(row.kind()).label() + " review", startOf(row.reviewDue().plusDays(1))));
          }
        }
        conferences.stream().filter(c -> c.episodeId().equals(episode.id()))
            .forEach(c -> list.add(new Due(CONFERENCE, startOf(c.conferenceDueOn().plusDays(1)))));
        list.sort(Comparator.comparing(Due::at));
        dues.put(episode.id(), list);
      }
      return dues;
    });
  }

  /** What is due on the episode, the soonest first. */
  public List<Due> of(UUID authorityId, Episode episode) {
    return transactions.read(() -> of(authorityId, List.of(episode)).get(episode.id()));
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(UkTime.ZONE).toInstant();
  }
}
