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
import uk.frontdoor.casework.Assessment;
import uk.frontdoor.casework.AssessmentStatus;
import uk.frontdoor.casework.Assessments;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.journey.Question;

/** A team manager authorises a child and family assessment sent to them, or returns it with the reason. */
@Controller
@RequestMapping("/staff/casework/episodes/{id}/assessment")
record AssessmentAuthorisationController(Assessments assessments, EpisodePages pages, AssessmentPages assessmentPages) {

  /** A team manager's decision on the assessment, and the reason when it goes back. */
  record Authorisation(String decision, String reason) {}

  @GetMapping("/authorisation")
  @PreAuthorize("hasRole('TEAM_MANAGER')")
  String authorisation(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    Episode episode = pages.opened(me, id, AssessmentController.PART);
    Optional<Assessment> assessment = assessments.current(me.authorityId(), episode.id());
    if (assessment.isEmpty() || assessment.get().status() != AssessmentStatus.SUBMITTED) {
      return AssessmentPages.tasksPage(episode);
    }
    return authorisationPage(me, episode, assessment.get(), null, null, Map.of(), model);
  }

  @PostMapping("/authorisation")
  @PreAuthorize("hasRole('TEAM_MANAGER')")
  String authorise(
      @AuthenticationPrincipal StaffUser me, @PathVariable String id, Authorisation form, RedirectAttributes flash, Model model) {
    Episode episode = pages.opened(me, id, AssessmentController.PART);
    Optional<Assessment> found = assessments.current(me.authorityId(), episode.id());
    if (found.isEmpty()) {
      return AssessmentPages.tasksPage(episode);
    }
    Assessment assessment = found.get();
    FieldErrors errors = new FieldErrors();
    String why = null;
    if (!"authorise".equals(form.decision()) && !"return".equals(form.decision())) {
      errors.add("decision", "Select whether you authorise the assessment or return it");
    } else if ("return".equals(form.decision())) {
      why = errors.required("reason", "The reason", form.reason(), EpisodeController.MAX_REASON, "Say why you are returning the assessment");
    }
    if (!errors.isEmpty()) {
      return authorisationPage(me, episode, assessment, form.decision(), form.reason(), errors.ordered(), model);
    }
    Result result =
        "authorise".equals(form.decision())
            ? assessments.authorise(me, episode, assessment)
            : assessments.returnToWorker(me, episode, assessment, why);
    if (result != Result.DONE) {
      return authorisationPage(me, episode, assessment, form.decision(), form.reason(),
          Map.of("decision", result == Result.NOT_ELIGIBLE
              ? "You sent this assessment for authorisation: another team manager must authorise it"
              : EpisodeController.cannotChange(result)), model);
    }
    flash.addFlashAttribute("done", "authorise".equals(form.decision())
        ? "The assessment is authorised. Outcome: " + assessment.outcome().label() + "."
        : "The assessment is returned to " + assessment.submittedByName() + ".");
    return AssessmentPages.tasksPage(episode);
  }

  private String authorisationPage(
      StaffUser me, Episode episode, Assessment assessment, String decision, String reason, Map<String, String> errors,
      Model model) {
    model.addAttribute("decision", decision);
    model.addAttribute("reason", reason);
    model.addAttribute("choices", Question.choices(
        "authorise", "Authorise it", "return", "Return it to " + assessment.submittedByName()));
    return assessmentPages.summaryPage(me, episode, assessment, "casework/assessment-authorisation", errors, model);
  }
}
