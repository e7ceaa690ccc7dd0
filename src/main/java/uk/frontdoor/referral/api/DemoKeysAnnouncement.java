package uk.frontdoor.referral.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;

/**
 * With demo data loaded, tells the person running the application (at DEBUG: the README lists
 * them) which partner API keys work:
 * each demo council's key is {@code demo-<slug>}. Only keys that really are in the database are
 * printed, so in production (no demo data) nothing is.
 */
@Component
record DemoKeysAnnouncement(Authorities authorities, PartnerKeys keys) {

  private static final Logger log = LoggerFactory.getLogger(DemoKeysAnnouncement.class);

  @EventListener(ApplicationReadyEvent.class)
  void announce() {
    if (!log.isDebugEnabled()) {
      return;
    }
    for (Authority authority : authorities.all()) {
      String key = "demo-" + authority.slug();
      keys.authenticate(key)
          .filter(partner -> partner.authorityId().equals(authority.id().value()))
          .ifPresent(
              partner ->
                  log.debug(
                      "Demo partner API key for {}: Authorization: Bearer {} (POST /api/v1/{}/referrals)",
                      authority.name(), key, authority.slug()));
    }
  }
}
