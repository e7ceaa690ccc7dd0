package uk.frontdoor.casework.web;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.Episodes;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.WhenText;

/** What every page about one episode needs: the episode, its view recorded, and the page's common parts. */
@Component
class EpisodePages {

  private final Episodes episodes;
  private final Authorities authorities;
  private final Clock clock;

  EpisodePages(Episodes episodes, Authorities authorities, Clock clock) {
    this.episodes = episodes;
    this.authorities = authorities;
    this.clock = clock;
  }

  /** The episode, its view recorded; a 404 for an id that is not one of the council's episodes. */
  Episode opened(StaffUser me, String id) {
    return opened(me, id, "");
  }

  /** The episode, its view recorded with the part seen: "Referral ABCD-EFGH". */
  Episode opened(StaffUser me, String id, String part) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException(id);
    }
    return episodes.open(me, uuid, part).orElseThrow(() -> new NotFoundException(id));
  }

  void common(StaffUser me, Episode episode, Model model) {
    model.addAttribute("council", authorities.get(me.authorityId()));
    model.addAttribute("me", me);
    model.addAttribute("episode", episode);
    model.addAttribute("when", new WhenText(clock.instant()));
  }

  /** Back to the episode's page with a success banner. */
  static String done(RedirectAttributes flash, Episode episode, String message) {
    flash.addFlashAttribute("done", message);
    return "redirect:/staff/casework/episodes/" + episode.id();
  }
}
