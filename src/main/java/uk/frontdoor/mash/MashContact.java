package uk.frontdoor.mash;

import java.time.Instant;
import java.util.UUID;

/**
 * A contact in a council's MASH queue.
 *
 * @param rag RED, AMBER or GREEN; null until someone rates it
 * @param clockStartedAt when the one-working-day clock started: arrival, or the next opening of
 *     the council's office for a contact that arrived out of hours
 * @param decisionDueAt the exclusive end of the working day by which the decision is due
 * @param handedOverAt when the Emergency Duty Team handed an out-of-hours contact over to the
 *     MASH; null for a contact that arrived in office hours or is not yet handed over
 */
public record MashContact(
    UUID id,
    UUID referralId,
    String reference,
    String channel,
    String route,
    boolean immediateDanger,
    Instant receivedAt,
    ContactStatus status,
    String rag,
    Instant clockStartedAt,
    Instant decisionDueAt,
    UUID assignedTo,
    String assignedName,
    Instant handedOverAt) {

  /** Arrived while the office was closed, so its clock starts at the next opening. */
  public boolean outOfHours() {
    return clockStartedAt.isAfter(receivedAt);
  }
}
