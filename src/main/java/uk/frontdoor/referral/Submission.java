package uk.frontdoor.referral;

import java.util.Objects;
import java.util.UUID;

/**
 * A concern being submitted.
 *
 * @param idempotencyKey the same key always gives the same referral: a form's submission token,
 *     or the API's {@code Idempotency-Key} header
 * @param partnerId the partner organisation's key that sent it through the API, else null
 * @param accountId the signed-in professional who sent it online, else null
 */
public record Submission(
    UUID authorityId,
    Channel channel,
    ReferralDocument document,
    String idempotencyKey,
    UUID partnerId,
    UUID accountId) {

  public static final int MAX_IDEMPOTENCY_KEY = 200;

  public Submission {
    Objects.requireNonNull(authorityId, "authorityId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(document.route(), "document.route");
    if (idempotencyKey == null
        || idempotencyKey.isBlank()
        || idempotencyKey.length() > 300) {
      throw new IllegalArgumentException("An idempotency key of 1 to 300 characters is needed");
    }
  }
}
