package uk.frontdoor.casework.web;

import java.util.LinkedHashMap;
import java.util.List;
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
import uk.frontdoor.casework.Due;
import uk.frontdoor.casework.Dues;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.EpisodeLevel;
import uk.frontdoor.casework.Episodes;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.casework.PrimaryNeed;
import uk.frontdoor.identity.StaffMember;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.NotFoundException;

/** A child's episode: its page, its allocation, its level and its primary need. */
@Controller
@RequestMapping("/staff/casework/episodes/{id}")
record EpisodeController(Episodes episodes, Dues dues, VisitsAndPlansSection visitsAndPlans, StrategySection strategy,
    ProtectionTeamSection protectionTeam, ProtectionSection protection, EpisodePages pages, WorkingTimeLeft left) {

  static final int MAX_REASON = 2000;

  /** Who leads the child's work, in which team, and why it changed. */
  record Allocation(String lead, String team, String reason) {}

  @GetMapping
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP', 'CONFERENCE_CHAIR')")
  String episode(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    Episode episode = protection.opened(me, id, "");
    model.addAttribute("episode", episode);
    List<Due> due = dues.of(me.authorityId(), episode);
    model.addAttribute("row", left.row(me, episode, due));
    model.addAttribute("dues", due.stream().map(d -> left.row(me, episode, List.of(d))).toList());
    visitsAndPlans.show(me, episode, model);
    strategy.show(me, episode, model);
    protectionTeam.show(me, episode, model);
    protection.show(me, episode, model);
    model.addAttribute("referrals", episodes.referrals(me.authorityId(), episode.id()));
    model.addAttribute("history", episodes.history(me.authorityId(), episode.id()));
    model.addAttribute("mash", me.roles().contains("MASH_SOCIAL_WORKER") || me.roles().contains("MASH_MANAGER"));
    return "casework/episode";
  }

  @GetMapping("/allocation")
  @PreAuthorize("hasRole('TEAM_MANAGER')")
  String allocation(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    Episode episode = pages.opened(me, id);
    return allocationPage(me, episode, null, episodes.usualTeam(me, episode), null, Map.of(), model);
  }

  @PostMapping("/allocation")
  @PreAuthorize("hasRole('TEAM_MANAGER')")
  String allocate(
      @AuthenticationPrincipal StaffUser me, @PathVariable String id, Allocation form, RedirectAttributes flash, Model model) {
    Episode episode = pages.opened(me, id);
    if (!episode.open()) {
      return allocationPage(me, episode, form.lead(), form.team(), form.reason(), Map.of("lead", cannotChange(Result.CLOSED)), model);
    }
    FieldErrors errors = new FieldErrors();
    Map<String, String> leads = leads(me, episode);
    if (!leads.containsKey(String.valueOf(form.lead()))) {
      errors.add("lead", "Select who leads the work with " + episode.childName());
    }
    Map<String, String> teams = teams(me);
    if (!teams.containsKey(String.valueOf(form.team()))) {
      errors.add("team", "Select the team the work with " + episode.childName() + " is allocated to");
    }
    String why =
        episode.allocated()
            ? errors.required("reason", "The reason", form.reason(), MAX_REASON, "Say why you are reallocating the child")
            : errors.optional("reason", "The reason", form.reason(), MAX_REASON);
    if (!errors.isEmpty()) {
      return allocationPage(me, episode, form.lead(), form.team(), form.reason(), errors.ordered(), model);
    }
    Result result = episodes.allocate(me, episode.id(), UUID.fromString(form.lead()), form.team(), why);
    return switch (result) {
      case DONE -> EpisodePages.done(flash, episode,
          episode.childName() + " is allocated to " + leads.get(form.lead()) + " in " + teams.get(form.team()) + ".");
      case UNCHANGED -> allocationPage(me, episode, form.lead(), form.team(), form.reason(),
          Map.of("lead", leads.get(form.lead()) + " already leads the work with " + episode.childName() + " in " + teams.get(form.team())), model);
      case NOT_FOUND -> throw new NotFoundException(id);
      case NOT_A_TEAM -> allocationPage(me, pages.opened(me, id), form.lead(), form.team(), form.reason(), Map.of("team", cannotChange(result)), model);
      default -> allocationPage(me, pages.opened(me, id), form.lead(), form.team(), form.reason(), Map.of("lead", cannotChange(result)), model);
    };
  }

  @GetMapping("/level")
  @PreAuthorize("hasRole('TEAM_MANAGER')")
  String level(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    return levelPage(me, pages.opened(me, id), null, Map.of(), model);
  }

  @PostMapping("/level")
  @PreAuthorize("hasRole('TEAM_MANAGER')")
  String changeLevel(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      RedirectAttributes flash,
      Model model) {
    Episode episode = pages.opened(me, id);
    EpisodeLevel to = episode.level().other();
    if (!episode.open()) {
      return levelPage(me, episode, reason, Map.of("reason", cannotChange(Result.CLOSED)), model);
    }
    FieldErrors errors = new FieldErrors();
    String why = errors.required("reason", "The reason", reason, MAX_REASON, "Say why the level of help changes");
    if (!errors.isEmpty()) {
      return levelPage(me, episode, reason, errors.ordered(), model);
    }
    Result result = episodes.changeLevel(me, episode.id(), to, why);
    return switch (result) {
      case DONE -> EpisodePages.done(flash, episode, episode.childName() + " is now at " + to.label().toLowerCase(java.util.Locale.UK) + ".");
      case NOT_FOUND -> throw new NotFoundException(id);
      default -> levelPage(me, pages.opened(me, id), reason, Map.of("reason", cannotChange(result)), model);
    };
  }

  @GetMapping("/primary-need")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String primaryNeed(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    Episode episode = pages.opened(me, id);
    return primaryNeedPage(me, episode, episode.primaryNeed() == null ? null : episode.primaryNeed().name(), Map.of(), model);
  }

  @PostMapping("/primary-need")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String recordPrimaryNeed(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @RequestParam(required = false) String need,
      RedirectAttributes flash,
      Model model) {
    Episode episode = pages.opened(me, id);
    if (Labelled.named(PrimaryNeed.class, need).isEmpty()) {
      return primaryNeedPage(me, episode, need, Map.of("need", "Select the child’s primary need"), model);
    }
    PrimaryNeed chosen = PrimaryNeed.valueOf(need);
    Result result = episodes.recordPrimaryNeed(me, episode.id(), chosen);
    return switch (result) {
      case DONE, UNCHANGED -> EpisodePages.done(flash, episode, "The primary need is " + chosen.name() + " " + chosen.label() + ".");
      case NOT_FOUND -> throw new NotFoundException(id);
      default -> primaryNeedPage(me, pages.opened(me, id), need, Map.of("need", cannotChange(result)), model);
    };
  }

  /** Why a change could not be made, in words for the field it was asked on. */
  static String cannotChange(Result result) {
    return switch (result) {
      case CLOSED -> "This episode is closed. A team manager must reopen it before anything is added";
      case NOT_ELIGIBLE -> "Select someone who may lead the work at this level";
      case NOT_A_TEAM -> "Select one of the council’s teams";
      case ANOTHER_OPEN -> "The child has another open episode";
      case PLAN_OPEN -> "The child in need plan is still open: end it before the child steps down";
      default -> "This episode changed while you were working on it: check it and try again";
    };
  }

  private Map<String, String> leads(StaffUser me, Episode episode) {
    Map<String, String> leads = new LinkedHashMap<>();
    for (StaffMember member : episodes.eligibleLeads(me.authorityId(), episode.level())) {
      leads.put(member.id().toString(), member.displayName());
    }
    return leads;
  }

  /** The council's teams by code, each code once. */
  private Map<String, String> teams(StaffUser me) {
    Map<String, String> teams = new LinkedHashMap<>();
    episodes.teams(me.authorityId()).forEach(t -> teams.put(t.code(), t.name()));
    return teams;
  }

  private String allocationPage(
      StaffUser me, Episode episode, String lead, String team, String reason, Map<String, String> errors, Model model) {
    model.addAttribute("episode", episode);
    model.addAttribute("leads", leads(me, episode));
    model.addAttribute("lead", lead == null && episode.leadId() != null ? episode.leadId().toString() : lead);
    model.addAttribute("teams", teams(me));
    model.addAttribute("team", team);
    model.addAttribute("reason", reason);
    model.addAttribute("errors", errors);
    return "casework/allocation";
  }

  private String levelPage(StaffUser me, Episode episode, String reason, Map<String, String> errors, Model model) {
    model.addAttribute("episode", episode);
    model.addAttribute("to", episode.level().other());
    model.addAttribute("reason", reason);
    model.addAttribute("errors", errors);
    return "casework/level";
  }

  private String primaryNeedPage(StaffUser me, Episode episode, String need, Map<String, String> errors, Model model) {
    model.addAttribute("episode", episode);
    model.addAttribute("needs", Labelled.codedOptions(PrimaryNeed.values()));
    model.addAttribute("need", need);
    model.addAttribute("errors", errors);
    return "casework/primary-need";
  }
}
