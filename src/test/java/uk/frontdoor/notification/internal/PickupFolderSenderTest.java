package uk.frontdoor.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.frontdoor.notification.Template;

class PickupFolderSenderTest {

  @TempDir Path folder;

  @Test
  void eachEmailIsOneFileNamedByItsOutboxIdAndATryAgainWritesTheSameFile() throws Exception {
    UUID id = UUID.randomUUID();
    OutboxMessage message =
        new OutboxMessage(id, UUID.randomUUID(), "ivy.invitee@example.org", Template.SIGN_IN_CODE,
            Map.of("code", "482913", "minutes", "15"), "REF-1", 0);
    Sender sender = Senders.pickupFolder(folder.resolve("outgoing"), "front-door@council.example");

    sender.deliver(message);
    sender.deliver(message);

    try (var files = Files.list(folder.resolve("outgoing"))) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly(id + ".eml");
    }
    try (var in = Files.newInputStream(folder.resolve("outgoing").resolve(id + ".eml"))) {
      MimeMessage email = new MimeMessage((Session) null, in);
      assertThat(email.getFrom()).extracting(Object::toString).containsExactly("front-door@council.example");
      assertThat(email.getRecipients(jakarta.mail.Message.RecipientType.TO)).extracting(Object::toString)
          .containsExactly("ivy.invitee@example.org");
      assertThat(email.getSubject()).isEqualTo(message.subject());
      assertThat(email.getContent().toString().replace("\r\n", "\n")).isEqualTo(message.body());
    }
  }
}
