package uk.frontdoor.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored referral as its sender may see it: reference, when, and where it has got to.
 *
 * @param outcome what the council decided, in the words sent to the referrer; null until then
 * @param progress the steps the council's work has reached since, oldest first
 */
public record ReferralSummary(
    UUID referralId,
    String reference,
    Channel channel,
    Route route,
    ReferralStatus status,
    Instant submittedAt,
    UUID partnerId,
    String outcome,
    List<Step> progress) {

  /** A step reached, and when. */
  public record Step(ReferralProgress step, Instant at) {

    public String words() {
      return step.label();
    }
  }

  /** The step reached last; null before the first. */
  public Step latest() {
    return progress.isEmpty() ? null : progress.get(progress.size() - 1);
  }
}
