package uk.frontdoor.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.identity.Agency;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * Reads one episode's child protection record for its team's members, from the strategy
 * discussions, section 47 enquiries and plans recorded by casework: only what concerns this child.
 * A discussion about several children shows its attendees, this child's decision and its actions,
 * never what was discussed or decided about the others.
 */
@Service
public record ProtectionRecords(JdbcClient jdbc, Tenancy tenancy, Transactions transactions) {

  /** The episode's child protection record, the latest first in each part. */
  public ProtectionRecord of(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return new ProtectionRecord(discussions(authorityId, episodeId), enquiries(authorityId, episodeId), plans(authorityId, episodeId));
    });
  }

  private List<ProtectionRecord.Discussion> discussions(UUID authorityId, UUID episodeId) {
    return jdbc.sql(
            """
            SELECT d.id, d.held_at, c.section47, c.reason FROM casework_strategy_discussion d
            JOIN casework_strategy_child c ON c.authority_id = d.authority_id AND c.discussion_id = d.id
            WHERE d.authority_id = ? AND c.episode_id = ? ORDER BY d.held_at DESC
            """)
        .params(authorityId, episodeId)
        .query((rs, n) -> {
          UUID id = rs.getObject("id", UUID.class);
          return new ProtectionRecord.Discussion(
              rs.getTimestamp("held_at").toInstant(), attendees(authorityId, id), rs.getBoolean("section47"), rs.getString("reason"),
              actions(authorityId, id));
        })
        .list();
  }

  private List<ProtectionRecord.Attendee> attendees(UUID authorityId, UUID discussionId) {
    return jdbc.sql("SELECT name, agency, role FROM casework_strategy_attendee WHERE authority_id = ? AND discussion_id = ? ORDER BY seq")
        .params(authorityId, discussionId)
        .query((rs, n) -> {
          String agency = rs.getString("agency");
          String role = rs.getString("role");
          boolean other = "OTHER".equals(agency);
          return new ProtectionRecord.Attendee(
              rs.getString("name"),
              other ? role : Labelled.named(Agency.class, agency).map(Agency::label).orElse(agency),
              other ? null : role);
        })
        .list();
  }

  private List<ProtectionRecord.Action> actions(UUID authorityId, UUID discussionId) {
    return jdbc.sql("SELECT action, owner, due_on FROM casework_strategy_action WHERE authority_id = ? AND discussion_id = ? ORDER BY seq")
        .params(authorityId, discussionId)
        .query((rs, n) -> new ProtectionRecord.Action(rs.getString("action"), rs.getString("owner"), rs.getObject("due_on", LocalDate.class)))
        .list();
  }

  private List<ProtectionRecord.Enquiry> enquiries(UUID authorityId, UUID episodeId) {
    return jdbc.sql(
            """
            SELECT started_on, conference_due_on, status, outcome, completed_on FROM casework_enquiry
            WHERE authority_id = ? AND episode_id = ? ORDER BY started_on DESC, created_at DESC
            """)
        .params(authorityId, episodeId)
        .query((rs, n) -> new ProtectionRecord.Enquiry(
            rs.getObject("started_on", LocalDate.class),
            rs.getObject("conference_due_on", LocalDate.class),
            "OPEN".equals(rs.getString("status")),
            rs.getString("outcome") == null ? null : ProtectionRecord.OUTCOMES.getOrDefault(rs.getString("outcome"), rs.getString("outcome")),
            rs.getObject("completed_on", LocalDate.class)))
        .list();
  }

  private List<ProtectionRecord.Plan> plans(UUID authorityId, UUID episodeId) {
    return jdbc.sql(
            """
            SELECT id, latest_category, started_on, status, review_due_on, ended_on FROM casework_protection_plan
            WHERE authority_id = ? AND episode_id = ? ORDER BY started_on DESC, created_at DESC
            """)
        .params(authorityId, episodeId)
        .query((rs, n) -> new ProtectionRecord.Plan(
            ProtectionRecord.CATEGORIES.getOrDefault(rs.getString("latest_category"), rs.getString("latest_category")),
            rs.getObject("started_on", LocalDate.class),
            "OPEN".equals(rs.getString("status")),
            rs.getObject("review_due_on", LocalDate.class),
            rs.getObject("ended_on", LocalDate.class),
            jdbc.sql("SELECT held_on, notes FROM casework_core_group_meeting WHERE authority_id = ? AND plan_id = ? ORDER BY held_on DESC, seq DESC")
                .params(authorityId, rs.getObject("id", UUID.class))
                .query((m, i) -> new ProtectionRecord.CoreGroup(m.getObject("held_on", LocalDate.class), m.getString("notes")))
                .list()))
        .list();
  }
}
