package uk.frontdoor.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox is drained on a schedule unless switched off (some tests drain it by hand). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "frontdoor.notification.drain.enabled", matchIfMissing = true)
class SchedulingConfiguration {}
