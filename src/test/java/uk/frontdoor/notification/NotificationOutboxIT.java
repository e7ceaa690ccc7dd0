package uk.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;

/** A message is queued exactly when the change it reports commits. */
@IntegrationTest
class NotificationOutboxIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @Autowired Notifications notifications;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  private Message message(String reference) {
    return new Message(
        OXFORDSHIRE,
        "parent@example.org",
        Template.CONCERN_RECEIVED,
        Map.of("authorityName", "Oxfordshire County Council", "reference", reference, "whatHappensNext", "Next."),
        reference);
  }

  private long queued(String reference) {
    return jdbc.sql("SELECT count(*) FROM notification_outbox WHERE reference = ?")
        .param(reference)
        .query(Long.class)
        .single();
  }

  @Test
  void aCommittedChangeQueuesItsMessage() {
    String reference = "COMMIT-" + UUID.randomUUID();
    transactions.executeWithoutResult(status -> notifications.send(message(reference)));
    assertThat(queued(reference)).isEqualTo(1);
  }

  @Test
  void aRolledBackChangeQueuesNothing() {
    String reference = "ROLLBACK-" + UUID.randomUUID();
    transactions.executeWithoutResult(
        status -> {
          notifications.send(message(reference));
          status.setRollbackOnly();
        });
    assertThat(queued(reference)).isZero();
  }

  @Test
  void aMessageOutsideATransactionIsRefused() {
    assertThatThrownBy(() -> notifications.send(message("NONE")))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  @Test
  void anAddressThatIsNotOneIsRefused() {
    assertThatThrownBy(
            () -> new Message(OXFORDSHIRE, "not an address", Template.SIGN_IN_CODE, Map.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
