package uk.frontdoor.casework.web;

import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.casework.ProtectionRecords;
import uk.frontdoor.casework.ProtectionTeams;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;

/**
 * A partner practitioner's children: those whose child protection team they are on now, and for
 * each, read-only, its strategy discussions, section 47 enquiries and child protection plans, the
 * team and its contributions, with a form to add their own. Any other child is not found, whether
 * or not it exists; every view is audited.
 */
@Controller
@RequestMapping("/staff/protection")
record ProtectionController(ProtectionTeams teams, ProtectionRecords records) {

  static final String SEEN = "Child protection record: strategy discussions, section 47 enquiries, child protection plans, the team";

  @GetMapping
  @PreAuthorize("hasRole('PARTNER_PRACTITIONER')")
  String children(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("children", teams.childrenOf(me));
    return "casework/protection-children";
  }

  @GetMapping("/{id}")
  @PreAuthorize("hasRole('PARTNER_PRACTITIONER')")
  String child(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    return childPage(me, opened(me, id), null, Map.of(), model);
  }

  @PostMapping("/{id}/contributions")
  @PreAuthorize("hasRole('PARTNER_PRACTITIONER')")
  String contribute(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @RequestParam(required = false) String text,
      RedirectAttributes flash,
      Model model) {
    Episode episode = opened(me, id);
    FieldErrors errors = new FieldErrors();
    String given = errors.required("text", "Your contribution", text, ProtectionTeams.MAX_CONTRIBUTION, "Enter your contribution");
    if (!errors.isEmpty()) {
      return childPage(me, episode, text, errors.ordered(), model);
    }
    if (teams.contribute(me, episode.id(), given) != Result.DONE) {
      throw new NotFoundException(id);
    }
    flash.addFlashAttribute("done", "Your contribution is on " + episode.childName() + "’s record. The child’s social worker can read it.");
    return "redirect:/staff/protection/" + episode.id();
  }

  /** The episode, if the partner is on its child's team now; a 404 for any other, so that no other child's existence shows. */
  private Episode opened(StaffUser me, String id) {
    UUID episodeId = EpisodePages.id(id);
    return teams.openAsMember(me, episodeId, SEEN).orElseThrow(() -> new NotFoundException(id));
  }

  private String childPage(StaffUser me, Episode episode, String text, Map<String, String> errors, Model model) {
    model.addAttribute("episode", episode);
    model.addAttribute("record", records.of(me.authorityId(), episode.id()));
    model.addAttribute("team", teams.of(me.authorityId(), episode.id()));
    model.addAttribute("text", text);
    model.addAttribute("errors", errors);
    return "casework/protection-child";
  }
}
