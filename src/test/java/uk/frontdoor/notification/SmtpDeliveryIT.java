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

  @Test
  void theAcknowledgementArrivesWithItsReferenceAndNothingElse() throws Exception {
    String reference = "SMTP-" + UUID.randomUUID().toString().substring(0, 8);
    transactions.executeWithoutResult(
        status ->
            notifications.send(
                new Message(
                    NotificationOutboxIT.OXFORDSHIRE,
                    "referrer@example.org",
                    Template.CONCERN_RECEIVED,
                    Map.of(
                        "authorityName", "Oxfordshire County Council",
                        "reference", reference,
                        "whatHappensNext", "A social worker will look at it within one working day."),
                    reference)));
    assertThat(drainer.drainNow()).isEqualTo(1);
    assertThat(mail.waitForIncomingEmail(5000, 1)).as("GreenMail files the message").isTrue();

    MimeMessage[] received = mail.getReceivedMessagesForDomain("example.org");
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("referrer@example.org");
    assertThat(received[0].getSubject()).contains(reference);
    String body = GreenMailUtil.getBody(received[0]);
    assertThat(body).contains(reference).contains("999").contains("one working day").doesNotContain("((");
    assertThat(drainer.drainNow()).as("sent once only").isZero();
    assertThat(
            jdbc.sql("SELECT sent_at IS NOT NULL FROM notification_outbox WHERE reference = ?")
                .param(reference)
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void whenTheMailServerIsDownTheMessageWaitsToBeTriedAgain() throws Exception {
    String reference = "DOWN-" + UUID.randomUUID().toString().substring(0, 8);
    mail.stop();
    try {
      transactions.executeWithoutResult(
          status ->
              notifications.send(
                  new Message(
                      NotificationOutboxIT.OXFORDSHIRE,
                      "referrer@example.org",
                      Template.SIGN_IN_CODE,
                      Map.of("code", "123456", "minutes", "15"),
                      reference)));
      assertThat(drainer.drainNow()).isZero();
      Map<String, Object> row =
          jdbc.sql("SELECT sent_at, attempts, last_error FROM notification_outbox WHERE reference = ?")
              .param(reference)
              .query()
              .singleRow();
      assertThat(row.get("sent_at")).isNull();
      assertThat(row.get("attempts")).isEqualTo(1);
      assertThat(row.get("last_error")).isNotNull();
    } finally {
      mail.start();
    }
  }
}
