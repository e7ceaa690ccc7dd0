package uk.frontdoor.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The one source of "now". Production uses the system clock. Training environments and acceptance
 * checks can fix the clock ({@code frontdoor.clock.fixed=2026-11-27T16:15:00Z}) or move it by an
 * offset ({@code frontdoor.clock.offset=P30D} or {@code -PT2H}).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

  @Bean
  Clock clock(
      @Value("${frontdoor.clock.fixed:}") String fixed,
      @Value("${frontdoor.clock.offset:}") String offset) {
    Clock clock = Clock.systemUTC();
    if (StringUtils.hasText(fixed)) {
      clock = Clock.fixed(Instant.parse(fixed.trim()), ZoneOffset.UTC);
      log.warn("The clock is fixed at {}: time does not pass in this application", fixed);
    }
    if (StringUtils.hasText(offset)) {
      clock = Clock.offset(clock, Duration.parse(offset.trim()));
      log.warn("The clock is offset by {}", offset);
    }
    return clock;
  }
}
