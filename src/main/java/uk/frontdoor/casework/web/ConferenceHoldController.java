package uk.frontdoor.casework.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
import uk.frontdoor.casework.AbuseCategory;
import uk.frontdoor.casework.Conference;
import uk.frontdoor.casework.Conference.Decision;
import uk.frontdoor.casework.Conferences;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.EpisodeLevel;
import uk.frontdoor.casework.Episodes;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.casework.ProtectionPlan;
import uk.frontdoor.casework.ProtectionPlans;
import uk.frontdoor.identity.StaffMember;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.NotFoundException;

/**
 * The chair (or a team manager) records a conference held: the day (not before the enquiries or
 * the plan started, not in the future), a summary and, for each child, the decision: at an initial
 * conference a plan (with the category of abuse and the lead social worker) or none; at a review,
 * the plan continues (with its category) or ends (with the reason). Fields: {@code dateDay}, {@code dateMonth}, {@code dateYear},
 * {@code summary}, and per child {@code decision-<episode id>}, {@code category-…}, {@code lead-…},
 * {@code endReason-…}.
 */
@Controller
@RequestMapping("/staff/casework/episodes/{id}/conferences/{conferenceId}/hold")
record ConferenceHoldController(Conferences conferences, ProtectionPlans plans, Episodes episodes,
    ProtectionSection section) {

  @GetMapping
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'CONFERENCE_CHAIR')")
  String holding(@AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String conferenceId, Model model) {
    Episode episode = section.opened(me, id, "Child protection conference");
    return page(me, episode, scheduled(me, episode, conferenceId), Map.of(), Map.of(), model);
  }

  @PostMapping
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'CONFERENCE_CHAIR')")
  String hold(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @PathVariable String conferenceId,
      @RequestParam Map<String, String> typed,
      RedirectAttributes flash,
      Model model) {
    Episode episode = section.opened(me, id, "Child protection conference");
    Conference conference = scheduled(me, episode, conferenceId);
    FieldErrors errors = new FieldErrors();
    LocalDate earliest = earliest(me, conference);
    Optional<LocalDate> heldOn = DatedForm.date(errors, "date", "Date the conference was held", typed.get("dateDay"), typed.get("dateMonth"), typed.get("dateYear"),
        earliest, "The conference cannot be held before " + DatedForm.day(earliest), section.today(), "The date must be today or in the past");
    String summary = errors.required("summary", "The summary", typed.get("summary"), 20000, "Summarise the conference: the risks, the strengths and what was decided");
    boolean initial = conference.kind() == Conference.Kind.INITIAL;
    Map<UUID, Conferences.ChildDecision> decisions = new LinkedHashMap<>();
    for (Conference.Child child : conference.children()) {
      String key = child.episodeId().toString();
      Decision decision = parse(Decision.class, typed.get("decision-" + key));
      if (decision == null || (initial != (decision == Decision.PLAN || decision == Decision.NO_PLAN))) {
        errors.add("decision-" + key, "Select the decision for " + child.childName());
        continue;
      }
      AbuseCategory category = parse(AbuseCategory.class, typed.get("category-" + key));
      if ((decision == Decision.PLAN || decision == Decision.CONTINUE) && category == null) {
        errors.add("category-" + key, "Select the category of abuse for " + child.childName());
      }
      UUID lead = null;
      if (decision == Decision.PLAN) {
        lead = leads(me).stream().map(StaffMember::id).filter(l -> l.toString().equals(typed.get("lead-" + key))).findFirst().orElse(null);
        if (lead == null) {
          errors.add("lead-" + key, "Select the lead social worker for " + child.childName());
        }
      }
      String endReason = decision == Decision.END
          ? errors.required("endReason-" + key, "The reason", typed.get("endReason-" + key), EpisodeController.MAX_REASON, "Say why the plan for " + child.childName() + " ends")
          : null;
      decisions.put(child.episodeId(), new Conferences.ChildDecision(
          decision, decision == Decision.PLAN || decision == Decision.CONTINUE ? category : null, lead, endReason));
    }
    if (!errors.isEmpty()) {
      return page(me, episode, conference, typed, errors.ordered(), model);
    }
    Result result = conferences.hold(me, conference.id(), heldOn.get(), summary, decisions);
    if (result == Result.DONE) {
      flash.addFlashAttribute("done", "The conference is recorded as held on " + DatedForm.day(heldOn.get())
          + (heldOn.get().isAfter(conference.dueOn()) ? ", after the day it was due by, " + DatedForm.day(conference.dueOn()) : "") + ".");
      return "redirect:" + ConferenceController.address(episode, conference);
    }
    return page(me, episode, conference, typed, Map.of("dateDay", switch (result) {
      case WRONG_LEVEL -> "A child protection plan starts at child in need: a team manager steps the child up first";
      case PLAN_OPEN -> "A child has an open child protection plan already: review it at a review conference";
      case CLOSED -> "A child’s episode is closed: a team manager reopens it first";
      default -> "This conference has been held or cancelled already: check the conference’s page";
    }), model);
  }

  /** The day before which it cannot have been held: the enquiries' or the plan's start. */
  private LocalDate earliest(StaffUser me, Conference conference) {
    LocalDate earliest = null;
    for (Conference.Child child : conference.children()) {
      LocalDate start = child.reviewedPlanId() != null
          ? plans.find(me.authorityId(), child.episodeId(), child.reviewedPlanId()).map(ProtectionPlan::lastDay).orElse(null)
          : conferences.enquiryStart(me.authorityId(), child.enquiryId());
      if (start != null && (earliest == null || start.isAfter(earliest))) {
        earliest = start;
      }
    }
    return earliest;
  }

  private java.util.List<StaffMember> leads(StaffUser me) {
    return episodes.eligibleLeads(me.authorityId(), EpisodeLevel.CHILD_IN_NEED);
  }

  private String page(StaffUser me, Episode episode, Conference conference, Map<String, String> typed, Map<String, String> errors, Model model) {
    model.addAttribute("episode", episode);
    model.addAttribute("conference", conference);
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    model.addAttribute("leads", leads(me));
    model.addAttribute("categories", AbuseCategory.values());
    model.addAttribute("decisions", Labelled.options(Decision.values()));
    model.addAttribute("left", section.left(me, conference.dueOn()).text());
    return "casework/conference-hold";
  }

  private Conference scheduled(StaffUser me, Episode episode, String conferenceId) {
    return conferences.find(me.authorityId(), EpisodePages.id(conferenceId))
        .filter(c -> c.scheduled() && c.children().stream().anyMatch(child -> child.episodeId().equals(episode.id())))
        .orElseThrow(() -> new NotFoundException(conferenceId));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    try {
      return value == null ? null : Enum.valueOf(type, value);
    } catch (IllegalArgumentException notOne) {
      return null;
    }
  }
}
