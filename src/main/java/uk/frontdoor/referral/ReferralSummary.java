package uk.frontdoor.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored referral as its sender may see it: reference, when, and where it has got to.
 *
 * @param outcome what the council decided, in the words sent to the referrer; null until then
 */
public record ReferralSummary(
    UUID referralId,
    String reference,
    Channel channel,
    Route route,
    ReferralStatus status,
    Instant submittedAt,
    UUID partnerId,
    String outcome) {}
