package uk.frontdoor.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores concerns and answers questions about them. */
public interface Referrals {

  /**
   * Stores the concern, publishes {@link ConcernSubmitted} and queues the acknowledgement email
   * (if the referrer gave an address), all in one transaction: when this returns, the referral is
   * committed. A repeated idempotency key returns the first receipt and stores nothing.
   */
  Receipt submit(Submission submission);

  /** A council's referral by its reference, as typed (case and spaces forgiven). */
  Optional<ReferralSummary> find(UUID authorityId, String reference);

  /** The referrals a signed-in professional sent to a council, newest first. */
  List<ReferralSummary> sentBy(UUID authorityId, UUID accountId);

  /** The full answers of a council's referral. */
  Optional<ReferralDocument> document(UUID authorityId, UUID referralId);

  /**
   * A council's recorded phone contacts, newest first, each with whether a written referral is
   * due and the reference of the one that came.
   */
  List<PhoneContactSummary> phoneContacts(UUID authorityId);
}
