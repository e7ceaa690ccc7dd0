package uk.frontdoor.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.MailIntegrationTest;
import uk.frontdoor.notification.internal.OutboxDrainer;
import uk.frontdoor.platform.Tenancy;

/** With a mail server configured, the outbox sends real email over SMTP, and keeps what fails. */
@MailIntegrationTest
class SmtpDeliveryIT {

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

  @Autowired Notifications notifications;
  @Autowired OutboxDrainer drainer;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired Tenancy tenancy;

  /** The outbox row of a message of this council, as the council's own transaction sees it. */
  private Map<String, Object> queued(UUID authorityId, String reference) {
    return transactions.execute(
        status -> {
          tenancy.bind(authorityId);
          return jdbc.sql("SELECT sent_at, attempts, last_error FROM notification_outbox WHERE reference = ?")
              .param(reference)
              .query()
              .singleRow();
        });
  }

  private void send(Message message) {
    transactions.executeWithoutResult(
        status -> {
          tenancy.bind(message.authorityId());
          notifications.send(message);
        });
  }

  @Test
  void theAcknowledgementArrivesWithItsReferenceAndNothingElse() throws Exception {
    String reference = "SMTP-" + UUID.randomUUID().toString().substring(0, 8);
    send(
        new Message(
            NotificationOutboxIT.OXFORDSHIRE,
            "referrer@example.org",
            Template.CONCERN_RECEIVED,
            Map.of(
                "authorityName", "Oxfordshire County Council",
                "reference", reference,
                "whatHappensNext", "A social worker will look at it within one working day."),
            reference));
    int before = mail.getReceivedMessages().length;
    assertThat(drainer.drainNow()).isEqualTo(1);
    assertThat(mail.waitForIncomingEmail(5000, before + 1)).as("GreenMail files the message").isTrue();

    MimeMessage[] received = mail.getReceivedMessagesForDomain("example.org");
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("referrer@example.org");
    assertThat(received[0].getSubject()).contains(reference);
    String body = GreenMailUtil.getBody(received[0]);
    assertThat(body).contains(reference).contains("999").contains("one working day").doesNotContain("((");
    assertThat(drainer.drainNow()).as("sent once only").isZero();
    assertThat(queued(NotificationOutboxIT.OXFORDSHIRE, reference).get("sent_at")).isNotNull();
  }

  @Test
  void whenTheMailServerIsDownTheMessageWaitsToBeTriedAgain() throws Exception {
    String reference = "DOWN-" + UUID.randomUUID().toString().substring(0, 8);
    mail.stop();
    try {
      send(
          new Message(
              NotificationOutboxIT.OXFORDSHIRE,
              "referrer@example.org",
              Template.SIGN_IN_CODE,
              Map.of("code", "123456", "minutes", "15"),
              reference));
      assertThat(drainer.drainNow()).isZero();
      Map<String, Object> row = queued(NotificationOutboxIT.OXFORDSHIRE, reference);
      assertThat(row.get("sent_at")).isNull();
      assertThat(row.get("attempts")).isEqualTo(1);
      assertThat(row.get("last_error")).isNotNull();
    } finally {
      mail.start();
    }
  }

  @Test
  void theDrainerSendsEachCouncilsMessagesInTurn() throws Exception {
    String reference = "TWO-" + UUID.randomUUID().toString().substring(0, 8);
    send(
        new Message(
            NotificationOutboxIT.OXFORDSHIRE,
            "dsl@oxfordshire-school.example.net",
            Template.SIGN_IN_CODE,
            Map.of("code", "111111", "minutes", "15"),
            reference));
    send(
        new Message(
            NotificationOutboxIT.BRACKNELL_FOREST,
            "dsl@bracknell-school.example.net",
            Template.SIGN_IN_CODE,
            Map.of("code", "222222", "minutes", "15"),
            reference));
    int before = mail.getReceivedMessages().length;
    assertThat(drainer.drainNow()).isEqualTo(2);
    assertThat(mail.waitForIncomingEmail(5000, before + 2)).as("GreenMail files both").isTrue();
    assertThat(mail.getReceivedMessagesForDomain("oxfordshire-school.example.net")).hasSize(1);
    assertThat(mail.getReceivedMessagesForDomain("bracknell-school.example.net")).hasSize(1);
    assertThat(queued(NotificationOutboxIT.OXFORDSHIRE, reference).get("sent_at")).isNotNull();
    assertThat(queued(NotificationOutboxIT.BRACKNELL_FOREST, reference).get("sent_at")).isNotNull();
  }

  @Test
  void aBurstOfMessagesIsSentInOneDrainNotFiftyEveryTwoSeconds() throws Exception {
    String reference = "BURST-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 120; i++) {
      send(
          new Message(
              NotificationOutboxIT.OXFORDSHIRE,
              "dsl-" + i + "@burst.example.net",
              Template.SIGN_IN_CODE,
              Map.of("code", "333333", "minutes", "15"),
              reference));
    }
    assertThat(unsent(reference)).isEqualTo(120);
    int before = mail.getReceivedMessages().length;
    assertThat(drainer.drainNow()).isEqualTo(120);
    assertThat(mail.waitForIncomingEmail(10000, before + 120)).isTrue();
    assertThat(mail.getReceivedMessagesForDomain("burst.example.net")).hasSize(120);
    assertThat(unsent(reference)).isZero();
  }

  private long unsent(String reference) {
    return transactions.execute(
        status -> {
          tenancy.bind(NotificationOutboxIT.OXFORDSHIRE);
          return jdbc.sql("SELECT count(*) FROM notification_outbox WHERE reference = ? AND sent_at IS NULL")
              .param(reference)
              .query(Long.class)
              .single();
        });
  }
}
