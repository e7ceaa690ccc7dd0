package uk.frontdoor.council.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.CouncilDetails;
import uk.frontdoor.authority.CouncilDetails.TeamRemoval;
import uk.frontdoor.authority.Team;
import uk.frontdoor.council.CouncilChanges;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;

/**
 * Removing one of the council's teams, now or from a moment ahead, after a page that asks to be
 * sure. Refused while the public or professionals would be left with no team taking their concerns,
 * or while the council's details name the team (the LADO, a threshold level's route, the advice to
 * professionals, the no-names consultation).
 */
@Controller
@RequestMapping("/staff/council/teams/{code}/remove")
@PreAuthorize("hasRole('COUNCIL_ADMINISTRATOR')")
record TeamRemovalController(Authorities authorities, CouncilChanges changes, CouncilDetails details, Clock clock) {

  /** Team changes already scheduled, which the page warns of. */
  @ModelAttribute("teamsScheduled")
  List<CouncilDetails.Version> teamsScheduled(@AuthenticationPrincipal StaffUser me) {
    return CouncilPages.scheduled(details, me, clock.instant(), CouncilDetails.Version.TEAMS);
  }

  @GetMapping
  String confirm(@AuthenticationPrincipal StaffUser me, @PathVariable String code, Model model) {
    Authority council = authorities.get(me.authorityId());
    Team team = TeamsController.team(council, code);
    return page(team, refusals(council, team), Effective.now(), Map.of(), model);
  }

  @PostMapping
  String remove(
      @AuthenticationPrincipal StaffUser me, @PathVariable String code, Effective effective, Model model,
      RedirectAttributes flash) {
    Authority council = authorities.get(me.authorityId());
    Team team = TeamsController.team(council, code);
    List<String> refusals = refusals(council, team);
    FieldErrors errors = new FieldErrors();
    Instant now = clock.instant();
    Instant from = effective.from(errors, now);
    String why = effective.why(errors);
    if (!refusals.isEmpty() || !errors.isEmpty()) {
      return page(team, refusals, effective, errors.ordered(), model);
    }
    changes.change(me, new TeamRemoval(team.code(), team.name()), from, why);
    return CouncilPages.saved(team.name() + " is removed. The public pages no longer show it.",
        team.name() + " will be removed " + CouncilPages.when(now, from) + ".", from, now, flash);
  }

  /** Why the team cannot be removed, in words; none if it can. */
  static List<String> refusals(Authority council, Team team) {
    List<String> refusals = new ArrayList<>(TeamForm.frontDoorsLost(
        council, council.teams().stream().filter(t -> t != team).toList(), "Removing " + team.name()));
    List<String> references = council.referencesTo(team.code());
    if (!references.isEmpty()) {
      refusals.add(team.name() + " is named by " + String.join(" and by ", references)
          + ", so it cannot be removed. Change its name, numbers and hours instead.");
    }
    return refusals;
  }

  private static String page(Team team, List<String> refusals, Effective effective, Map<String, String> errors, Model model) {
    model.addAttribute("team", team);
    model.addAttribute("refusals", refusals);
    return CouncilPages.page("council/team-remove", null, effective, errors, model);
  }
}
