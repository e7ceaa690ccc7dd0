package uk.frontdoor.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * What the council says back once a concern is stored.
 *
 * @param created false when the submission repeated an earlier one (same idempotency key)
 * @param sameRequest false when the idempotency key was used before for a different document:
 *     nothing was stored, and the earlier referral is not this one; true otherwise, and for a
 *     referral stored before requests were hashed
 */
public record Receipt(UUID referralId, String reference, Instant submittedAt, boolean created, boolean sameRequest) {

  public Receipt(UUID referralId, String reference, Instant submittedAt, boolean created) {
    this(referralId, reference, submittedAt, created, true);
  }
}
