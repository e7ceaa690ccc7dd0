package uk.frontdoor.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.platform.Tenancy;

/**
 * Section 47 enquiries completed with the outcome that an initial child protection conference is
 * needed, stored straight into the tables (a strategy discussion, its child, the enquiry) under
 * the council's binding. Conferences start from these; once the strategy discussion's service is
 * merged, this is the one place to switch to it.
 */
public final class ProtectionTesting {

  private ProtectionTesting() {}

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
}
