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
    String assignedName) {}
