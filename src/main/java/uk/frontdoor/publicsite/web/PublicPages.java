package uk.frontdoor.publicsite.web;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.frontdoor.authority.Audience;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.ContactNow;
import uk.frontdoor.authority.ContactNowService;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.WhenText;

/** What every council page needs: the council itself, and who to call right now. */
@Component
record PublicPages(Authorities authorities, ContactNowService contactNow, Clock clock) {

  Authority authority(String slug, Model model) {
    Authority authority =
        authorities.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
    model.addAttribute("authority", authority);
    return authority;
  }

  ContactNow contactNow(Authority authority, Audience audience, Model model) {
    Instant now = clock.instant();
    ContactNow answer = contactNow.contactNow(authority, audience, now);
    model.addAttribute("contactNow", answer);
    model.addAttribute("when", new WhenText(now));
    return answer;
  }
}
