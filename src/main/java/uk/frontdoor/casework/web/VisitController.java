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
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.casework.Visit;
import uk.frontdoor.casework.Visits;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.journey.Question;

/**
 * Visits to the child: planning one, recording one (planned or not) with who was seen, whether
 * the child was seen alone and what was observed, and cancelling a planned one. A team manager, a
 * social worker, or the Family Help practitioner who leads the episode.
 */
@Controller
@RequestMapping("/staff/casework/episodes/{id}/visits")
record VisitController(Visits visits, EpisodePages pages, Clock clock) {

  @GetMapping("/plan")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String planning(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    Episode episode = recordable(me, id, model);
    return planForm(episode).page(model);
  }

  @PostMapping("/plan")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String plan(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      DatedForm.Typed typed,
      RedirectAttributes flash,
      Model model) {
    Episode episode = recordable(me, id, model);
    FieldErrors errors = new FieldErrors();
    Optional<LocalDate> on = DatedForm.date(
        errors, "Date of the visit", typed, today(), "The date of the visit must be today or in the future", null, null);
    Result result = on.isEmpty() ? null : visits.plan(me, episode.id(), on.get());
    return planForm(episode).after(
        result, episode, () -> "A visit is planned for " + DatedForm.day(on.get()) + ".", "dateDay", flash, model, typed, errors);
  }

  @GetMapping("/new")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String recordingNew(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    Episode episode = recordable(me, id, model);
    return visitPage(episode, null, new Typed(null, null, null, null, null, null, null), Map.of(), model);
  }

  @GetMapping("/{visitId}")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String recordingPlanned(@AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String visitId, Model model) {
    Episode episode = recordable(me, id, model);
    Visit visit = planned(me, episode, visitId);
    LocalDate on = visit.plannedOn();
    Typed typed = new Typed(Integer.toString(on.getDayOfMonth()), Integer.toString(on.getMonthValue()), Integer.toString(on.getYear()), null, null, null, null);
    return visitPage(episode, visit, typed, Map.of(), model);
  }

  /** What was typed on the visit's form, kept to show it again beside its errors. */
  record Typed(String dateDay, String dateMonth, String dateYear, String whoSeen, String childSeen, String seenAlone, String observed) {}

  @PostMapping({"/new", "/{visitId}"})
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String record(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @PathVariable(required = false) String visitId,
      Typed typed,
      RedirectAttributes flash,
      Model model) {
    Episode episode = recordable(me, id, model);
    Visit visit = visitId == null ? null : planned(me, episode, visitId);
    FieldErrors errors = new FieldErrors();
    Optional<LocalDate> on = DatedForm.date(
        errors, "date", "Date of the visit", typed.dateDay(), typed.dateMonth(), typed.dateYear(),
        episode.referralDate(), "The date of the visit must be on or after the referral date, " + DatedForm.day(episode.referralDate()),
        today(), "The date of the visit must be today or in the past");
    String who = errors.required("whoSeen", "Who was seen", typed.whoSeen(), 2000, "Say who was seen");
    if (!Question.YES_NO.containsKey(String.valueOf(typed.childSeen()))) {
      errors.add("childSeen", "Select whether the child was seen");
    }
    if (!Question.YES_NO.containsKey(String.valueOf(typed.seenAlone()))) {
      errors.add("seenAlone", "Select whether the child was seen alone");
    } else if ("yes".equals(typed.seenAlone()) && "no".equals(typed.childSeen())) {
      errors.add("seenAlone", "A child who was not seen was not seen alone: select no");
    }
    String found = errors.required("observed", "What you observed", typed.observed(), DatedForm.MAX_TEXT, "Say what you observed");
    if (!errors.isEmpty()) {
      return visitPage(episode, visit, typed, errors.ordered(), model);
    }
    Result result = visits.record(
        me, episode.id(), visit == null ? null : visit.id(),
        new Visits.Found(on.get(), who, "yes".equals(typed.childSeen()), "yes".equals(typed.seenAlone()), found));
    if (result == Result.DONE) {
      return EpisodePages.done(flash, episode, "The visit on " + DatedForm.day(on.get()) + " is recorded.");
    }
    return visitPage(episode, visit, typed, Map.of("dateDay", DatedForm.refused(result, episode)), model);
  }

  @GetMapping("/{visitId}/cancel")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String cancelling(@AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String visitId, Model model) {
    Episode episode = recordable(me, id, model);
    Visit visit = planned(me, episode, visitId);
    return cancelForm(episode, visit).page(model);
  }

  @PostMapping("/{visitId}/cancel")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String cancel(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @PathVariable String visitId,
      DatedForm.Typed typed,
      RedirectAttributes flash,
      Model model) {
    Episode episode = recordable(me, id, model);
    Visit visit = planned(me, episode, visitId);
    FieldErrors errors = new FieldErrors();
    String why = errors.required("text", "The reason", typed.text(), EpisodeController.MAX_REASON, "Say why the visit is cancelled");
    Result result = errors.isEmpty() ? visits.cancel(me, episode.id(), visit.id(), why) : null;
    return cancelForm(episode, visit).after(
        result, episode, () -> "The visit planned for " + DatedForm.day(visit.plannedOn()) + " is cancelled.", "text", flash, model,
        new DatedForm.Typed(null, null, null, typed.text()), errors);
  }

  private Episode recordable(StaffUser me, String id, Model model) {
    return VisitsAndPlansSection.recordable(pages, me, id, model);
  }

  private Visit planned(StaffUser me, Episode episode, String visitId) {
    return visits.find(me.authorityId(), episode.id(), EpisodePages.id(visitId)).orElseThrow(() -> new NotFoundException(visitId));
  }

  private String visitPage(Episode episode, Visit visit, Typed typed, Map<String, String> errors, Model model) {
    model.addAttribute("visit", visit);
    model.addAttribute("action", "/staff/casework/episodes/" + episode.id() + "/visits/" + (visit == null ? "new" : visit.id()));
    model.addAttribute("day", typed.dateDay());
    model.addAttribute("month", typed.dateMonth());
    model.addAttribute("year", typed.dateYear());
    model.addAttribute("whoSeen", typed.whoSeen());
    model.addAttribute("childSeen", typed.childSeen());
    model.addAttribute("seenAlone", typed.seenAlone());
    model.addAttribute("observed", typed.observed());
    model.addAttribute("yesNo", Question.YES_NO);
    model.addAttribute("errors", errors);
    return "casework/visit";
  }

  private static DatedForm planForm(Episode episode) {
    return new DatedForm(
        "Plan a visit", "The visit is listed on the child’s page until it is recorded or cancelled.",
        "When is the visit?", "For example, 14 12 2026", null, null, "Plan the visit",
        "/staff/casework/episodes/" + episode.id() + "/visits/plan");
  }

  private static DatedForm cancelForm(Episode episode, Visit visit) {
    return new DatedForm(
        "Cancel a planned visit", "The visit was planned for " + DatedForm.day(visit.plannedOn()) + ". It stays on the child’s page as cancelled.",
        null, null, "Why is the visit cancelled?", null, "Cancel the visit",
        "/staff/casework/episodes/" + episode.id() + "/visits/" + visit.id() + "/cancel");
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), UkTime.ZONE);
  }
}
