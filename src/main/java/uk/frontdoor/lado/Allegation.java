package uk.frontdoor.lado;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An allegation against an adult who works with children, as the council's LADO sees it.
 *
 * @param resolvedAt when it closed with advice or concluded; null while it is open
 * @param restricted about the council's own staff: only the LADO opens it, not a deputy
 */
public record Allegation(
    UUID id, UUID referralId, String reference, Instant receivedAt, AllegationStatus status, Instant resolvedAt,
    boolean restricted) {

  /** Whether this member of staff may open it: the LADO any, a deputy any not restricted. */
  public boolean mayBeOpenedBy(uk.frontdoor.identity.StaffUser staff) {
    return staff.roles().contains("LADO") || (!restricted && staff.roles().contains("DEPUTY_LADO"));
  }


  /** Whole days from its arrival to its resolution, or to now while it is open: its age, as KCSIE's targets count it. */
  public long days(Instant now) {
    return Duration.between(receivedAt, resolvedAt == null ? now : resolvedAt).toDays();
  }
}
