package uk.frontdoor.notification.internal;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import uk.frontdoor.platform.LogSafe;
import uk.gov.service.notify.NotificationClient;

/**
 * Exactly one sender: GOV.UK Notify when an API key is set, else SMTP when a mail host is set, else
 * a pickup folder when one is set (each email a file, for a mail system that collects them or a
 * trial without one), else the log (which records that a message went, with the recipient masked,
 * not what it said).
 */
@Configuration(proxyBeanMethods = false)
class Senders {

  private static final Logger log = LoggerFactory.getLogger(Senders.class);

  @Bean
  @Order(1)
  @ConditionalOnProperty("frontdoor.notification.notify.api-key")
  Sender notifySender(Environment environment) {
    String key = environment.getRequiredProperty("frontdoor.notification.notify.api-key");
    String baseUrl = environment.getProperty("frontdoor.notification.notify.base-url");
    NotificationClient client =
        baseUrl == null || baseUrl.isBlank() ? new NotificationClient(key) : new NotificationClient(key, baseUrl);
    return message -> {
      String template =
          environment.getRequiredProperty(
              "frontdoor.notification.notify.templates." + message.template().name());
      Map<String, Object> personalisation = new HashMap<>(message.personalisation());
      client.sendEmail(template, message.recipient(), personalisation, message.reference());
    };
  }

  @Bean
  @ConditionalOnMissingBean(Sender.class)
  @ConditionalOnProperty("spring.mail.host")
  Sender smtpSender(
      JavaMailSender mail,
      @Value("${frontdoor.notification.from:no-reply@frontdoor.invalid}") String from) {
    return message -> {
      SimpleMailMessage email = new SimpleMailMessage();
      email.setFrom(from);
      email.setTo(message.recipient());
      email.setSubject(message.subject());
      email.setText(message.body());
      mail.send(email);
    };
  }

  @Bean
  @ConditionalOnMissingBean(Sender.class)
  @ConditionalOnProperty("frontdoor.notification.pickup-folder")
  Sender pickupFolderSender(
      @Value("${frontdoor.notification.pickup-folder}") Path folder,
      @Value("${frontdoor.notification.from:no-reply@frontdoor.invalid}") String from) {
    return pickupFolder(folder, from);
  }

  /**
   * Writes each email into the folder as an RFC 5322 message, named by the outbox's id so that a
   * message tried again is written again in the same file, never twice.
   */
  static Sender pickupFolder(Path folder, String from) {
    return message -> {
      Files.createDirectories(folder);
      MimeMessage email = new MimeMessage((Session) null);
      email.setFrom(new InternetAddress(from));
      email.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(message.recipient()));
      email.setSubject(message.subject(), "UTF-8");
      email.setText(message.body(), "UTF-8");
      email.saveChanges();
      Path partial = folder.resolve(message.id() + ".eml.part");
      try (OutputStream out = Files.newOutputStream(partial)) {
        email.writeTo(out);
      }
      Files.move(partial, folder.resolve(message.id() + ".eml"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    };
  }

  @Bean
  @ConditionalOnMissingBean(Sender.class)
  Sender logSender() {
    return message ->
        log.info(
            "Email {} for {} to {} (log sender: set spring.mail.host or a Notify key to send)",
            message.template(),
            message.reference(),
            LogSafe.email(message.recipient()));
  }
}
