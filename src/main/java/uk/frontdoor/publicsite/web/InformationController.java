package uk.frontdoor.publicsite.web;

import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.frontdoor.authority.Audience;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.PublicAccess;

/**
 * The guidance pages every council offers: what abuse is, how to respond when a child tells you,
 * child sexual exploitation, what happens after you report, information for parents, and the
 * no-names consultation.
 */
@Controller
@PublicAccess
record InformationController(PublicPages pages) {

  static final Set<String> PAGES =
      Set.of(
          "what-is-abuse",
          "when-a-child-tells-you",
          "child-sexual-exploitation",
          "what-happens-next",
          "for-parents",
          "no-names-consultation");

  @GetMapping("/{slug}/{page:[a-z-]+}")
  String page(@PathVariable String slug, @PathVariable String page, Model model) {
    if (!PAGES.contains(page)) {
      throw new NotFoundException(slug + "/" + page);
    }
    Authority authority = pages.authority(slug, model);
    pages.contactNow(authority, Audience.PUBLIC, model);
    return "publicsite/info/" + page;
  }
}
