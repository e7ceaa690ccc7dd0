package uk.frontdoor.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.casework.Assessment;
import uk.frontdoor.casework.AssessmentOutcome;
import uk.frontdoor.casework.AssessmentStatus;
import uk.frontdoor.casework.Assessments;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.EpisodeLevel;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.journey.Answers;
import uk.frontdoor.platform.journey.Journey;

/**
 * The child and family assessment on an episode: its task list, each task's form (saved
 * part-way), and sending it for authorisation (a team manager's part is in
 * {@link AssessmentAuthorisationController}). The lead practitioner's work: a social worker, or a
 * Family Help practitioner who leads the episode.
 */
@Controller
@RequestMapping("/staff/casework/episodes/{id}/assessment")
record AssessmentController(Assessments assessments, EpisodePages pages, AssessmentPages assessmentPages,
    WorkingCalendar calendar, Clock clock) {

  static final String PART = "Child and family assessment";

  @GetMapping
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String tasks(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    Episode episode = pages.opened(me, id, PART);
    Assessment assessment = assessments.current(me.authorityId(), episode.id()).orElse(null);
    assessmentPages.common(me, episode, assessment, model);
    boolean mayWork = mayWork(me, episode) && episode.open();
    model.addAttribute("mayWork", mayWork);
    model.addAttribute("tasks", taskRows(episode, assessment, mayWork));
    model.addAttribute("mayStartAnother", mayWork && assessment != null && !assessment.unfinished()
        && episode.level() == EpisodeLevel.CHILD_IN_NEED);
    model.addAttribute("history", assessment == null ? List.of() : assessments.history(me.authorityId(), assessment.id()));
    return "casework/assessment";
  }

  @GetMapping("/{task:start|seen|factors|outcome}")
  @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'FAMILY_HELP')")
  String task(@AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String task, Model model) {
    Episode episode = pages.opened(me, id, PART);
    Optional<Assessment> assessment = working(me, episode, task);
    if (assessment == null) {
      return AssessmentPages.tasksPage(episode);
    }
    return taskPage(me, episode, assessment.orElse(null), task, AssessmentForms.saved(assessment.orElse(null), task), new FieldErrors(), model);
  }

  @PostMapping("/{task:start|seen|factors|outcome}")
  @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'FAMILY_HELP')")
  String save(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @PathVariable String task,
      @RequestParam MultiValueMap<String, String> posted,
      RedirectAttributes flash,
      Model model) {
    Episode episode = pages.opened(me, id, PART);
    Optional<Assessment> found = working(me, episode, task);
    if (found == null) {
      return AssessmentPages.tasksPage(episode);
    }
    Assessment assessment = found.orElse(null);
    Journey<AssessmentForms.Dates> form = AssessmentForms.TASKS.get(task);
    Answers answers = new Answers();
    FieldErrors errors = form.answer(form.pages().get(0), posted, answers, dates(episode));
    if (!errors.isEmpty()) {
      return taskPage(me, episode, assessment, task, answers, errors, model);
    }
    boolean completed = answers.is("completed", "yes");
    Result result =
        switch (task) {
          case Assessment.START -> assessments.saveStart(me, episode, AssessmentForms.date(answers, "start"));
          case Assessment.SEEN -> {
            Boolean seen = AssessmentForms.yesNo(answers, "seen");
            yield assessments.saveSeen(me, episode, assessment, seen,
                Boolean.FALSE.equals(seen) ? null : AssessmentForms.date(answers, "seenOn"),
                Boolean.FALSE.equals(seen) ? null : AssessmentForms.yesNo(answers, "alone"),
                Boolean.TRUE.equals(seen) ? null : FieldErrors.clean(answers.value("whyNotSeen")), completed);
          }
          case Assessment.FACTORS -> assessments.saveFactors(me, episode, assessment, answers.values("factors"), completed);
          default -> assessments.saveOutcome(me, episode, assessment,
              answers.value("outcome") == null ? null : AssessmentOutcome.valueOf(answers.value("outcome")), completed);
        };
    if (result != Result.DONE) {
      return taskPage(me, episode, assessment, task, answers, cannotSave(result), model);
    }
    flash.addFlashAttribute("done", "Saved.");
    return AssessmentPages.tasksPage(episode);
  }

  @GetMapping("/submission")
  @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'FAMILY_HELP')")
  String submission(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    Episode episode = pages.opened(me, id, PART);
    Optional<Assessment> assessment = working(me, episode, "submission");
    if (assessment == null || assessment.isEmpty() || !assessment.get().readyToSubmit()) {
      return AssessmentPages.tasksPage(episode);
    }
    return assessmentPages.summaryPage(me, episode, assessment.get(), "casework/assessment-submission", Map.of(), model);
  }

  @PostMapping("/submission")
  @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'FAMILY_HELP')")
  String submit(@AuthenticationPrincipal StaffUser me, @PathVariable String id, RedirectAttributes flash, Model model) {
    Episode episode = pages.opened(me, id, PART);
    Optional<Assessment> assessment = working(me, episode, "submission");
    if (assessment == null || assessment.isEmpty()) {
      return AssessmentPages.tasksPage(episode);
    }
    Result result = assessments.submit(me, episode, assessment.get());
    if (result != Result.DONE) {
      return assessmentPages.summaryPage(me, episode, assessment.get(), "casework/assessment-submission", cannotSave(result), model);
    }
    flash.addFlashAttribute("done", "The assessment is sent to a team manager to authorise.");
    return AssessmentPages.tasksPage(episode);
  }

  /**
   * One line of the task list: its name, where it links (null: no link), its status in words, and
   * its tag's colour (null: plain text, as "Completed" is; "cannot": it cannot start yet).
   */
  record TaskRow(String id, String name, String href, String status, String tag) {}

  private static final Map<String, String> TASK_NAMES = new java.util.LinkedHashMap<>();

  static {
    TASK_NAMES.put(Assessment.START, "Start date");
    TASK_NAMES.put(Assessment.SEEN, "The child seen");
    TASK_NAMES.put(Assessment.FACTORS, "Factors identified");
    TASK_NAMES.put(Assessment.OUTCOME, "Outcome");
  }

  private static List<TaskRow> taskRows(Episode episode, Assessment assessment, boolean mayWork) {
    String base = "/staff/casework/episodes/" + episode.id() + "/assessment/";
    boolean current = assessment != null && assessment.unfinished();
    boolean changeable = mayWork && (assessment == null ? episode.level() == EpisodeLevel.CHILD_IN_NEED : assessment.changeable());
    List<TaskRow> rows = new java.util.ArrayList<>();
    TASK_NAMES.forEach((task, name) -> {
      if (!current && !task.equals(Assessment.START) && assessment == null) {
        rows.add(new TaskRow(task, name, null, "Cannot start yet", "cannot"));
        return;
      }
      Assessment.Task status = assessment == null ? Assessment.Task.NOT_STARTED : assessment.task(task);
      rows.add(new TaskRow(task, name, changeable && (current || assessment == null) ? base + task : null, status.label(),
          switch (status) {
            case NOT_STARTED -> "blue";
            case IN_PROGRESS -> "light-blue";
            case COMPLETED -> null;
          }));
    });
    String send = "Submit for authorisation";
    if (assessment == null || (assessment.changeable() && !assessment.readyToSubmit())) {
      rows.add(new TaskRow("submission", send, null, "Cannot start yet", "cannot"));
    } else if (assessment.changeable()) {
      rows.add(new TaskRow("submission", send, mayWork ? base + "submission" : null, "Not yet started", "blue"));
    } else {
      rows.add(new TaskRow("submission", send, null, assessment.status().label(),
          assessment.status() == AssessmentStatus.SUBMITTED ? "yellow" : null));
    }
    return rows;
  }

  /**
   * The assessment a task changes: empty for the start date of one not yet started; null (after
   * which the task list is shown) when there is nothing the worker may change. A Family Help
   * practitioner works only on the episodes they lead.
   */
  private Optional<Assessment> working(StaffUser me, Episode episode, String task) {
    if (!mayWork(me, episode)) {
      throw new AccessDeniedException("Not the lead practitioner");
    }
    if (!episode.open()) {
      return null;
    }
    Optional<Assessment> assessment = assessments.current(me.authorityId(), episode.id());
    if (assessment.isEmpty() || !assessment.get().unfinished()) {
      return task.equals(Assessment.START) && episode.level() == EpisodeLevel.CHILD_IN_NEED ? Optional.empty() : null;
    }
    return assessment.get().changeable() ? assessment : null;
  }

  /** A social worker; or a Family Help practitioner leading the episode. */
  static boolean mayWork(StaffUser me, Episode episode) {
    return me.roles().contains("SOCIAL_WORKER") || (me.roles().contains("FAMILY_HELP") && me.id().equals(episode.leadId()));
  }

  private static Map<String, String> cannotSave(Result result) {
    return Map.of("send", result == Result.WRONG_STAGE
        ? "This assessment changed while you were working on it: check it and try again"
        : EpisodeController.cannotChange(result));
  }

  private AssessmentForms.Dates dates(Episode episode) {
    return new AssessmentForms.Dates(LocalDate.ofInstant(clock.instant(), calendar.zone()), episode.referralDate());
  }

  private String taskPage(
      StaffUser me, Episode episode, Assessment assessment, String task, Answers answers, Map<String, String> errors, Model model) {
    assessmentPages.common(me, episode, assessment, model);
    model.addAttribute("form", answers);
    model.addAttribute("errors", errors);
    model.addAttribute("yesNo", AssessmentForms.SEEN.options());
    model.addAttribute("completedOptions", AssessmentForms.COMPLETED.options());
    model.addAttribute("outcomes", Labelled.options(AssessmentOutcome.values()));
    return "casework/assessment-" + task;
  }

  private String taskPage(
      StaffUser me, Episode episode, Assessment assessment, String task, Answers answers, FieldErrors errors, Model model) {
    return taskPage(me, episode, assessment, task, answers, errors.ordered(), model);
  }
}
