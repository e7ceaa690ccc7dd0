package uk.frontdoor.casework.web;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.Episodes;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.NotFoundException;

/** What every page about one episode needs: the episode, its view recorded (the staff page's parts come from StaffPageAdvice). */
@Component
record EpisodePages(Episodes episodes) {

  /** The episode, its view recorded; a 404 for an id that is not one of the council's episodes. */
  Episode opened(StaffUser me, String id) {
    return opened(me, id, "");
  }

  /** The episode, its view recorded with the part seen: "Referral ABCD-EFGH". */
  Episode opened(StaffUser me, String id, String part) {
    return episodes.open(me, id(id), part).orElseThrow(() -> new NotFoundException(id));
  }

  /** An episode's, a visit's or a plan's id from its address; a 404 for anything that is not one. */
  static UUID id(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException(id);
    }
  }

  /** Back to the episode's page with a success banner. */
  static String done(RedirectAttributes flash, Episode episode, String message) {
    flash.addFlashAttribute("done", message);
    return "redirect:/staff/casework/episodes/" + episode.id();
  }
}
