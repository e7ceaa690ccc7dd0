package uk.frontdoor.referral.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how many reports one network address can send in an hour, so a flood of automated
 * submissions cannot bury real concerns. People are never asked to solve a CAPTCHA. The limit is
 * per application node; the buckets are forgotten after a quiet hour.
 */
@Component
class SubmissionRateLimiter {

  private static final int MAX_ADDRESSES = 100_000;

  private final int perHour;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  SubmissionRateLimiter(@Value("${frontdoor.rate-limit.public-submissions-per-hour:10}") int perHour) {
    this.perHour = perHour;
  }

  /** Whether this address may send another report now. */
  boolean tryAcquire(String address) {
    if (buckets.size() > MAX_ADDRESSES) {
      buckets.clear();
    }
    return buckets.computeIfAbsent(address, a -> newBucket()).tryConsume(1);
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
        .build();
  }
}
