package uk.frontdoor.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * A phone contact as the call handlers' list shows it.
 *
 * @param urgency the call handler's rating: RED, AMBER or GREEN
 * @param writtenReferralDue the caller is a professional who was asked to put it in writing
 * @param writtenReferralReference the reference of the written referral that followed, if any
 */
public record PhoneContactSummary(
    UUID referralId,
    String reference,
    Instant receivedAt,
    String urgency,
    boolean writtenReferralDue,
    String writtenReferralReference) {

  /** Whether a written referral was asked for and has not come. */
  public boolean awaitingWrittenReferral() {
    return writtenReferralDue && writtenReferralReference == null;
  }
}
