package uk.frontdoor;

import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The integration tests' one clock, in place of the application's fixed one. */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

  @Bean
  @Primary
  TestClock testClock(@Value("${frontdoor.clock.fixed}") String start) {
    return new TestClock(Instant.parse(start.trim()));
  }
}
