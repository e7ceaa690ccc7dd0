package uk.frontdoor.notification.internal;

import java.util.Map;
import java.util.UUID;
import uk.frontdoor.notification.Template;

/** A queued message as the senders see it. */
public record OutboxMessage(
    UUID id,
    UUID authorityId,
    String recipient,
    Template template,
    Map<String, String> personalisation,
    String reference,
    int attempts) {

  public String subject() {
    return template.subject(personalisation);
  }

  public String body() {
    return template.body(personalisation);
  }
}
