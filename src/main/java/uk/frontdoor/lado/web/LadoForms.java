package uk.frontdoor.lado.web;

import java.util.List;
import uk.frontdoor.lado.Conclusion;
import uk.frontdoor.lado.Finding;
import uk.frontdoor.lado.HarmTest;
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

  static final Journey<Void> INITIAL_CONSIDERATION =
      new Journey<>(
          Page.<Void>named(CONSIDERATION)
              .asks(HARM_TEST, ADVICE)
              .checks(
                  (answers, errors, none) -> {
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

  static final Journey<Void> CONCLUSION =
      new Journey<>(Page.<Void>named(OUTCOME).asks(FINDING, EMPLOYER_ACTION, REGULATOR, NOTES));

  /** The parts of the harm test chosen; none where "none of these" was. */
  static List<HarmTest> harmTest(Answers answers) {
    return answers.values("harmTest").stream().filter(v -> !v.equals(HarmTest.NONE)).map(HarmTest::valueOf).toList();
  }
}
