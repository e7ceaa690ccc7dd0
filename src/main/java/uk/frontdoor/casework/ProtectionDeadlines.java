package uk.frontdoor.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.CouncilCalendars;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * The council's child protection deadlines, for its team managers: initial conferences due (a
 * section 47 enquiry open, or completed with a conference needed, and no initial conference held
 * for it yet), review conferences due on open plans, child protection visits overdue (none done in
 * the council's working days since the last one, or since the plan started), and plans open for
 * more than 2 years. Deadlines are exclusive instants, as {@link Due}'s are; working days are the
 * council's own, its closures not among them.
 */
@Service
public record ProtectionDeadlines(JdbcClient jdbc, Tenancy tenancy, Authorities authorities,
    CouncilCalendars calendars, Clock clock, Transactions transactions) {

  public static final String INITIAL = "Initial child protection conference";
  public static final String REVIEW = "Review child protection conference";
  public static final String VISIT = "Child protection visit";
  public static final String LONG = "Child protection plan open for more than 2 years";

  /**
   * One deadline.
   *
   * @param at when it falls due (exclusive); for a plan open more than 2 years, its second anniversary
   * @param since for a plan open more than 2 years, the day it started; otherwise null
   */
  public record Deadline(UUID episodeId, String childName, String what, Instant at, LocalDate since) {}

  /** The council's child protection deadlines, the soonest first (visits only once overdue). */
  public List<Deadline> of(UUID authorityId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      Instant now = clock.instant();
      List<Deadline> deadlines = new ArrayList<>();
      jdbc.sql(
              """
              SELECT q.episode_id, e.first_name, e.last_name, q.conference_due_on
              FROM casework_enquiry q
              JOIN casework_episode e ON e.authority_id = q.authority_id AND e.id = q.episode_id
              WHERE q.authority_id = ? AND e.status = 'OPEN' AND (q.status = 'OPEN' OR q.outcome = 'CONFERENCE')
                AND NOT EXISTS (
                  SELECT 1 FROM casework_conference_child cc
                  JOIN casework_conference c ON c.authority_id = cc.authority_id AND c.id = cc.conference_id
                  WHERE cc.authority_id = q.authority_id AND cc.enquiry_id = q.id AND c.kind = 'INITIAL' AND c.status = 'HELD')
              """)
          .param(authorityId)
          .query((rs, n) -> new Deadline(rs.getObject("episode_id", UUID.class), name(rs.getString("first_name"), rs.getString("last_name")),
              INITIAL, endOf(rs.getObject("conference_due_on", LocalDate.class)), null))
          .list()
          .forEach(deadlines::add);
      int visitDays = authorities.get(authorityId).casework().protectionVisitWorkingDays();
      WorkingCalendar calendar = calendars.of(authorityId);
      LocalDate today = calendar.londonDate(now);
      jdbc.sql(
              """
              SELECT p.episode_id, e.first_name, e.last_name, p.started_on, p.review_due_on,
                (SELECT max(v.done_on) FROM casework_visit v WHERE v.authority_id = p.authority_id AND v.episode_id = p.episode_id
                   AND v.status = 'DONE' AND v.done_on >= p.started_on) AS last_visit
              FROM casework_protection_plan p
              JOIN casework_episode e ON e.authority_id = p.authority_id AND e.id = p.episode_id
              WHERE p.authority_id = ? AND p.status = 'OPEN'
              """)
          .param(authorityId)
          .query((rs, n) -> {
            UUID episode = rs.getObject("episode_id", UUID.class);
            String child = name(rs.getString("first_name"), rs.getString("last_name"));
            LocalDate started = rs.getObject("started_on", LocalDate.class);
            LocalDate lastVisit = rs.getObject("last_visit", LocalDate.class);
            List<Deadline> plan = new ArrayList<>();
            plan.add(new Deadline(episode, child, REVIEW, endOf(rs.getObject("review_due_on", LocalDate.class)), null));
            Instant visit = calendar.addWorkingDays(startOf(lastVisit != null ? lastVisit : started), visitDays);
            if (!now.isBefore(visit)) {
              plan.add(new Deadline(episode, child, VISIT, visit, null));
            }
            if (started.plusYears(2).isBefore(today)) {
              plan.add(new Deadline(episode, child, LONG, startOf(started.plusYears(2)), started));
            }
            return plan;
          })
          .list()
          .forEach(deadlines::addAll);
      deadlines.sort(java.util.Comparator.comparing(Deadline::at));
      return deadlines;
    });
  }

  private static String name(String first, String last) {
    String name = (Objects.toString(first, "") + " " + Objects.toString(last, "")).strip();
    return name.isEmpty() ? "Unnamed child" : name;
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(UkTime.ZONE).toInstant();
  }

  /** The end of the day: 00:00 UK time on the next. */
  private static Instant endOf(LocalDate day) {
    return startOf(day.plusDays(1));
  }
}
