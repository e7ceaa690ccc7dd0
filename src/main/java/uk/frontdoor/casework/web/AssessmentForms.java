package uk.frontdoor.casework.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.frontdoor.casework.Assessment;
import uk.frontdoor.casework.AssessmentFactors;
import uk.frontdoor.casework.AssessmentOutcome;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.journey.Answers;
import uk.frontdoor.platform.journey.Journey;
import uk.frontdoor.platform.journey.Page;
import uk.frontdoor.platform.journey.Question;

/**
 * The child and family assessment's tasks, each a form of one page that saves part-way: what is
 * given must be right, and all of it must be given only when the worker says the task is
 * completed (GOV.UK task list: "Have you completed this section?").
 */
final class AssessmentForms {

  private AssessmentForms() {}

  /** What the rules need: today, and the episode's referral date (census rule 1103: nothing before it). */
  record Dates(LocalDate today, LocalDate referral) {}

  static final Question COMPLETED =
      Question.radios("completed", "Have you completed this section?", null, "Select whether you have completed this section",
          Question.choices("yes", "Yes, I’ve completed this section", "no", "No, I’ll come back to it later"));

  static final Journey<Dates> START =
      new Journey<>(Page.<Dates>named(Assessment.START)
          .asks(Question.date("start", "When did the assessment start?"))
          .checks((answers, errors, dates) -> {
            Optional<LocalDate> start = date(answers, errors, "start", "The start date", dates);
            if (start.isEmpty() && !errors.has("startDay")) {
              errors.add("startDay", "Enter the date the assessment started");
            }
          }));

  static final Question SEEN =
      Question.radios("seen", "Was the child seen during the assessment?", null, null, Question.YES_NO)
          .named("Whether the child was seen");
  static final Question ALONE =
      Question.radios("alone", "Was the child seen alone?", null, null, Question.YES_NO)
          .named("Whether the child was seen alone");

  static final Journey<Dates> CHILD_SEEN =
      new Journey<>(Page.<Dates>named(Assessment.SEEN)
          .asks(SEEN, Question.date("seenOn", "The date the child was seen"), ALONE,
              Question.textarea("whyNotSeen", "Why was the child not seen?", null, null).atMost(5000).named("Why the child was not seen"), COMPLETED)
          .checks((answers, errors, dates) -> {
            boolean completing = answers.is("completed", "yes");
            Optional<LocalDate> on = date(answers, errors, "seenOn", "The date the child was seen", dates);
            if (answers.is("seen", "yes") && completing) {
              if (on.isEmpty() && !errors.has("seenOnDay")) {
                errors.add("seenOnDay", "Enter the date the child was seen");
              }
              if (answers.value("alone") == null) {
                errors.add("alone", "Select whether the child was seen alone");
              }
            } else if (answers.is("seen", "no") && completing && FieldErrors.clean(answers.value("whyNotSeen")) == null) {
              errors.add("whyNotSeen", "Enter why the child was not seen");
            } else if (answers.value("seen") == null && completing) {
              errors.add("seen", "Select whether the child was seen during the assessment");
            }
          }));

  static final Question FACTORS_IDENTIFIED =
      Question.checkboxes("factors", "Which factors were identified at the end of the assessment?", null, null,
          AssessmentFactors.CODES);

  static final Journey<Dates> FACTORS =
      new Journey<>(Page.<Dates>named(Assessment.FACTORS)
          .asks(FACTORS_IDENTIFIED, COMPLETED)
          .checks((answers, errors, dates) -> {
            List<String> chosen = answers.values("factors");
            if (chosen.contains(AssessmentFactors.NONE_IDENTIFIED) && chosen.size() > 1) {
              errors.add("factors", "Select ‘21 No factors identified’ only when no other factor was identified");
            } else if (chosen.isEmpty() && answers.is("completed", "yes")) {
              errors.add("factors", "Select the factors identified, or ‘21 No factors identified’");
            }
          }));

  static final Question OUTCOME_CHOSEN =
      Question.radios("outcome", "What is the outcome of the assessment?", null, null, Labelled.options(AssessmentOutcome.values()))
          .named("The outcome");

  static final Journey<Dates> OUTCOME =
      new Journey<>(Page.<Dates>named(Assessment.OUTCOME)
          .asks(OUTCOME_CHOSEN, COMPLETED)
          .checks((answers, errors, dates) -> {
            if (answers.value("outcome") == null && answers.is("completed", "yes")) {
              errors.add("outcome", "Select the outcome of the assessment");
            }
          }));

  /** Each task's form, by its page's name. */
  static final Map<String, Journey<Dates>> TASKS =
      Map.of(Assessment.START, START, Assessment.SEEN, CHILD_SEEN, Assessment.FACTORS, FACTORS, Assessment.OUTCOME, OUTCOME);

  /** A date given (or none): real, not before the referral, not in the future. */
  private static Optional<LocalDate> date(Answers answers, FieldErrors errors, String prefix, String label, Dates dates) {
    String field = prefix + "Day";
    Optional<LocalDate> date =
        errors.typedDate(field, label, answers.value(field), answers.value(prefix + "Month"), answers.value(prefix + "Year"));
    if (date.isPresent() && date.get().isAfter(dates.today())) {
      errors.add(field, label + " must be today or in the past");
      return Optional.empty();
    }
    if (date.isPresent() && date.get().isBefore(dates.referral())) {
      errors.add(field, label + " must be on or after the referral date");
      return Optional.empty();
    }
    return date;
  }

  /** The date given in the answers, already checked; null if none. */
  static LocalDate date(Answers answers, String prefix) {
    return new FieldErrors()
        .typedDate(prefix + "Day", prefix, answers.value(prefix + "Day"), answers.value(prefix + "Month"), answers.value(prefix + "Year"))
        .orElse(null);
  }

  /** A yes or no given; null if neither. */
  static Boolean yesNo(Answers answers, String field) {
    String value = answers.value(field);
    return value == null ? null : value.equals("yes");
  }

  /** The task's answers as saved, for its form. */
  static Answers saved(Assessment assessment, String task) {
    Answers answers = new Answers();
    if (assessment == null) {
      return answers;
    }
    switch (task) {
      case Assessment.START -> put(answers, "start", assessment.startDate());
      case Assessment.SEEN -> {
        answers.put("seen", word(assessment.childSeen()));
        put(answers, "seenOn", assessment.seenDate());
        answers.put("alone", word(assessment.seenAlone()));
        answers.put("whyNotSeen", assessment.notSeenReason());
      }
      case Assessment.FACTORS -> answers.put("factors", assessment.factors());
      case Assessment.OUTCOME -> answers.put("outcome", assessment.outcome() == null ? null : assessment.outcome().name());
      default -> throw new IllegalArgumentException(task);
    }
    if (assessment.tasksCompleted().contains(task)) {
      answers.put("completed", "yes");
    } else if (assessment.task(task) != Assessment.Task.NOT_STARTED) {
      answers.put("completed", "no");
    }
    return answers;
  }

  private static void put(Answers answers, String prefix, LocalDate date) {
    if (date != null) {
      answers.put(prefix + "Day", String.valueOf(date.getDayOfMonth()));
      answers.put(prefix + "Month", String.valueOf(date.getMonthValue()));
      answers.put(prefix + "Year", String.valueOf(date.getYear()));
    }
  }

  private static String word(Boolean yes) {
    return yes == null ? null : yes ? "yes" : "no";
  }
}
