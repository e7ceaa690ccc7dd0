package uk.frontdoor.lado;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An allegation against an adult who works with children, as the council's LADO sees it.
 *
 * @param resolvedAt when it closed with advice or concluded; null while it is open
 */
public record Allegation(
    UUID id, UUID referralId, String reference, Instant receivedAt, AllegationStatus status, Instant resolvedAt) {

  /** Whole days from its arrival to its resolution, or to now while it is open: its age, as KCSIE's targets count it. */
  public long days(Instant now) {
    return Duration.between(receivedAt, resolvedAt == null ? now : resolvedAt).toDays();
  }
}
