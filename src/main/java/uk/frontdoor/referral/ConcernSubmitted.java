package uk.frontdoor.referral;

import java.time.Instant;
import java.util.UUID;
import uk.frontdoor.authority.ReferralType;

/**
 * A concern has been stored and its reference given. Published in the same transaction as the
 * referral row, through Spring Modulith's event publication registry, so every one reaches the
 * MASH even if the application stops before the MASH has seen it.
 *
 * @param urgency a call handler's rating of a phone contact (RED, AMBER or GREEN); null otherwise
 * @param referralType a professional's Safeguarding or Early Help referral; null for other routes
 */
public record ConcernSubmitted(
    UUID authorityId,
    UUID referralId,
    String reference,
    Channel channel,
    Route route,
    boolean immediateDanger,
    Instant submittedAt,
    String urgency,
    ReferralType referralType) {}
