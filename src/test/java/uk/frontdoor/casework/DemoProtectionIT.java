package uk.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.people.NhsNumber;
import uk.frontdoor.platform.Tenancy;

/**
 * Every demo council has children at every stage of child protection, and every demo plan keeps the
 * rules: its initial conference due 15 working days after the strategy discussion and held by then;
 * the plan started on that conference's day; the first review within 3 months, each later one
 * within 6 months of the one before; an ended plan ended at a review conference, with its reason.
 */
@IntegrationTest
class DemoProtectionIT {

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;
  @Autowired WorkingCalendar calendar;

  private <T> T in(UUID council, java.util.function.Supplier<T> query) {
    return transactions.execute(status -> {
      tenancy.bind(council);
      return query.get();
    });
  }

  private long count(UUID council, String sql) {
    return in(council, () -> jdbc.sql(sql).query(Long.class).single());
  }

  @Test
  void everyCouncilHasChildrenAtEveryStage() {
    Map<String, String> stages = Map.ofEntries(
        Map.entry("a strategy discussion with social care, police and health", """
            SELECT count(*) FROM casework_strategy_discussion d WHERE d.id::text LIKE '00000000-0000-4000-7%' AND
              (SELECT count(DISTINCT agency) FROM casework_strategy_attendee a WHERE a.discussion_id = d.id
                AND a.agency IN ('SOCIAL_CARE', 'POLICE', 'HEALTH')) = 3
              AND EXISTS (SELECT 1 FROM casework_strategy_action x WHERE x.discussion_id = d.id)"""),
        Map.entry("a discussion health could not attend, with the reason", """
            SELECT count(*) FROM casework_strategy_discussion d WHERE d.id::text LIKE '00000000-0000-4000-7%' AND no_health_reason IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM casework_strategy_attendee a WHERE a.discussion_id = d.id AND a.agency = 'HEALTH')"""),
        Map.entry("an open section 47 enquiry, its conference due", """
            SELECT count(*) FROM casework_enquiry WHERE id::text LIKE '00000000-0000-4000-7%' AND status = 'OPEN' AND conference_due_on >= current_date"""),
        Map.entry("a completed enquiry awaiting its initial conference", """
            SELECT count(*) FROM casework_enquiry q WHERE q.id::text LIKE '00000000-0000-4000-7%' AND outcome = 'CONFERENCE'
              AND NOT EXISTS (SELECT 1 FROM casework_conference_child c WHERE c.enquiry_id = q.id)"""),
        Map.entry("a conference scheduled", """
            SELECT count(*) FROM casework_conference f WHERE f.id::text LIKE '00000000-0000-4000-7%' AND kind = 'INITIAL' AND status = 'SCHEDULED' AND chair_id IS NOT NULL
              AND EXISTS (SELECT 1 FROM casework_conference_invitee i WHERE i.conference_id = f.id)"""),
        Map.entry("a child on a plan with core group meetings, visits seen alone and a review held", """
            SELECT count(*) FROM casework_protection_plan p WHERE p.id::text LIKE '00000000-0000-4000-7%' AND status = 'OPEN'
              AND EXISTS (SELECT 1 FROM casework_core_group_meeting m WHERE m.plan_id = p.id)
              AND EXISTS (SELECT 1 FROM casework_visit v WHERE v.episode_id = p.episode_id AND v.status = 'DONE' AND v.seen_alone)
              AND EXISTS (SELECT 1 FROM casework_conference_child c JOIN casework_conference f ON f.id = c.conference_id
                          WHERE c.reviewed_plan_id = p.id AND f.status = 'HELD')"""),
        Map.entry("an unborn child's plan", """
            SELECT count(*) FROM casework_protection_plan p JOIN casework_episode e ON e.id = p.episode_id
            WHERE p.id::text LIKE '00000000-0000-4000-7%' AND p.status = 'OPEN' AND p.started_unborn AND e.date_of_birth IS NULL AND e.expected_date > current_date"""),
        Map.entry("an open plan whose review is overdue", """
            SELECT count(*) FROM casework_protection_plan WHERE id::text LIKE '00000000-0000-4000-7%' AND status = 'OPEN' AND review_due_on < current_date"""),
        Map.entry("a plan open for more than 2 years", """
            SELECT count(*) FROM casework_protection_plan WHERE id::text LIKE '00000000-0000-4000-7%' AND status = 'OPEN' AND started_on < current_date - interval '2 years'"""),
        Map.entry("a child protection team with the demo police officer, who has contributed", """
            SELECT count(*) FROM casework_protection_member m JOIN staff_user s ON s.id = m.staff_user_id
            WHERE m.episode_id::text LIKE '00000000-0000-4000-7%' AND m.removed_at IS NULL AND s.username LIKE 'police.officer@%'
              AND EXISTS (SELECT 1 FROM casework_protection_contribution c WHERE c.member_id = m.id)"""));
    for (int n = 1; n <= 5; n++) {
      UUID council = UUID.fromString("00000000-0000-4000-8000-00000000000" + n);
      for (Map.Entry<String, String> stage : stages.entrySet()) {
        assertThat(count(council, stage.getValue())).as("%s in council %s", stage.getKey(), n).isPositive();
      }
      assertThat(count(council, """
          SELECT count(*) FROM casework_protection_plan p WHERE p.id::text LIKE '00000000-0000-4000-7%' AND status = 'ENDED' AND ended_on BETWEEN DATE '2025-04-01' AND DATE '2026-03-31'
            AND EXISTS (SELECT 1 FROM casework_conference_child c JOIN casework_conference f ON f.id = c.conference_id
                        WHERE c.reviewed_plan_id = p.id AND c.decision = 'END' AND c.end_reason IS NOT NULL
                          AND f.kind = 'REVIEW' AND f.held_on = p.ended_on)"""))
          .as("plans ended at a review conference in 2025-26, council %s", n).isGreaterThanOrEqualTo(12);
      assertThat(count(council, """
          SELECT count(*) FROM casework_protection_plan p JOIN casework_episode e ON e.id = p.episode_id
          WHERE p.id::text LIKE '00000000-0000-4000-7%'
            AND (e.level <> 'CHILD_IN_NEED' OR NOT EXISTS (SELECT 1 FROM casework_episode_referral r WHERE r.episode_id = e.id))"""))
          .as("every child on a plan has a child in need episode with its referral").isZero();
      List<String> numbers = in(council, () -> jdbc.sql(
              "SELECT coalesce(e.nhs_number, '') FROM casework_protection_plan p JOIN casework_episode e ON e.id = p.episode_id "
              + "WHERE p.id::text LIKE '00000000-0000-4000-7%'")
          .query(String.class).list());
      assertThat(numbers).as("some with a verified NHS number, some without")
          .anyMatch(s -> NhsNumber.check(s).isEmpty()).anyMatch(String::isEmpty).anyMatch(s -> !s.isEmpty() && NhsNumber.check(s).isPresent());
    }
  }

  record Plan(UUID id, LocalDate started, LocalDate reviewDue, LocalDate ended, LocalDate initialHeld, LocalDate initialDue,
      LocalDate enquiryStarted, LocalDate conferenceDue) {}

  record Review(LocalDate held, String decision) {}

  @Test
  void everyDemoPlanKeepsTheRules() {
    for (int n = 1; n <= 5; n++) {
      UUID council = UUID.fromString("00000000-0000-4000-8000-00000000000" + n);
      List<Plan> plans = in(council, () -> jdbc.sql("""
              SELECT p.id, p.started_on, p.review_due_on, p.ended_on, f.held_on, f.due_on, q.started_on AS enquiry_started,
                     q.conference_due_on
              FROM casework_protection_plan p
              LEFT JOIN casework_conference_child c ON c.plan_id = p.id AND c.enquiry_id IS NOT NULL
              LEFT JOIN casework_conference f ON f.id = c.conference_id AND f.kind = 'INITIAL' AND f.status = 'HELD'
              LEFT JOIN casework_enquiry q ON q.id = c.enquiry_id
              WHERE p.id::text LIKE '00000000-0000-4000-7%'
              """)
          .query((rs, i) -> new Plan(rs.getObject("id", UUID.class), rs.getObject("started_on", LocalDate.class),
              rs.getObject("review_due_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
              rs.getObject("held_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
              rs.getObject("enquiry_started", LocalDate.class), rs.getObject("conference_due_on", LocalDate.class)))
          .list());
      assertThat(plans).as("council %s", n).hasSizeGreaterThanOrEqualTo(16);
      for (Plan plan : plans) {
        assertThat(plan.initialHeld()).as("plan %s starts on its initial conference's day", plan.id()).isEqualTo(plan.started());
        assertThat(plan.conferenceDue()).as("the conference due 15 working days after the discussion")
            .isEqualTo(calendar.londonDate(calendar.addWorkingDays(startOf(plan.enquiryStarted()), 15).minusNanos(1)));
        assertThat(plan.initialDue()).isEqualTo(plan.conferenceDue());
        assertThat(plan.initialHeld()).as("held in time").isBeforeOrEqualTo(plan.conferenceDue());
        List<Review> reviews = in(council, () -> jdbc.sql("""
                SELECT f.held_on, c.decision FROM casework_conference_child c JOIN casework_conference f ON f.id = c.conference_id
                WHERE c.reviewed_plan_id = ? AND f.status = 'HELD' ORDER BY f.held_on
                """)
            .param(plan.id())
            .query((rs, i) -> new Review(rs.getObject("held_on", LocalDate.class), rs.getString("decision")))
            .list());
        LocalDate due = plan.started().plusMonths(3);
        for (Review review : reviews) {
          assertThat(review.held()).as("plan %s reviewed in time", plan.id()).isBeforeOrEqualTo(due).isAfter(plan.started());
          due = review.held().plusMonths(6);
        }
        assertThat(plan.reviewDue()).as("plan %s's next review", plan.id()).isBeforeOrEqualTo(due);
        if (plan.ended() != null) {
          assertThat(reviews).as("plan %s ended at a review", plan.id()).last().isEqualTo(new Review(plan.ended(), "END"));
        } else {
          assertThat(reviews).extracting(Review::decision).allMatch("CONTINUE"::equals);
        }
      }
    }
  }

  private java.time.Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneId.of("Europe/London")).toInstant();
  }
}
