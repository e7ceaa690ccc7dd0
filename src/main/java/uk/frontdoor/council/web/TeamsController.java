package uk.frontdoor.council.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.CouncilDetails.TeamChange;
import uk.frontdoor.authority.Team;
import uk.frontdoor.council.CouncilChanges;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;

/**
 * One of the council's teams as people see it: its name, what it is for, its phone number (a UK
 * number), email and hours in words. The MASH, the out-of-hours service and the LADO are each a
 * team here.
 */
@Controller
@RequestMapping("/staff/council/teams/{code}")
@PreAuthorize("hasRole('COUNCIL_ADMINISTRATOR')")
class TeamsController {

  static final int MAX_NAME = 200;
  static final int MAX_DESCRIPTION = 1000;
  static final int MAX_HOURS = 200;

  private final Authorities authorities;
  private final CouncilChanges changes;
  private final Clock clock;

  TeamsController(Authorities authorities, CouncilChanges changes, Clock clock) {
    this.authorities = authorities;
    this.changes = changes;
    this.clock = clock;
  }

  /** A team as typed. */
  record TeamForm(String name, String description, String phone, String email, String hours) {

    static TeamForm of(Team team) {
      return new TeamForm(team.name(), team.description(), team.phone(), team.email(), team.hours());
    }

    /** The team with what was typed, errors recorded; the rest (code, audiences, source) as it was. */
    Team checked(Team team, FieldErrors errors) {
      String cleanName = errors.required("name", "The name", name, MAX_NAME, "Enter the team’s name");
      String cleanDescription = errors.optional("description", "The description", description, MAX_DESCRIPTION);
      String cleanPhone = errors.phone("phone", phone, false, null);
      String cleanEmail = errors.email("email", email, false, null);
      String cleanHours = errors.optional("hours", "The hours", hours, MAX_HOURS);
      return new Team(team.code(), cleanName, cleanDescription, cleanPhone, cleanEmail, team.availability(), team.audiences(),
          team.frontDoor(), cleanHours, team.source());
    }
  }

  @GetMapping
  String form(@AuthenticationPrincipal StaffUser me, @PathVariable String code, Model model) {
    Team team = team(me, code);
    return page(team, TeamForm.of(team), Effective.now(), Map.of(), model);
  }

  @PostMapping
  String change(
      @AuthenticationPrincipal StaffUser me, @PathVariable String code, TeamForm form, Effective effective, Model model,
      RedirectAttributes flash) {
    Team team = team(me, code);
    FieldErrors errors = new FieldErrors();
    Instant now = clock.instant();
    Team changed = form.checked(team, errors);
    Instant from = effective.from(errors, now);
    String why = effective.why(errors);
    if (!errors.isEmpty()) {
      return page(team, form, effective, errors.ordered(), model);
    }
    changes.change(me, new TeamChange(changed), from, why);
    return CouncilPages.saved(changed.name() + "’s details", from, now, flash);
  }

  private Team team(StaffUser me, String code) {
    return authorities.get(me.authorityId()).team(code).orElseThrow(() -> new NotFoundException(code));
  }

  private static String page(Team team, TeamForm form, Effective effective, Map<String, String> errors, Model model) {
    model.addAttribute("team", team);
    return CouncilPages.page("council/team", form, effective, errors, model);
  }
}
