package uk.frontdoor.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.frontdoor.mash.Outcome;

/**
 * A referral on an episode: the one that opened it, or one that came while it was open.
 *
 * @param reference the MASH contact's reference; null for a referral recorded before Front Door
 * @param receivedOn the day the council received the concern (UK time)
 * @param reReferral it came within 12 months of the closure of the child's previous episode
 */
public record EpisodeReferral(
    UUID referralId, UUID contactId, String reference, LocalDate receivedOn, Outcome outcome, Instant addedAt, boolean reReferral) {}
