package uk.frontdoor.referral;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.frontdoor.platform.workflow.Actor;

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
   * Marks a received referral as being looked at by the MASH; one already past that stays as it
   * is.
   *
   * @param by the worker who took its contact on
   */
  void beingLookedAt(UUID authorityId, UUID referralId, Actor by);

  /**
   * Records the council's authorised decision on a referral and, where the referrer may be told
   * (a professional, or a parent asking for help, who gave an email address; never an anonymous
   * reporter), sends it to them through the outbox, in the same transaction.
   *
   * @param outcome what the referrer is told: words that disclose nothing private about the family
   * @param by the manager who authorised the decision
   * @return whether the referrer is being told
   * @throws uk.frontdoor.platform.workflow.MoveRefusedException if the referral is already decided
   */
  boolean decided(UUID authorityId, UUID referralId, String outcome, Actor by);

  /**
   * Records that the council's work after its decision has reached a step, for the referrer to see
   * in their list and through the partner API; a step already recorded stays as it was.
   */
  void progressed(UUID authorityId, UUID referralId, ReferralProgress step, java.time.Instant at);

  /**
   * A council's recorded phone contacts, newest first, each with whether a written referral is
   * due and the reference of the one that came.
   */
  List<PhoneContactSummary> phoneContacts(UUID authorityId);
}
