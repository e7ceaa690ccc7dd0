package uk.frontdoor.mash.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.mash.InformationRequests;
import uk.frontdoor.mash.OutOfHours;

/**
 * The MASH's timed work, council by council: escalates information requests past their deadline
 * (each once; a request being escalated by one node is skipped by the others) and hands
 * out-of-hours contacts over from the Emergency Duty Team once the office has opened.
 */
@Component
record MashTimers(Authorities authorities, InformationRequests requests, OutOfHours outOfHours) {

  private static final Logger log = LoggerFactory.getLogger(MashTimers.class);

  @Scheduled(fixedDelayString = "${frontdoor.mash.timer-poll:PT1M}", initialDelayString = "PT20S")
  void run() {
    for (Authority authority : authorities.all()) {
      try {
        int handedOver = outOfHours.handOver(authority.id().value());
        int escalated = requests.escalateOverdue(authority.id().value());
        if (handedOver + escalated > 0) {
          log.info("{}: {} out-of-hours contacts handed over, {} overdue information requests escalated",
              authority.slug(), handedOver, escalated);
        }
      } catch (RuntimeException e) {
        log.warn("Could not run the MASH timers for {}", authority.slug(), e);
      }
    }
  }
}
