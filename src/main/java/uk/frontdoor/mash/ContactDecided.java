package uk.frontdoor.mash;

import java.time.Instant;
import java.util.UUID;

/**
 * A MASH decision has been authorised: the work it starts (a LADO allegation, an assessment)
 * begins from this event, published in the same transaction as the authorisation.
 */
public record ContactDecided(
    UUID authorityId, UUID contactId, UUID referralId, String reference, Outcome outcome, Instant authorisedAt) {}
