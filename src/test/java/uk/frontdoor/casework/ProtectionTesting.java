package uk.frontdoor.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;

/**
 * Child protection records written straight into the tables that strategy discussions, section 47
 * enquiries, conferences and plans keep (V89, V90), as the application's role under the council's
 * row-level security: for tests of what reads them, without the services that record them.
 */
public final class ProtectionTesting {

  private final TransactionTemplate transactions;
  private final Tenancy tenancy;
  private final JdbcClient jdbc;

  public ProtectionTesting(TransactionTemplate transactions, Tenancy tenancy, JdbcClient jdbc) {
    this.transactions = transactions;
    this.tenancy = tenancy;
    this.jdbc = jdbc;
  }

  /** A child of a strategy discussion: whether section 47 enquiries start for them, and why. */
  public record Decision(UUID episode, boolean section47, String reason) {}

  /**
   * A strategy discussion held at the time, with children's social care, police and health taking
   * part, about the children with their decisions, and one action; its id.
   */
  public UUID discussion(UUID authority, Instant heldAt, String discussed, String action, List<Decision> children) {
    UUID id = UUID.randomUUID();
    inCouncil(authority, () -> {
      jdbc.sql(
              """
              INSERT INTO casework_strategy_discussion (authority_id, id, held_at, discussed, recorded_by_id, recorded_by_name, created_at)
              VALUES (?, ?, ?, ?, ?, 'Test social worker', ?)
              """)
          .params(authority, id, Timestamp.from(heldAt), discussed, UUID.randomUUID(), Timestamp.from(heldAt))
          .update();
      String[][] attendees = {{"Sasha Social", "SOCIAL_CARE", "Social worker"}, {"DC Pat Police", "POLICE", "Detective constable"},
          {"Hana Health", "HEALTH", "Named nurse"}};
      for (int i = 0; i < attendees.length; i++) {
        jdbc.sql("INSERT INTO casework_strategy_attendee (authority_id, discussion_id, seq, name, agency, role) VALUES (?, ?, ?, ?, ?, ?)")
            .params(authority, id, i + 1, attendees[i][0], attendees[i][1], attendees[i][2])
            .update();
      }
      for (Decision child : children) {
        jdbc.sql("INSERT INTO casework_strategy_child (authority_id, discussion_id, episode_id, section47, reason) VALUES (?, ?, ?, ?, ?)")
            .params(authority, id, child.episode(), child.section47(), child.reason())
            .update();
      }
      jdbc.sql("INSERT INTO casework_strategy_action (authority_id, discussion_id, seq, action, owner, due_on) VALUES (?, ?, 1, ?, 'DC Pat Police', ?)")
          .params(authority, id, action, LocalDate.ofInstant(heldAt, java.time.ZoneOffset.UTC).plusDays(7))
          .update();
    });
    return id;
  }

  /** A section 47 enquiry started by the discussion on the day, its initial conference due on the other; its id. */
  public UUID enquiry(UUID authority, UUID discussion, UUID episode, LocalDate startedOn, LocalDate conferenceDueOn, StaffUser by) {
    UUID id = UUID.randomUUID();
    inCouncil(authority, () -> jdbc.sql(
            """
            INSERT INTO casework_enquiry (authority_id, id, episode_id, discussion_id, status, started_on, conference_due_on,
                started_by_id, started_by_name, created_at)
            VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, now())
            """)
        .params(authority, id, episode, discussion, startedOn, conferenceDueOn, by.id(), by.displayName())
        .update());
    return id;
  }

  /** An open child protection plan of the category, started on the day and led by the social worker, with a core group meeting; its id. */
  public UUID plan(UUID authority, UUID episode, String category, LocalDate startedOn, StaffUser lead, String coreGroupNotes) {
    UUID id = UUID.randomUUID();
    inCouncil(authority, () -> {
      jdbc.sql(
              """
              INSERT INTO casework_protection_plan (authority_id, id, episode_id, status, started_on, initial_category, latest_category,
                  lead_id, lead_name, core_group_due_on, review_due_on, created_at)
              VALUES (?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, now())
              """)
          .params(authority, id, episode, startedOn, category, category, lead.id(), lead.displayName(), startedOn.plusDays(14),
              startedOn.plusMonths(3))
          .update();
      jdbc.sql(
              """
              INSERT INTO casework_core_group_meeting (authority_id, plan_id, seq, held_on, notes, by_id, by_name, at)
              VALUES (?, ?, 1, ?, ?, ?, ?, now())
              """)
          .params(authority, id, startedOn.plusDays(7), coreGroupNotes, lead.id(), lead.displayName())
          .update();
    });
    return id;
  }

  private void inCouncil(UUID authority, Runnable work) {
    transactions.executeWithoutResult(status -> {
      tenancy.bind(authority);
      work.run();
    });
  }



  /**
   * An enquiry about the episode's child, started on {@code startedOn} by a strategy discussion that
   * day and completed with the outcome CONFERENCE, the initial conference due by {@code dueOn}.
   * Returns the enquiry's id.
   */
  public static UUID conferenceEnquiry(
      TransactionTemplate transactions, Tenancy tenancy, JdbcClient jdbc, UUID authority, UUID episodeId, LocalDate startedOn,
      LocalDate dueOn) {
    return transactions.execute(status -> {
      tenancy.bind(authority);
      UUID discussion = UUID.randomUUID();
      UUID enquiry = UUID.randomUUID();
      UUID by = UUID.randomUUID();
      Timestamp at = Timestamp.from(Instant.now());
      jdbc.sql(
              """
              INSERT INTO casework_strategy_discussion (authority_id, id, held_at, discussed, recorded_by_id, recorded_by_name, created_at)
              VALUES (?, ?, ?, 'Injuries seen at school; police and health agreed section 47 enquiries.', ?, 'Test social worker', ?)
              """)
          .params(authority, discussion, Timestamp.from(startedOn.atTime(10, 0).atZone(uk.frontdoor.authority.UkTime.ZONE).toInstant()), by, at)
          .update();
      jdbc.sql("INSERT INTO casework_strategy_child (authority_id, discussion_id, episode_id, section47, reason) VALUES (?, ?, ?, true, 'Significant harm suspected')")
          .params(authority, discussion, episodeId)
          .update();
      jdbc.sql(
              """
              INSERT INTO casework_enquiry (authority_id, id, episode_id, discussion_id, status, started_on, conference_due_on, seen_on,
                  seen_alone, outcome, completed_on, started_by_id, started_by_name, created_at)
              VALUES (?, ?, ?, ?, 'COMPLETED', ?, ?, ?, true, 'CONFERENCE', ?, ?, 'Test social worker', ?)
              """)
          .params(authority, enquiry, episodeId, discussion, startedOn, dueOn, startedOn, startedOn, by, at)
          .update();
      return enquiry;
    });
  }

  /**
   * A child with something on every child protection form: an enquiry that calls for an initial
   * conference, a child protection plan (started at a conference held today) and its review
   * conference scheduled, with one invitation.
   *
   * @param enquiry the enquiry awaiting its initial conference
   * @param review the scheduled review conference
   */
  public record Forms(UUID episode, UUID enquiry, UUID plan, UUID review, UUID chair, UUID lead) {}

  public static Forms forms(
      uk.frontdoor.referral.Referrals referrals, uk.frontdoor.mash.MashQueue queue, uk.frontdoor.mash.MashDecisions decisions,
      TransactionTemplate transactions, Tenancy tenancy, JdbcClient jdbc, Conferences conferences, uk.frontdoor.identity.StaffDirectory directory,
      UUID authority, Instant now) {
    String reference = CaseworkTesting.authorisedDecision(referrals, queue, decisions, authority,
        CaseworkTesting.referralAbout(CaseworkTesting.child("Fuzz", "Protection" + UUID.randomUUID().toString().substring(0, 6), "2015-05-05")),
        uk.frontdoor.mash.Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    UUID episode = CaseworkTesting.episodesOf(transactions, tenancy, jdbc, authority, reference, 1).get(0);
    LocalDate today = LocalDate.ofInstant(now, uk.frontdoor.authority.UkTime.ZONE);
    UUID chair = directory.withAnyRole(authority, java.util.List.of(Conferences.CHAIR)).get(0).id();
    UUID lead = directory.withAnyRole(authority, java.util.List.of("SOCIAL_WORKER")).get(0).id();
    uk.frontdoor.identity.StaffUser manager =
        new uk.frontdoor.identity.StaffUser(UUID.randomUUID(), authority, "forms@test", "Forms Manager", java.util.List.of("TEAM_MANAGER"), true, null);
    UUID first = conferenceEnquiry(transactions, tenancy, jdbc, authority, episode, today, today.plusDays(21));
    UUID initial = conferences.conveneInitial(manager, episode, java.util.List.of(first), now, chair, java.util.List.of()).id();
    conferences.hold(manager, initial, today, "Held for the forms",
        java.util.Map.of(episode, new Conferences.ChildDecision(Conference.Decision.PLAN, AbuseCategory.NEG, lead, null)));
    UUID plan = conferences.of(authority, episode).get(0).children().get(0).planId();
    UUID review = conferences.conveneReview(manager, episode, plan, now, chair,
        java.util.List.of(new Conference.Invitation("Jo Parent", "PARENT", null))).id();
    UUID enquiry = conferenceEnquiry(transactions, tenancy, jdbc, authority, episode, today, today.plusDays(21));
    return new Forms(episode, enquiry, plan, review, chair, lead);
  }
}
