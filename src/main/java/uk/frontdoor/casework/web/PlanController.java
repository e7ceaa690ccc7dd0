package uk.frontdoor.casework.web;

import java.time.Clock;
import java.time.LocalDate;
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
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.casework.Plan;
import uk.frontdoor.casework.PlanKind;
import uk.frontdoor.casework.Plans;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;

/**
 * A child's plans: starting a child in need plan (at child in need) or a family plan (at early
 * help, with what the family and practitioner agreed), recording a review, ending a plan. A team
 * manager, a social worker, or the Family Help practitioner who leads the episode.
 */
@Controller
@RequestMapping("/staff/casework/episodes/{id}/plans")
record PlanController(Plans plans, EpisodePages pages, Authorities authorities, Clock clock) {

  @GetMapping("/{kind:child-in-need|family}/start")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String starting(@AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String kind, Model model) {
    Episode episode = recordable(me, id, model);
    return startForm(me, episode, kind(kind)).page(model);
  }

  @PostMapping("/{kind:child-in-need|family}/start")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String start(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @PathVariable String kind,
      DatedForm.Typed typed,
      RedirectAttributes flash,
      Model model) {
    Episode episode = recordable(me, id, model);
    PlanKind planKind = kind(kind);
    FieldErrors errors = new FieldErrors();
    // CIN census rule 4015: a child in need plan cannot start before the referral date.
    Optional<LocalDate> on = DatedForm.date(
        errors, "Start date", typed,
        episode.referralDate(), "The start date must be on or after the referral date, " + DatedForm.day(episode.referralDate()),
        today(), "The start date must be today or in the past");
    String agreed = planKind == PlanKind.FAMILY
        ? errors.required("text", "What was agreed", typed.text(), DatedForm.MAX_TEXT, "Say what the family and the practitioner agreed")
        : null;
    Result result = errors.isEmpty() ? plans.start(me, episode.id(), planKind, on.get(), agreed) : null;
    return startForm(me, episode, planKind).after(
        result, episode, () -> "The " + planKind.label().toLowerCase(java.util.Locale.UK) + " started on " + DatedForm.day(on.get()) + ".",
        "dateDay", flash, model, typed, errors);
  }

  @GetMapping("/{planId}/{change:review|end}")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String changing(
      @AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String planId, @PathVariable String change, Model model) {
    Episode episode = recordable(me, id, model);
    return changeForm("review".equals(change), me, episode, plan(me, episode, planId)).page(model);
  }

  /**
   * Records a review or the end: a date not before the plan's start or last review (CIN census
   * rule 4011: a plan cannot end before it started), not in the future, and the words.
   */
  @PostMapping("/{planId}/{change:review|end}")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String change(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @PathVariable String planId,
      @PathVariable String change,
      DatedForm.Typed typed,
      RedirectAttributes flash,
      Model model) {
    Episode episode = recordable(me, id, model);
    Plan plan = plan(me, episode, planId);
    String kind = plan.kind().label().toLowerCase(java.util.Locale.UK);
    boolean review = "review".equals(change);
    FieldErrors errors = new FieldErrors();
    String label = review ? "Date of the review" : "End date";
    Optional<LocalDate> on = DatedForm.date(
        errors, label, typed,
        plan.lastDay(), (review ? "The review" : "The end date") + " must be on or after " + DatedForm.day(plan.lastDay()) + ", the plan’s start or its last review",
        today(), "The " + label.toLowerCase(java.util.Locale.UK) + " must be today or in the past");
    String words = review
        ? errors.required("text", "What was decided", typed.text(), DatedForm.MAX_TEXT, "Say what the review decided")
        : errors.required("text", "The reason", typed.text(), EpisodeController.MAX_REASON, "Say why the plan ends");
    Result result = !errors.isEmpty() ? null
        : review ? plans.review(me, episode.id(), plan.id(), on.get(), words) : plans.end(me, episode.id(), plan.id(), on.get(), words);
    return changeForm(review, me, episode, plan).after(
        result, episode, () -> review ? "The review of the " + kind + " is recorded." : "The " + kind + " ended on " + DatedForm.day(on.get()) + ".",
        "dateDay", flash, model, typed, errors);
  }

  private static PlanKind kind(String slug) {
    return PlanKind.bySlug(slug).orElseThrow(() -> new NotFoundException(slug));
  }

  private Episode recordable(StaffUser me, String id, Model model) {
    return VisitsAndPlansSection.recordable(pages, me, id, model);
  }

  private Plan plan(StaffUser me, Episode episode, String planId) {
    return plans.find(me.authorityId(), episode.id(), EpisodePages.id(planId)).orElseThrow(() -> new NotFoundException(planId));
  }

  private int months(StaffUser me, PlanKind kind) {
    return kind.reviewMonths(authorities.get(me.authorityId()).casework());
  }

  private DatedForm startForm(StaffUser me, Episode episode, PlanKind kind) {
    String every = "Reviews are due every " + months(me, kind) + " months, the first " + months(me, kind) + " months after the start.";
    return kind == PlanKind.CHILD_IN_NEED
        ? new DatedForm(
            "Start a child in need plan",
            every + " A child in need plan replaces an open family plan, which ends on the same day.",
            "When did the plan start?", "The day of the child in need planning meeting. For example, 27 11 2026",
            null, null, "Start the plan", "/staff/casework/episodes/" + episode.id() + "/plans/child-in-need/start")
        : new DatedForm(
            "Start a family plan",
            every + " The plan is led by the lead practitioner, " + (episode.leadName() == null ? "once one is allocated" : episode.leadName()) + ".",
            "When did the plan start?", "For example, 27 11 2026",
            "What did the family and the practitioner agree?", "What will change, who will do what, and by when.",
            "Start the plan", "/staff/casework/episodes/" + episode.id() + "/plans/family/start");
  }

  private DatedForm changeForm(boolean review, StaffUser me, Episode episode, Plan plan) {
    return review ? reviewForm(me, episode, plan) : endForm(episode, plan);
  }

  private DatedForm reviewForm(StaffUser me, Episode episode, Plan plan) {
    return new DatedForm(
        "Review the " + plan.kind().label().toLowerCase(java.util.Locale.UK),
        "This review was due by " + DatedForm.day(plan.reviewDueOn()) + ". The next is due " + months(me, plan.kind()) + " months after it.",
        "When was the review held?", "For example, 27 11 2026",
        "What did the review decide?", "Progress against the plan, what changes, and whether the plan continues.",
        "Record the review", "/staff/casework/episodes/" + episode.id() + "/plans/" + plan.id() + "/review");
  }

  private static DatedForm endForm(Episode episode, Plan plan) {
    return new DatedForm(
        "End the " + plan.kind().label().toLowerCase(java.util.Locale.UK), "An ended plan stays on the child’s page with its reviews.",
        "When did the plan end?", "For example, 27 11 2026",
        "Why does the plan end?", null,
        "End the plan", "/staff/casework/episodes/" + episode.id() + "/plans/" + plan.id() + "/end");
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), UkTime.ZONE);
  }
}
