package uk.frontdoor.casework.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.frontdoor.casework.Assessment;
import uk.frontdoor.casework.AssessmentFactors;
import uk.frontdoor.casework.Due;
import uk.frontdoor.casework.Dues;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.identity.StaffUser;

/** What every page of a child and family assessment shows: the episode, the assessment, its own clock, the factors' names. */
@Component
record AssessmentPages(WorkingTimeLeft left, Clock clock) {

  void common(StaffUser me, Episode episode, Assessment assessment, Model model) {
    model.addAttribute("episode", episode);
    model.addAttribute("assessment", assessment);
    // The assessment's own clock, whatever else is due sooner; stopped once it is authorised.
    model.addAttribute("row",
        episode.assessmentAuthorisedAt() != null
            ? new CaseloadRow(episode, Dues.ASSESSMENT + ": completed, authorised on "
                + new uk.frontdoor.platform.WhenText(clock.instant()).date(episode.assessmentAuthorisedAt()), false, false, null)
            : left.row(me, episode,
                episode.assessmentDueAt() == null ? List.of() : List.of(new Due(Dues.ASSESSMENT, episode.assessmentDueAt()))));
    model.addAttribute("factorNames", AssessmentFactors.CODES);
  }

  /** A page that shows the assessment whole (its sending, its authorisation), with the errors of what was posted. */
  String summaryPage(StaffUser me, Episode episode, Assessment assessment, String view, Map<String, String> errors, Model model) {
    common(me, episode, assessment, model);
    model.addAttribute("errors", errors);
    return view;
  }

  /** Back to the assessment's task list. */
  static String tasksPage(Episode episode) {
    return "redirect:/staff/casework/episodes/" + episode.id() + "/assessment";
  }
}
