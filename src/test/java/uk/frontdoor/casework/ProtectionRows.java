package uk.frontdoor.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.platform.Tenancy;

/**
 * Child protection rows written straight into the tables of V89 and V90 under the council's
 * binding, for tests of what reads them (CP-IS, the managers' deadlines) without the strategy
 * discussion, conference and plan services: an open child in need episode, a section 47 enquiry
 * with the discussion that started it, an initial conference held, a plan, a visit.
 */
public final class ProtectionRows {

  private static final UUID WORKER = UUID.fromString("00000000-0000-4000-a200-000000000001");

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Tenancy tenancy;
  private final UUID authority;

  public ProtectionRows(JdbcClient jdbc, TransactionTemplate transactions, Tenancy tenancy, UUID authority) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.tenancy = tenancy;
    this.authority = authority;
  }

  private void run(String sql, Object... params) {
    transactions.executeWithoutResult(status -> {
      tenancy.bind(authority);
      jdbc.sql(sql).params(params).update();
    });
  }

  /** An open child in need episode; born or expected (one of them null), with an NHS number or none. */
  public UUID episode(String first, String last, LocalDate born, LocalDate expected, String nhsNumber) {
    UUID id = UUID.randomUUID();
    run("""
        INSERT INTO casework_episode (authority_id, id, child_key, first_name, last_name, date_of_birth, expected_date, nhs_number,
            level, status, referral_date, opened_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'CHILD_IN_NEED', 'OPEN', DATE '2026-01-05', TIMESTAMPTZ '2026-01-05 10:00:00+00')
        """, authority, id, "test:" + id, first, last, born, expected, nhsNumber);
    return id;
  }

  public void nhsNumber(UUID episode, String nhsNumber) {
    run("UPDATE casework_episode SET nhs_number = ? WHERE id = ?", nhsNumber, episode);
  }

  public void born(UUID episode, LocalDate born) {
    run("UPDATE casework_episode SET date_of_birth = ? WHERE id = ?", born, episode);
  }

  /** A section 47 enquiry started on the day, with the strategy discussion that started it. */
  public UUID enquiry(UUID episode, LocalDate started, LocalDate conferenceDue, String status, String outcome) {
    UUID discussion = UUID.randomUUID();
    UUID enquiry = UUID.randomUUID();
    run("""
        INSERT INTO casework_strategy_discussion (authority_id, id, held_at, discussed, recorded_by_id, recorded_by_name, created_at)
        VALUES (?, ?, ?, 'Bruising seen at school.', ?, 'Test worker', ?)
        """, authority, discussion, java.sql.Timestamp.from(noon(started)), WORKER, java.sql.Timestamp.from(noon(started)));
    run("INSERT INTO casework_strategy_child (authority_id, discussion_id, episode_id, section47, reason) VALUES (?, ?, ?, true, 'Harm suspected.')",
        authority, discussion, episode);
    run("""
        INSERT INTO casework_enquiry (authority_id, id, episode_id, discussion_id, status, started_on, conference_due_on,
            outcome, completed_on, started_by_id, started_by_name, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Test worker', ?)
        """, authority, enquiry, episode, discussion, status, started, conferenceDue, outcome,
        outcome == null ? null : started.plusDays(5), WORKER, java.sql.Timestamp.from(noon(started)));
    return enquiry;
  }

  /** An initial conference held on the day for the enquiry's child. */
  public void initialHeld(UUID enquiry, UUID episode, LocalDate held) {
    UUID conference = UUID.randomUUID();
    run("""
        INSERT INTO casework_conference (authority_id, id, kind, status, due_on, scheduled_at, chair_id, chair_name, held_on,
            convened_by_id, convened_by_name, created_at)
        VALUES (?, ?, 'INITIAL', 'HELD', ?, ?, ?, 'Test chair', ?, ?, 'Test worker', ?)
        """, authority, conference, held, java.sql.Timestamp.from(noon(held)), WORKER, held, WORKER, java.sql.Timestamp.from(noon(held)));
    run("INSERT INTO casework_conference_child (authority_id, conference_id, episode_id, enquiry_id, decision, category) "
        + "VALUES (?, ?, ?, ?, 'PLAN', 'NEG')", authority, conference, episode, enquiry);
  }

  /** An open plan started on the day, its review due on the other. */
  public UUID plan(UUID episode, LocalDate started, LocalDate reviewDue) {
    UUID plan = UUID.randomUUID();
    run("""
        INSERT INTO casework_protection_plan (authority_id, id, episode_id, status, started_on, initial_category, latest_category,
            lead_id, lead_name, core_group_due_on, review_due_on, created_at)
        VALUES (?, ?, ?, 'OPEN', ?, 'NEG', 'NEG', ?, 'Test worker', ?, ?, ?)
        """, authority, plan, episode, started, WORKER, started.plusDays(14), reviewDue, java.sql.Timestamp.from(noon(started)));
    return plan;
  }

  /** The plan ended at a review conference on the day. */
  public void end(UUID plan, LocalDate on) {
    run("UPDATE casework_protection_plan SET status = 'ENDED', ended_on = ?, end_reason = 'Risks reduced.' WHERE id = ?", on, plan);
  }

  /** A visit done on the day, the child seen alone. */
  public void visit(UUID episode, LocalDate on) {
    run("""
        INSERT INTO casework_visit (authority_id, id, episode_id, status, planned_on, done_on, who_seen, child_seen, seen_alone,
            observed, planned_by_id, planned_by_name, created_at)
        VALUES (?, ?, ?, 'DONE', ?, ?, 'The child', true, true, 'Seen alone at home.', ?, 'Test worker', ?)
        """, authority, UUID.randomUUID(), episode, on, on, WORKER, java.sql.Timestamp.from(noon(on)));
  }

  private static Instant noon(LocalDate day) {
    return day.atTime(12, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant();
  }
}
