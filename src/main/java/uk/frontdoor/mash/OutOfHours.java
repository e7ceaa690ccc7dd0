package uk.frontdoor.mash;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * The Emergency Duty Team's side of the MASH: contacts that arrived while the office was closed,
 * what the team did about them, and their handover to the MASH when the office opens.
 */
@Service
public record OutOfHours(JdbcClient jdbc, Tenancy tenancy, MashQueue queue, AuditLog audit, Clock clock,
    Transactions transactions) {

  /**
   * Out-of-hours contacts not yet handed over to the MASH and not yet decided by it (a MASH
   * worker may decide one before the handover), most urgent and oldest first.
   */
  public List<MashContact> waiting(UUID authorityId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT " + MashQueue.COLUMNS
                + """
                FROM mash_contact
                WHERE authority_id = ? AND handed_over_at IS NULL AND clock_started_at > received_at
                  AND %s
                """
                    .formatted(MashQueue.statusIn(EnumSet.of(ContactStatus.NEW, ContactStatus.IN_TRIAGE)))
                + " ORDER BY " + Rag.orderSql() + ", received_at LIMIT 500")
        .query(MashQueue::contact)
        .list());
  }

  /** Opens an out-of-hours contact for the team, recording that they saw it. */
  public Optional<MashContact> open(StaffUser worker, String reference) {
    return transactions.write(() -> queue.open(worker, reference).filter(MashContact::outOfHours));
  }

  /** What the team did, oldest first. */
  public List<EdtAction> actions(UUID authorityId, UUID contactId) {
    return transactions.read(() -> tenancy.sql(authorityId, "SELECT at, actor_name, action FROM edt_action WHERE authority_id = ? AND contact_id = ? ORDER BY seq")
        .param(contactId)
        .query((rs, n) -> new EdtAction(rs.getTimestamp("at").toInstant(), rs.getString("actor_name"), rs.getString("action")))
        .list());
  }

  /**
   * Records what the team did on an out-of-hours contact that is not yet handed over.
   *
   * @return false if there is no such contact
   */
  public boolean record(StaffUser worker, String reference, String action) {
    return transactions.write(() -> {
      Optional<MashContact> contact =
          queue.find(worker.authorityId(), reference).filter(c -> c.outOfHours() && c.handedOverAt() == null);
      if (contact.isEmpty()) {
        return false;
      }
      jdbc.sql(
              """
              INSERT INTO edt_action (authority_id, contact_id, seq, at, actor_id, actor_name, action)
              SELECT ?, ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ? FROM edt_action
              WHERE authority_id = ? AND contact_id = ?
              """)
          .params(
              worker.authorityId(), contact.get().id(), Timestamp.from(clock.instant()), worker.id(), worker.displayName(),
              action, worker.authorityId(), contact.get().id())
          .update();
      queue.record(worker, "EDT_ACTION", contact.get(), action);
      return true;
    });
  }

  /**
   * Hands over to the MASH every out-of-hours contact whose clock has started: the office has
   * opened since it arrived.
   *
   * @return how many were handed over
   */
  public int handOver(UUID authorityId) {
    return transactions.write(() -> {
      tenancy.bind(authorityId);
      List<String> references =
          jdbc.sql(
                  """
                  UPDATE mash_contact SET handed_over_at = clock_started_at
                  WHERE authority_id = ? AND handed_over_at IS NULL AND clock_started_at > received_at
                    AND clock_started_at <= ?
                  RETURNING reference
                  """)
              .params(authorityId, Timestamp.from(clock.instant()))
              .query(String.class)
              .list();
      for (String reference : references) {
        audit.record(authorityId, AuditLog.SYSTEM, AuditLog.SYSTEM_NAME, "HANDED_OVER", MashQueue.SUBJECT, reference,
            "Out-of-hours contact handed over to the MASH at the office's opening");
      }
      return references.size();
    });
  }
}
