package uk.frontdoor.mash;

import java.time.Instant;
import java.util.UUID;
import uk.frontdoor.authority.ReferralType;
import uk.frontdoor.referral.Route;

/**
 * A contact in a council's MASH queue.
 *
 * @param rag red, amber or green; null until someone rates it
 * @param clockStartedAt when the one-working-day clock started: arrival, or the next opening of
 *     the council's office for a contact that arrived out of hours
 * @param decisionDueAt the exclusive end of the working day by which the decision is due
 * @param handedOverAt when the Emergency Duty Team handed an out-of-hours contact over to the
 *     MASH; null for a contact that arrived in office hours or is not yet handed over
 * @param referralType a professional's Safeguarding or Early Help referral; null for other routes
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
    Rag rag,
    Instant clockStartedAt,
    Instant decisionDueAt,
    UUID assignedTo,
    String assignedName,
    Instant handedOverAt,
    ReferralType referralType) {

  /**
   * Rated and taken on by a worker: a decision needs both, since the rating sets partner agencies'
   * deadlines and the record must say whose decision it is.
   */
  public boolean triaged() {
    return rag != null && assignedTo != null;
  }

  /** Whether its workflow lets a decision be recorded now (before a manager has it). */
  public boolean decidable() {
    return ContactStatus.WORKFLOW.allowed(status, ContactStatus.Command.DECIDE);
  }

  /**
   * Who it came from, and for a professional's referral its type, as the queue says it:
   * "Professional: Early Help", "Member of the public".
   */
  public String from() {
    return referralType == null ? who() : who() + ": " + referralType.label();
  }

  /** Who made the contact: "Professional", "Member of the public". */
  public String who() {
    return java.util.Arrays.stream(Route.values()).filter(r -> r.name().equals(route)).findFirst().map(Route::label).orElse("Not known");
  }

  /** Arrived while the office was closed, so its clock starts at the next opening. */
  public boolean outOfHours() {
    return clockStartedAt.isAfter(receivedAt);
  }
}
