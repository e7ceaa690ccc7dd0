package uk.frontdoor.returns.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.platform.LogSafe;
import uk.frontdoor.returns.CscExtract;

/**
 * The daily children's social care data extract, council by council, at the configured time (2 am
 * UK time unless {@code frontdoor.returns.extract.cron} says otherwise). It does nothing while no
 * destination is configured. Every node may run it: a council being extracted by one node is
 * skipped by the others, and one that failed is tried again at the next run.
 */
@Component
record CscExtractSchedule(Authorities authorities, CscExtract extract) {

  private static final Logger log = LoggerFactory.getLogger(CscExtractSchedule.class);

  @Scheduled(cron = "${frontdoor.returns.extract.cron:0 0 2 * * *}", zone = UkTime.ZONE_ID)
  void run() {
    for (Authority authority : authorities.all()) {
      try {
        CscExtract.Outcome outcome = extract.send(authority.id().value());
        if (outcome == CscExtract.Outcome.OFF) {
          return;
        }
        log.info("{}: children's social care data extract {}", authority.slug(), outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      } catch (RuntimeException e) {
        log.warn("Could not run the children's social care data extract for {}: {}", authority.slug(), LogSafe.failure(e));
      }
    }
  }
}
