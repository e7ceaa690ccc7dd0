package uk.frontdoor.lado.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.frontdoor.lado.Adult;
import uk.frontdoor.lado.Conclusion;
import uk.frontdoor.lado.Finding;
import uk.frontdoor.lado.HarmTest;
import uk.frontdoor.lado.Meeting;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.journey.Answers;
import uk.frontdoor.platform.journey.Journey;
import uk.frontdoor.platform.journey.Page;
import uk.frontdoor.platform.journey.Question;

/** The LADO's two forms, each one page: the initial consideration, and the outcome. */
final class LadoForms {

  private LadoForms() {}

  static final String CONSIDERATION = "initial-consideration";
  static final String OUTCOME = "outcome";

  static final Question HARM_TEST =
      Question.checkboxes("harmTest", "Does the harm test apply?", null,
          "Select the parts of the harm test that apply, or select ‘None of these’", HarmTest.options());
  static final Question ADVICE =
      Question.textarea("advice", "The advice given", null, null).atMost(20_000);

  static final Journey<LocalDate> INITIAL_CONSIDERATION =
      new Journey<>(
          Page.<LocalDate>named(CONSIDERATION)
              .asks(
                  Question.text("adultName", "The adult’s name", null, 200, "Enter the adult’s name, or ‘Not known’"),
                  Question.date("adultBorn", "Their date of birth"),
                  Question.text("adultRole", "Their role", null, 200, null),
                  Question.text("adultEmployer", "Their employer", null, 200, null),
                  Question.radios("sector", "Which sector do they work in?", null, "Select the sector they work in", Adult.SECTORS),
                  Question.textarea("otherRoles", "Their other roles with children", null, null).atMost(5000),
                  HARM_TEST, ADVICE)
              .checks(
                  (answers, errors, today) ->
                      errors.typedDate("adultBornDay", "Their date of birth", answers.value("adultBornDay"),
                              answers.value("adultBornMonth"), answers.value("adultBornYear"))
                          .filter(born -> born.getYear() < 1900 || !born.isBefore(today.minusYears(14)))
                          .ifPresent(born -> errors.add("adultBornDay", "Their date of birth must be a real date, of someone aged 14 or over")))
              .checks(
                  (answers, errors, today) -> {
                    if (answers.values("harmTest").contains(HarmTest.NONE)) {
                      errors.required("advice", "The advice given", answers.value("advice"), 20_000,
                          "Enter the advice given, for example that the employer deals with it as a low-level concern");
                    }
                  }));

  static final Question FINDING =
      Question.radios("finding", "What is the outcome?", null, "Select the outcome", Finding.options());
  static final Question EMPLOYER_ACTION =
      Question.radios("employerAction", "What has the employer done?", null, "Select what the employer has done",
          Conclusion.EMPLOYER_ACTIONS);
  static final Question REGULATOR =
      Question.radios("regulator", "Was a referral made to the Disclosure and Barring Service or a regulator?", null,
          "Select whether a referral was made", Conclusion.REGULATORS);
  static final Question NOTES = Question.textarea("notes", "Notes", null, null).atMost(20_000);

  static final Journey<LocalDate> CONCLUSION =
      new Journey<>(Page.<LocalDate>named(OUTCOME).asks(FINDING, EMPLOYER_ACTION, REGULATOR, NOTES));

  static final String MEETING = "meeting";
  static final int MOST_ACTIONS = 5;

  /** An allegation management meeting: when, who, what was agreed, and up to five actions. */
  static Journey<LocalDate> meeting() {
    List<Question> asked = new ArrayList<>(List.of(
        Question.date("held", "Date of the meeting"),
        Question.textarea("attendees", "Who took part, and from which agency", null,
            "Enter who took part, and from which agency").atMost(5000).named("Who took part"),
        Question.textarea("agreed", "What was agreed", null, "Enter what was agreed").atMost(20_000)));
    for (int i = 1; i <= MOST_ACTIONS; i++) {
      asked.add(Question.text("action" + i, "Action " + i, null, 2000, null));
      asked.add(Question.text("owner" + i, "Who does it", null, 200, null));
      asked.add(Question.date("due" + i, "Due by"));
    }
    return new Journey<>(Page.<LocalDate>named(MEETING).asks(asked.toArray(Question[]::new)).checks(LadoForms::checkMeeting));
  }

  /** The meeting's date is real and not in the future; each action given has its owner and a real due date. */
  private static void checkMeeting(Answers answers, FieldErrors errors, LocalDate today) {
    errors.typedDate("heldDay", "Date of the meeting", answers.value("heldDay"), answers.value("heldMonth"), answers.value("heldYear"))
        .ifPresentOrElse(
            held -> {
              if (held.isAfter(today)) {
                errors.add("heldDay", "Date of the meeting must be today or in the past");
              } else if (held.isBefore(today.minusYears(2))) {
                errors.add("heldDay", "Date of the meeting must be in the last 2 years");
              }
            },
            () -> errors.add("heldDay", "Enter the date of the meeting"));
    for (int i = 1; i <= MOST_ACTIONS; i++) {
      boolean given = FieldErrors.clean(answers.value("action" + i)) != null;
      boolean owned = FieldErrors.clean(answers.value("owner" + i)) != null;
      if (!given && !owned) {
        continue;
      }
      if (!given) {
        errors.add("action" + i, "Enter action " + i + ", or leave its owner empty");
      }
      if (!owned) {
        errors.add("owner" + i, "Enter who does action " + i);
      }
      if (errors.typedDate("due" + i + "Day", "Due date of action " + i,
              answers.value("due" + i + "Day"), answers.value("due" + i + "Month"), answers.value("due" + i + "Year")).isEmpty()
          && !errors.has("due" + i + "Day")) {
        errors.add("due" + i + "Day", "Enter when action " + i + " is due");
      }
    }
  }

  /** The meeting as recorded. */
  static Meeting meetingOf(Answers answers) {
    List<Meeting.Action> actions = new ArrayList<>();
    for (int i = 1; i <= MOST_ACTIONS; i++) {
      String action = FieldErrors.clean(answers.value("action" + i));
      if (action != null) {
        actions.add(new Meeting.Action(i, action, FieldErrors.clean(answers.value("owner" + i)),
            date(answers, "due" + i), null));
      }
    }
    return new Meeting(null, date(answers, "held"), FieldErrors.clean(answers.value("attendees")),
        FieldErrors.clean(answers.value("agreed")), null, null, actions);
  }

  private static LocalDate date(Answers answers, String prefix) {
    return new FieldErrors()
        .typedDate(prefix + "Day", prefix, answers.value(prefix + "Day"), answers.value(prefix + "Month"), answers.value(prefix + "Year"))
        .orElseThrow();
  }

  /** The adult as the consideration recorded them. */
  static Adult adultOf(Answers answers) {
    return new Adult(
        FieldErrors.clean(answers.value("adultName")),
        new FieldErrors().typedDate("adultBornDay", "", answers.value("adultBornDay"), answers.value("adultBornMonth"),
            answers.value("adultBornYear")).orElse(null),
        FieldErrors.clean(answers.value("adultRole")),
        FieldErrors.clean(answers.value("adultEmployer")),
        answers.value("sector"),
        FieldErrors.clean(answers.value("otherRoles")));
  }

  /** The parts of the harm test chosen; none where "none of these" was. */
  static List<HarmTest> harmTest(Answers answers) {
    return answers.values("harmTest").stream().filter(v -> !v.equals(HarmTest.NONE)).map(HarmTest::valueOf).toList();
  }
}
