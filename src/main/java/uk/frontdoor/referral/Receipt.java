package uk.frontdoor.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * What the council says back once a concern is stored.
 *
 * @param created false when the submission repeated an earlier one (same idempotency key)
 */
public record Receipt(UUID referralId, String reference, Instant submittedAt, boolean created) {}
