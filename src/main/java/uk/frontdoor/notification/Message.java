package uk.frontdoor.notification;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import uk.frontdoor.platform.FieldErrors;

/**
 * An email to one person.
 *
 * @param reference the business reference it concerns (a referral's), for tracing and for Notify
 */
public record Message(
    UUID authorityId,
    String recipient,
    Template template,
    Map<String, String> personalisation,
    String reference) {

  public Message {
    Objects.requireNonNull(authorityId, "authorityId");
    Objects.requireNonNull(template, "template");
    if (recipient == null || !FieldErrors.looksLikeEmail(recipient.strip())) {
      throw new IllegalArgumentException("Not an email address");
    }
    recipient = recipient.strip();
    personalisation = personalisation == null ? Map.of() : Map.copyOf(personalisation);
  }
}
