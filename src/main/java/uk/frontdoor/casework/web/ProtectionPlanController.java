package uk.frontdoor.casework.web;

import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.casework.Conferences;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.Episodes;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.casework.ProtectionPlan;
import uk.frontdoor.casework.ProtectionPlans;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;

/**
 * A child's child protection plan: its page (category, start, lead, reviews, the next review due
 * and the core group's meetings), convening its review conference, recording a core group
 * meeting; and recording an unborn child's birth, after which the same plan goes on.
 */
@Controller
@RequestMapping("/staff/casework/episodes/{id}")
record ProtectionPlanController(ProtectionPlans plans, Conferences conferences, Episodes episodes,
    ProtectionSection section, WorkingCalendar calendar) {

  /** How long before the expected date a birth may be recorded: 20 weeks. */
  static final int WEEKS_BEFORE_EXPECTED = 20;

  @GetMapping("/protection-plans/{planId}")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP', 'CONFERENCE_CHAIR')")
  String plan(@AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String planId, Model model) {
    Episode episode = section.opened(me, id, "Child protection plan");
    ProtectionPlan plan = plan(me, episode, planId);
    model.addAttribute("episode", episode);
    model.addAttribute("plan", plan);
    model.addAttribute("reviewLeft", plan.open() ? section.left(me, plan.reviewDueOn()).text() : null);
    model.addAttribute("coreGroupLeft", plan.open() && plan.meetings().isEmpty() ? section.left(me, plan.coreGroupDueOn()).text() : null);
    model.addAttribute("mayRecord", plan.open() && episode.open() && uk.frontdoor.casework.Visits.mayRecord(me, episode));
    model.addAttribute("mayConvene", plan.open() && episode.open() && Conferences.mayConvene(me)
        && !conferences.reviewScheduled(me.authorityId(), plan.id()));
    model.addAttribute("conferences", conferences.of(me.authorityId(), episode.id()));
    return "casework/protection-plan";
  }

  @GetMapping("/protection-plans/{planId}/review-conference")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String convening(@AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String planId, Model model) {
    Episode episode = opened(me, id, model);
    return page(me, episode, plan(me, episode, planId), ConveneForm.empty(), Map.of(), model);
  }

  @PostMapping("/protection-plans/{planId}/review-conference")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String convene(
      @AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String planId, ConveneForm form, RedirectAttributes flash,
      Model model) {
    Episode episode = opened(me, id, model);
    ProtectionPlan plan = plan(me, episode, planId);
    if (form.adding()) {
      return page(me, episode, plan, form, Map.of(), model);
    }
    FieldErrors errors = new FieldErrors();
    var parsed = form.parse(errors, conferences.chairs(me.authorityId()), section.today(), calendar.zone());
    if (parsed.isEmpty()) {
      return page(me, episode, plan, form, errors.ordered(), model);
    }
    Conferences.Convened convened = conferences.conveneReview(
        me, episode.id(), plan.id(), parsed.get().scheduledAt(), parsed.get().chair(), parsed.get().invitations());
    if (convened.result() != Result.DONE) {
      return page(me, episode, plan, form, Map.of("dateDay", ConferenceController.refused(convened.result())), model);
    }
    return ConferenceController.scheduled(flash, episode, conferences.find(me.authorityId(), convened.id()).orElseThrow(), parsed.get().day());
  }

  @GetMapping("/protection-plans/{planId}/core-group")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String meeting(@AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String planId, Model model) {
    Episode episode = opened(me, id, model);
    return meetingForm(episode, plan(me, episode, planId)).page(model);
  }

  @PostMapping("/protection-plans/{planId}/core-group")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String meet(
      @AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String planId, DatedForm.Typed typed,
      RedirectAttributes flash, Model model) {
    Episode episode = opened(me, id, model);
    ProtectionPlan plan = plan(me, episode, planId);
    FieldErrors errors = new FieldErrors();
    Optional<java.time.LocalDate> on = DatedForm.date(errors, "Date of the meeting", typed,
        plan.startedOn(), "The meeting must be on or after " + DatedForm.day(plan.startedOn()) + ", the day the plan started",
        section.today(), "The date of the meeting must be today or in the past");
    String notes = errors.required("text", "The notes", typed.text(), DatedForm.MAX_TEXT, "Say what the core group discussed and agreed");
    Result result = errors.isEmpty() ? plans.meeting(me, episode.id(), plan.id(), on.get(), notes) : null;
    return meetingForm(episode, plan).after(
        result, episode, () -> "The core group meeting on " + DatedForm.day(on.get()) + " is recorded.", "dateDay", flash, model, typed, errors);
  }

  @GetMapping("/birth")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String birth(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    return birthForm(unborn(me, id, model)).page(model);
  }

  /** The date of birth: not before the expected date less 20 weeks, not in the future. */
  @PostMapping("/birth")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String born(@AuthenticationPrincipal StaffUser me, @PathVariable String id, DatedForm.Typed typed, RedirectAttributes flash, Model model) {
    Episode episode = unborn(me, id, model);
    FieldErrors errors = new FieldErrors();
    java.time.LocalDate earliest = episode.expectedDate().minusWeeks(WEEKS_BEFORE_EXPECTED);
    Optional<java.time.LocalDate> on = DatedForm.date(errors, "Date of birth", typed,
        earliest, "The date of birth must be on or after " + DatedForm.day(earliest) + ", 20 weeks before the expected date",
        section.today(), "The date of birth must be today or in the past");
    Result result = errors.isEmpty() ? episodes.recordBirth(me, episode.id(), on.get()) : null;
    return birthForm(episode).after(
        result, episode, () -> episode.childName() + " was born on " + DatedForm.day(on.get()) + ".", "dateDay", flash, model, typed, errors);
  }

  private Episode opened(StaffUser me, String id, Model model) {
    return section.opened(me, id, "Child protection plan", model);
  }

  private Episode unborn(StaffUser me, String id, Model model) {
    Episode episode = section.opened(me, id, "Birth", model);
    if (episode.dateOfBirth() != null || episode.expectedDate() == null) {
      throw new NotFoundException(id);
    }
    return episode;
  }

  private ProtectionPlan plan(StaffUser me, Episode episode, String planId) {
    return plans.find(me.authorityId(), episode.id(), EpisodePages.id(planId)).orElseThrow(() -> new NotFoundException(planId));
  }

  private String page(StaffUser me, Episode episode, ProtectionPlan plan, ConveneForm form, Map<String, String> errors, Model model) {
    return form.page(model, "Convene a review child protection conference",
        "/staff/casework/episodes/" + episode.id() + "/protection-plans/" + plan.id() + "/review-conference",
        plan.reviewDueOn(), section.left(me, plan.reviewDueOn()).text(), conferences.chairs(me.authorityId()), null, errors);
  }

  private static DatedForm meetingForm(Episode episode, ProtectionPlan plan) {
    return new DatedForm(
        "Record a core group meeting", "The core group is the lead social worker, the family and the professionals who carry out the plan.",
        "When was the meeting held?", "For example, 27 11 2026", "What did the core group discuss and agree?", null,
        "Record the meeting", "/staff/casework/episodes/" + episode.id() + "/protection-plans/" + plan.id() + "/core-group");
  }

  private static DatedForm birthForm(Episode episode) {
    return new DatedForm(
        "Record the child’s birth", "The child was expected on " + DatedForm.day(episode.expectedDate())
            + ". Anything recorded before the birth, such as a child protection plan, stays the child’s.",
        "When was the child born?", "For example, 27 11 2026", null, null,
        "Record the birth", "/staff/casework/episodes/" + episode.id() + "/birth");
  }
}
