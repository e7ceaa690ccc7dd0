package uk.frontdoor.lado;

import java.time.Instant;
import java.util.UUID;

/** An allegation against an adult who works with children, as the council's LADO sees it. */
public record Allegation(UUID id, UUID referralId, String reference, Instant receivedAt, AllegationStatus status) {}
