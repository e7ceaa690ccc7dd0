package uk.frontdoor.referral.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how many reports one network address can send in an hour, so a flood of automated
 * submissions cannot bury real concerns. People are never asked to solve a CAPTCHA. Only reports
 * that were stored count: a post with an error, a robot's honeypot or an out-of-date page spends
 * nothing. The address is the client's as {@link uk.frontdoor.platform.ClientAddresses} tells it
 * (behind a trusted proxy, the address the proxy forwards). The limit is per application node; an
 * address is forgotten after a quiet hour.
 */
@Component
class SubmissionRateLimiter {

  private static final int MAX_ADDRESSES = 100_000;

  private final int perHour;
  private final Cache<String, Bucket> buckets;

  SubmissionRateLimiter(@Value("${frontdoor.rate-limit.public-submissions-per-hour:10}") int perHour) {
    this.perHour = perHour;
    this.buckets =
        Caffeine.newBuilder().maximumSize(MAX_ADDRESSES).expireAfterAccess(Duration.ofHours(1)).build();
  }

  /** Whether this address may send another report now. Spends nothing. */
  boolean allows(String address) {
    return bucket(address).getAvailableTokens() > 0;
  }

  /** Counts a report from this address that was stored. */
  void stored(String address) {
    bucket(address).tryConsume(1);
  }

  private Bucket bucket(String address) {
    return buckets.get(address, a -> newBucket());
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
        .build();
  }
}
