package uk.frontdoor.mash.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.mash.InformationRequests;

/**
 * Looks for information requests past their deadline, council by council, and escalates each once.
 * Safe on several nodes: a request being escalated by one is skipped by the others.
 */
@Component
class RequestEscalation {

  private static final Logger log = LoggerFactory.getLogger(RequestEscalation.class);

  private final Authorities authorities;
  private final InformationRequests requests;

  RequestEscalation(Authorities authorities, InformationRequests requests) {
    this.authorities = authorities;
    this.requests = requests;
  }

  @Scheduled(fixedDelayString = "${frontdoor.mash.escalation-poll:PT1M}", initialDelayString = "PT20S")
  void escalate() {
    for (Authority authority : authorities.all()) {
      try {
        int escalated = requests.escalateOverdue(authority.id().value());
        if (escalated > 0) {
          log.info("Escalated {} overdue information requests for {}", escalated, authority.slug());
        }
      } catch (RuntimeException e) {
        log.warn("Could not escalate overdue information requests for {}", authority.slug(), e);
      }
    }
  }
}
