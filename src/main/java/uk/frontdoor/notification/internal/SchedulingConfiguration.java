package uk.frontdoor.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Drains the outbox on a schedule unless switched off (some tests drain it by hand). The schedule
 * lives here, not on the drainer, because scheduling is also enabled by other parts of the
 * application (Spring Session's clean-up): switching this class off must stop the drain itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "frontdoor.notification.drain.enabled", matchIfMissing = true)
class SchedulingConfiguration {

  private final OutboxDrainer drainer;

  SchedulingConfiguration(OutboxDrainer drainer) {
    this.drainer = drainer;
  }

  @Scheduled(fixedDelayString = "${frontdoor.notification.poll:PT2S}")
  void drain() {
    drainer.drainNow();
  }
}
