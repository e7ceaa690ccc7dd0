package uk.frontdoor.council.web;

import java.time.Clock;
import java.time.Instant;
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
import uk.frontdoor.authority.CouncilDetails.NewTeam;
import uk.frontdoor.authority.CouncilDetails.TeamChange;
import uk.frontdoor.authority.Team;
import uk.frontdoor.council.CouncilChanges;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;

/**
 * The council's teams as people see them, changed and added: a team's name, what it is for, its
 * phone number (a UK number), email, hours in words, when it answers, whether it takes new concerns
 * about children and from whom. The MASH, the out-of-hours service and the LADO are each a team
 * here. No change may leave the public or professionals with no team taking their concerns.
 */
@Controller
@RequestMapping("/staff/council/teams")
@PreAuthorize("hasRole('COUNCIL_ADMINISTRATOR')")
record TeamsController(Authorities authorities, CouncilChanges changes, CouncilDetails details, Clock clock) {

  /** Team changes already scheduled, which the page warns of. */
  @ModelAttribute("teamsScheduled")
  List<CouncilDetails.Version> teamsScheduled(@AuthenticationPrincipal StaffUser me) {
    return CouncilPages.scheduled(details, me, clock.instant(), CouncilDetails.Version.TEAMS);
  }

  @GetMapping("/new")
  String addForm(Model model) {
    return page(null, TeamForm.blank(), Effective.now(), Map.of(), model);
  }

  @PostMapping("/new")
  String add(@AuthenticationPrincipal StaffUser me, TeamForm form, Effective effective, Model model, RedirectAttributes flash) {
    Authority council = authorities.get(me.authorityId());
    FieldErrors errors = new FieldErrors();
    Instant now = clock.instant();
    String code = form.newCode(council, errors);
    Team added = form.checked(code, null, errors);
    Instant from = effective.from(errors, now);
    String why = effective.why(errors);
    if (!errors.isEmpty()) {
      return page(null, form, effective, errors.ordered(), model);
    }
    changes.change(me, new NewTeam(added), from, why);
    String team = added.name() + " (" + added.code() + ")";
    return CouncilPages.saved(team + " is added. The public pages show it now.",
        team + " will be added " + CouncilPages.when(now, from) + ".", from, now, flash);
  }

  @GetMapping("/{code}")
  String form(@AuthenticationPrincipal StaffUser me, @PathVariable String code, Model model) {
    Team team = team(authorities.get(me.authorityId()), code);
    return page(team, TeamForm.of(team), Effective.now(), Map.of(), model);
  }

  @PostMapping("/{code}")
  String change(
      @AuthenticationPrincipal StaffUser me, @PathVariable String code, TeamForm form, Effective effective, Model model,
      RedirectAttributes flash) {
    Authority council = authorities.get(me.authorityId());
    Team team = team(council, code);
    FieldErrors errors = new FieldErrors();
    Instant now = clock.instant();
    Team changed = form.checked(team.code(), team.source(), errors);
    if (errors.isEmpty()) {
      List<Team> after = council.teams().stream().map(t -> t == team ? changed : t).toList();
      TeamForm.frontDoorsLost(council, after, "This change")
          .forEach(lost -> errors.add(changed.frontDoor() ? "audiences" : "frontDoor", lost));
    }
    Instant from = effective.from(errors, now);
    String why = effective.why(errors);
    if (!errors.isEmpty()) {
      return page(team, form, effective, errors.ordered(), model);
    }
    changes.change(me, new TeamChange(changed), from, why);
    return CouncilPages.saved(changed.name() + "’s details", from, now, flash);
  }

  static Team team(Authority council, String code) {
    return council.team(code).orElseThrow(() -> new NotFoundException(code));
  }

  private static String page(Team team, TeamForm form, Effective effective, Map<String, String> errors, Model model) {
    model.addAttribute("team", team);
    model.addAttribute("availability", TeamForm.AVAILABILITY);
    model.addAttribute("audiences", TeamForm.AUDIENCES);
    model.addAttribute("yesNo", OfficeHoursController.YES_NO);
    return CouncilPages.page("council/team", form, effective, errors, model);
  }
}
