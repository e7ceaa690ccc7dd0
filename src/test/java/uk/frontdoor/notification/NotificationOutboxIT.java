package uk.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.platform.Tenancy;

/**
 * A message is queued exactly when the change it reports commits, and only its council's
 * transactions see it.
 */
@IntegrationTest
class NotificationOutboxIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID BRACKNELL_FOREST = UUID.fromString("00000000-0000-4000-8000-000000000002");

  @Autowired Notifications notifications;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired Tenancy tenancy;

  private Message message(String reference) {
    return new Message(
        OXFORDSHIRE,
        "parent@example.org",
        Template.CONCERN_RECEIVED,
        Map.of("authorityName", "Oxfordshire County Council", "reference", reference, "whatHappensNext", "Next."),
        reference);
  }

  private long count(String reference) {
    return jdbc.sql("SELECT count(*) FROM notification_outbox WHERE reference = ?")
        .param(reference)
        .query(Long.class)
        .single();
  }

  /** The messages with this reference that a transaction bound to the council sees. */
  private long queued(UUID authorityId, String reference) {
    return transactions.execute(
        status -> {
          tenancy.bind(authorityId);
          return count(reference);
        });
  }

  private void send(UUID boundTo, Message message) {
    transactions.executeWithoutResult(
        status -> {
          tenancy.bind(boundTo);
          notifications.send(message);
        });
  }

  @Test
  void aCommittedChangeQueuesItsMessage() {
    String reference = "COMMIT-" + UUID.randomUUID();
    send(OXFORDSHIRE, message(reference));
    assertThat(queued(OXFORDSHIRE, reference)).isEqualTo(1);
  }

  @Test
  void aRolledBackChangeQueuesNothing() {
    String reference = "ROLLBACK-" + UUID.randomUUID();
    transactions.executeWithoutResult(
        status -> {
          tenancy.bind(OXFORDSHIRE);
          notifications.send(message(reference));
          status.setRollbackOnly();
        });
    assertThat(queued(OXFORDSHIRE, reference)).isZero();
  }

  @Test
  void onlyTheMessagesCouncilSeesItsMessage() {
    String reference = "RLS-" + UUID.randomUUID();
    send(OXFORDSHIRE, message(reference));
    assertThat(queued(OXFORDSHIRE, reference)).isEqualTo(1);
    assertThat(queued(BRACKNELL_FOREST, reference)).as("another council").isZero();
    assertThat(count(reference)).as("no council bound").isZero();
    Integer markedSent =
        transactions.execute(
            status -> {
              tenancy.bind(BRACKNELL_FOREST);
              return jdbc.sql("UPDATE notification_outbox SET sent_at = now() WHERE reference = ?")
                  .param(reference)
                  .update();
            });
    assertThat(markedSent).as("another council marks it sent").isZero();
  }

  @Test
  void aMessageIsQueuedOnlyInATransactionBoundToItsCouncil() {
    String reference = "UNBOUND-" + UUID.randomUUID();
    assertThatThrownBy(() -> transactions.executeWithoutResult(status -> notifications.send(message(reference))))
        .as("no council bound")
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("row-level security");
    assertThatThrownBy(() -> send(BRACKNELL_FOREST, message(reference)))
        .as("bound to another council")
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("row-level security");
    assertThat(queued(OXFORDSHIRE, reference)).isZero();
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
