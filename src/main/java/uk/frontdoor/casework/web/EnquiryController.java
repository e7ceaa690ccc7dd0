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
import uk.frontdoor.casework.Enquiries;
import uk.frontdoor.casework.Enquiry;
import uk.frontdoor.casework.EnquiryOutcome;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.casework.StrategyDiscussions;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.journey.Question;

/**
 * A section 47 enquiry's page: the discussion that started it, when, the initial conference's due
 * date with the time left, and, while it is open, the form completing it with the child seen and
 * the outcome (a social worker or a team manager, on an open episode).
 */
@Controller
@RequestMapping("/staff/casework/episodes/{id}/enquiries/{enquiryId}")
record EnquiryController(Enquiries enquiries, StrategyDiscussions discussions, StrategySection section,
    EpisodePages pages, Clock clock) {

  /** What was typed on the form completing an enquiry. */
  record Typed(
      String seenDay, String seenMonth, String seenYear, String seenAlone, String outcome, String completedDay, String completedMonth,
      String completedYear) {}

  @GetMapping
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String enquiry(@AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String enquiryId, Model model) {
    Episode episode = pages.opened(me, id, "Section 47 enquiry " + EpisodePages.id(enquiryId));
    return page(me, episode, enquiry(me, episode, enquiryId), new Typed(null, null, null, null, null, null, null, null), Map.of(), model);
  }

  /** Completes the enquiry: the child seen (not before the start, not in the future), the outcome, the day it was reached. */
  @PostMapping
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String complete(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @PathVariable String enquiryId,
      Typed typed,
      RedirectAttributes flash,
      Model model) {
    Episode episode = pages.opened(me, id, "Completing section 47 enquiry " + EpisodePages.id(enquiryId));
    Enquiry enquiry = enquiry(me, episode, enquiryId);
    LocalDate today = section.today();
    String start = DatedForm.day(enquiry.startedOn());
    FieldErrors errors = new FieldErrors();
    Optional<LocalDate> seen = DatedForm.date(errors, "seen", "Date the child was seen", typed.seenDay(), typed.seenMonth(), typed.seenYear(),
        enquiry.startedOn(), "The date the child was seen must be on or after the start of the enquiry, " + start,
        today, "The date the child was seen must be today or in the past");
    if (!Question.YES_NO.containsKey(String.valueOf(typed.seenAlone()))) {
      errors.add("seenAlone", "Select whether the child was seen alone");
    }
    if (Labelled.named(EnquiryOutcome.class, typed.outcome()).isEmpty()) {
      errors.add("outcome", "Select the outcome of the enquiry");
    }
    Optional<LocalDate> completed = DatedForm.date(errors, "completed", "Date the enquiry was completed",
        typed.completedDay(), typed.completedMonth(), typed.completedYear(),
        enquiry.startedOn(), "The date the enquiry was completed must be on or after its start, " + start,
        today, "The date the enquiry was completed must be today or in the past");
    if (!errors.isEmpty()) {
      return page(me, episode, enquiry, typed, errors.ordered(), model);
    }
    EnquiryOutcome outcome = EnquiryOutcome.valueOf(typed.outcome());
    Result result = enquiries.complete(me, episode.id(), enquiry.id(),
        new Enquiries.Completion(seen.get(), "yes".equals(typed.seenAlone()), outcome, completed.get()));
    if (result == Result.DONE) {
      return EpisodePages.done(flash, episode, "The section 47 enquiry is completed: " + outcome.label() + ".");
    }
    errors.add("seenDay", result == Result.WRONG_STAGE ? "This enquiry has already been completed: check the child’s page"
        : DatedForm.refused(result, episode));
    return page(me, episode, enquiries.find(me.authorityId(), episode.id(), enquiry.id()).orElse(enquiry), typed, errors.ordered(), model);
  }

  private Enquiry enquiry(StaffUser me, Episode episode, String enquiryId) {
    return enquiries.find(me.authorityId(), episode.id(), EpisodePages.id(enquiryId)).orElseThrow(() -> new NotFoundException(enquiryId));
  }

  private String page(StaffUser me, Episode episode, Enquiry enquiry, Typed typed, Map<String, String> errors, Model model) {
    model.addAttribute("episode", episode);
    model.addAttribute("enquiry", enquiry);
    model.addAttribute("row", section.row(me, episode, enquiry));
    model.addAttribute("discussion", discussions.find(me.authorityId(), episode.id(), enquiry.discussionId()).orElse(null));
    model.addAttribute("mayComplete", enquiry.open() && episode.open() && Enquiries.mayRecord(me));
    model.addAttribute("typed", typed);
    model.addAttribute("yesNo", Question.YES_NO);
    model.addAttribute("outcomes", Labelled.options(EnquiryOutcome.values()));
    model.addAttribute("errors", errors);
    return "casework/enquiry";
  }
}
