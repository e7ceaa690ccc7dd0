package uk.frontdoor.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.notification.Template;
import uk.frontdoor.platform.LogSafe;
import uk.frontdoor.platform.Tenancy;

/**
 * Sends what is due from the outbox, council by council: each council's batch in a transaction of
 * its own, bound to that council, since row-level security shows a transaction only its council's
 * messages. Rows are locked with {@code SKIP LOCKED}, so several application nodes can drain one
 * outbox without sending a message twice; a failure backs off (30 seconds, doubling, at most an
 * hour) and the message stays until it is sent.
 */
@Component
public record OutboxDrainer(JdbcClient jdbc, TransactionTemplate transactions, Tenancy tenancy,
    Authorities authorities, Sender sender, JsonMapper json, Clock clock) {

  private static final Logger log = LoggerFactory.getLogger(OutboxDrainer.class);
  private static final int BATCH = 50;
  private static final Duration MAX_BACKOFF = Duration.ofHours(1);

  /**
   * Sends the due messages of each council, a batch at a time, until a batch is not full; returns
   * how many were sent. A council whose batch fails (its database work, not a sender: that backs
   * off) does not hold up the others.
   */
  public int drainNow() {
    int sent = 0;
    for (Authority authority : authorities.all()) {
      try {
        Integer batch;
        do {
          batch =
              transactions.execute(
                  status -> {
                    tenancy.bind(authority.id().value());
                    return drainBatch(authority.id().value());
                  });
          sent += batch == null ? 0 : batch;
        } while (batch != null && batch == BATCH);
      } catch (RuntimeException e) {
        log.warn("Could not drain the outbox for {}: {}", authority.slug(), LogSafe.failure(e));
        log.debug("Could not drain the outbox for {}", authority.slug(), e);
      }
    }
    return sent;
  }

  private int drainBatch(UUID authorityId) {
    Instant now = clock.instant();
    List<OutboxMessage> due =
        jdbc.sql(
                """
                SELECT id, authority_id, recipient, template, personalisation::text AS p, reference, attempts
                FROM notification_outbox
                WHERE authority_id = ? AND sent_at IS NULL AND send_after <= ?
                ORDER BY created_at
                LIMIT ?
                FOR UPDATE SKIP LOCKED
                """)
            .params(authorityId, Timestamp.from(now), BATCH)
            .query(
                (rs, n) ->
                    new OutboxMessage(
                        rs.getObject("id", UUID.class),
                        rs.getObject("authority_id", UUID.class),
                        rs.getString("recipient"),
                        Template.valueOf(rs.getString("template")),
                        json.readValue(rs.getString("p"), new TypeReference<Map<String, String>>() {}),
                        rs.getString("reference"),
                        rs.getInt("attempts")))
            .list();
    List<UUID> sent = new ArrayList<>();
    for (OutboxMessage message : due) {
      try {
        sender.deliver(message);
        sent.add(message.id());
      } catch (Exception e) {
        Duration backoff = Duration.ofSeconds(30).multipliedBy(1L << Math.min(message.attempts(), 10));
        if (backoff.compareTo(MAX_BACKOFF) > 0) {
          backoff = MAX_BACKOFF;
        }
        String error = LogSafe.failure(e);
        log.warn("Could not send {} for {} (attempt {}): {}", message.template(), message.reference(), message.attempts() + 1, error);
        jdbc.sql("UPDATE notification_outbox SET attempts = attempts + 1, last_error = ?, send_after = ? WHERE id = ?")
            .params(error.length() > 500 ? error.substring(0, 500) : error, Timestamp.from(now.plus(backoff)), message.id())
            .update();
      }
    }
    // In the batch's transaction, like the failures: one statement for all the messages sent.
    if (!sent.isEmpty()) {
      jdbc.sql("UPDATE notification_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ANY(?)")
          .params(Timestamp.from(now), sent.toArray(UUID[]::new))
          .update();
    }
    return sent.size();
  }
}
