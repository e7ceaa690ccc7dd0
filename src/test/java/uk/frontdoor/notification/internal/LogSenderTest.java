package uk.frontdoor.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.frontdoor.notification.Template;

class LogSenderTest {

  @Test
  void theLogSenderWritesThatAMessageWentWithTheRecipientMaskedAndNothingItSaid() throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger(Senders.class);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    logger.addAppender(captured);
    try {
      new Senders()
          .logSender()
          .deliver(
              new OutboxMessage(UUID.randomUUID(), UUID.randomUUID(), "sam.patel@example.org", Template.SIGN_IN_CODE,
                  Map.of("code", "482913", "minutes", "15"), "REF-1", 0));
    } finally {
      logger.detachAppender(captured);
    }
    assertThat(captured.list).hasSize(1);
    assertThat(captured.list.get(0).getFormattedMessage())
        .contains("SIGN_IN_CODE", "REF-1", "s***@example.org")
        .doesNotContain("sam.patel", "482913");
  }
}
