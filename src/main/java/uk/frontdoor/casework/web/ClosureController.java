package uk.frontdoor.casework.web;

import java.util.List;
import java.util.Map;
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
import uk.frontdoor.casework.ClosureReason;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.EpisodeStatus;
import uk.frontdoor.casework.Episodes;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.NotFoundException;

/**
 * Closing an episode with its CIN census reason, the confirmation that it is closed, and a team
 * manager reopening it.
 */
@Controller
@RequestMapping("/staff/casework/episodes/{id}")
record ClosureController(Episodes episodes, EpisodePages pages) {

  @GetMapping("/closure")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String closure(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    return closurePage(me, pages.opened(me, id), null, Map.of(), model);
  }

  @PostMapping("/closure")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String close(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      Model model) {
    Episode episode = pages.opened(me, id);
    if (Labelled.named(ClosureReason.class, reason).isEmpty()) {
      return closurePage(me, episode, reason, Map.of("reason", "Select why the episode is closing"), model);
    }
    Result result = episodes.close(me, episode.id(), ClosureReason.valueOf(reason));
    return switch (result) {
      case DONE -> "redirect:/staff/casework/episodes/" + episode.id() + "/closed";
      case NOT_FOUND -> throw new NotFoundException(id);
      default -> {
        Episode now = pages.opened(me, id);
        yield closurePage(me, now, reason, Map.of("reason", whyNotClosing(episodes, me, now)), model);
      }
    };
  }

  @GetMapping("/closed")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String closed(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    Episode episode = pages.opened(me, id);
    if (episode.open()) {
      return "redirect:/staff/casework/episodes/" + episode.id();
    }
    model.addAttribute("episode", episode);
    return "casework/closed";
  }

  @GetMapping("/reopening")
  @PreAuthorize("hasRole('TEAM_MANAGER')")
  String reopening(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    return reopenPage(pages.opened(me, id), null, Map.of(), model);
  }

  @PostMapping("/reopening")
  @PreAuthorize("hasRole('TEAM_MANAGER')")
  String reopen(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      RedirectAttributes flash,
      Model model) {
    Episode episode = pages.opened(me, id);
    FieldErrors errors = new FieldErrors();
    String why = errors.required("reason", "The reason", reason, EpisodeController.MAX_REASON, "Say why the episode is reopening");
    if (!errors.isEmpty()) {
      return reopenPage(episode, reason, errors.ordered(), model);
    }
    Result result = episodes.reopen(me, episode.id(), why);
    return switch (result) {
      case DONE -> EpisodePages.done(flash, episode, "The episode of " + episode.childName() + " is open again.");
      case NOT_FOUND -> throw new NotFoundException(id);
      case ANOTHER_OPEN -> reopenPage(episode, reason,
          Map.of("reason", EpisodeController.cannotChange(result) + ": add to that one instead"), model);
      default -> reopenPage(pages.opened(me, id), reason, Map.of("reason", "This episode is open"), model);
    };
  }

  /** Why an episode cannot close now, in words: it is already closed, or what must happen first. */
  static String whyNotClosing(Episodes episodes, StaffUser me, Episode episode) {
    if (!EpisodeStatus.WORKFLOW.allowed(episode.status(), EpisodeStatus.Command.CLOSE)) {
      return "This episode is already closed";
    }
    List<String> why = episodes.whyNotClosable(me.authorityId(), episode);
    return why.isEmpty() ? "This episode changed while you were closing it: check it and try again" : String.join(". ", why);
  }

  private String closurePage(StaffUser me, Episode episode, String reason, Map<String, String> errors, Model model) {
    model.addAttribute("episode", episode);
    model.addAttribute("reasons", Labelled.codedOptions(ClosureReason.values()));
    model.addAttribute("reason", reason);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "whyNot", episode.open() && episodes.whyNotClosable(me.authorityId(), episode).isEmpty() ? null : whyNotClosing(episodes, me, episode));
    return "casework/closure";
  }

  private String reopenPage(Episode episode, String reason, Map<String, String> errors, Model model) {
    model.addAttribute("episode", episode);
    model.addAttribute("reason", reason);
    model.addAttribute("errors", errors);
    return "casework/reopening";
  }
}
