package uk.frontdoor.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.platform.Transactions;

/** Queues messages to people in the caller's transaction; they are sent after it commits. */
@Service
public record Notifications(JdbcClient jdbc, JsonMapper json, Clock clock, Transactions transactions) {

  /**
   * Writes the message to the outbox as part of the current transaction, so it is sent if and only
   * if the change it reports commits. The transaction must be bound to the message's council
   * ({@link uk.frontdoor.platform.Tenancy#bind}): the outbox is under row-level security, and this
   * does not rebind a caller's transaction behind its back.
   *
   * @throws org.springframework.transaction.IllegalTransactionStateException with no transaction
   * @throws org.springframework.dao.DataAccessException when the transaction is bound to no council
   *     or to another
   */
  public void send(Message message) {
    transactions.within(() -> {
      Timestamp now = Timestamp.from(clock.instant());
      jdbc.sql(
              """
              INSERT INTO notification_outbox (id, authority_id, recipient, template, personalisation,
                  reference, created_at, send_after)
              VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)
              """)
          .params(
              UUID.randomUUID(),
              message.authorityId(),
              message.recipient(),
              message.template().name(),
              json.writeValueAsString(message.personalisation()),
              message.reference(),
              now,
              now)
          .update();
    });
  }
}
