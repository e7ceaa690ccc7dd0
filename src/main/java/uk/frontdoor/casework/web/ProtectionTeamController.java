package uk.frontdoor.casework.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
import uk.frontdoor.casework.ProtectionTeam;
import uk.frontdoor.casework.ProtectionTeams;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.NotFoundException;

/**
 * A child's multi-agency child protection team: a social worker or team manager adds the council's
 * partner practitioners (education, health, police) and removes them. The lead child protection
 * practitioner is the episode's lead, a social worker, allocated as every lead is.
 */
@Controller
@RequestMapping("/staff/casework/episodes/{id}/protection-team")
record ProtectionTeamController(ProtectionTeams teams, EpisodePages pages) {

  @GetMapping
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String team(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    return teamPage(me, pages.opened(me, id, "Child protection team"), null, Map.of(), model);
  }

  @PostMapping
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String add(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @RequestParam(required = false) String member,
      RedirectAttributes flash,
      Model model) {
    Episode episode = pages.opened(me, id, "Child protection team");
    Map<String, String> candidates = candidates(me, episode);
    if (!candidates.containsKey(String.valueOf(member))) {
      return teamPage(me, episode, member, Map.of("member", "Select who joins the child protection team"), model);
    }
    Result result = teams.add(me, episode.id(), UUID.fromString(member));
    return switch (result) {
      case DONE -> done(flash, episode, candidates.get(member) + " is on the child protection team.");
      case NOT_FOUND -> throw new NotFoundException(id);
      default -> teamPage(me, episode, member, Map.of("member", refused(result)), model);
    };
  }

  @PostMapping("/{memberId}/removal")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String remove(@AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String memberId, RedirectAttributes flash) {
    Episode episode = pages.opened(me, id, "Child protection team");
    ProtectionTeam.Member member =
        teams.of(me.authorityId(), episode.id()).members().stream()
            .filter(m -> m.id().equals(EpisodePages.id(memberId)))
            .findFirst()
            .orElseThrow(() -> new NotFoundException(memberId));
    if (teams.remove(me, episode.id(), member.id()) != Result.DONE) {
      throw new NotFoundException(memberId);
    }
    return done(flash, episode, member.name() + " is no longer on the child protection team, and can no longer see the child’s record.");
  }

  private static String done(RedirectAttributes flash, Episode episode, String message) {
    flash.addFlashAttribute("done", message);
    return "redirect:/staff/casework/episodes/" + episode.id() + "/protection-team";
  }

  static String refused(Result result) {
    return switch (result) {
      case WRONG_LEVEL -> "A child protection team is for a child at child in need: this child is at early help";
      case UNCHANGED -> "They are on the child protection team already";
      case NOT_ELIGIBLE -> "Select a practitioner of the council’s education, health or police partners";
      default -> EpisodeController.cannotChange(result);
    };
  }

  /** The council's partner practitioners not on the team yet, by agency: "Name (Police)" by their id. */
  private Map<String, String> candidates(StaffUser me, Episode episode) {
    List<UUID> on = teams.of(me.authorityId(), episode.id()).members().stream().map(ProtectionTeam.Member::staffId).toList();
    Map<String, String> candidates = new LinkedHashMap<>();
    teams.candidates(me.authorityId()).forEach((agency, staff) -> staff.stream()
        .filter(s -> !on.contains(s.id()))
        .forEach(s -> candidates.put(s.id().toString(), s.displayName() + " (" + agency.label() + ")")));
    return candidates;
  }

  private String teamPage(StaffUser me, Episode episode, String member, Map<String, String> errors, Model model) {
    model.addAttribute("episode", episode);
    model.addAttribute("team", teams.of(me.authorityId(), episode.id()));
    model.addAttribute("candidates", candidates(me, episode));
    model.addAttribute("agencies", ProtectionTeams.AGENCIES.stream().map(a -> a.label().toLowerCase(java.util.Locale.UK)).collect(Collectors.joining(", ")));
    model.addAttribute("member", member);
    model.addAttribute("errors", errors);
    return "casework/protection-team-members";
  }
}
