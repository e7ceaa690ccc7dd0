package uk.frontdoor.referral.journeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.authority.Postcode;
import uk.frontdoor.people.NhsNumber;
import uk.frontdoor.people.Upn;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.journey.Answers;
import uk.frontdoor.platform.journey.Page;
import uk.frontdoor.platform.journey.Question;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.internal.Postcodes;

/** The parts the public report and the professional referral ask alike: a child's dates, an address, the list of children. */
final class ChildPages {

  static final int MOST_CHILDREN = 10;
  static final String CHILDREN = "children";

  private ChildPages() {}

  static final Question DATE_OF_BIRTH = Question.date("dob", "Date of birth");
  static final Question EXPECTED_DATE = Question.date("due", "Expected date of birth");

  /** A date of birth, or an unborn child's expected date, each real and in range; not both. */
  static void checkDates(Answers child, FieldErrors errors, Asking asking) {
    dates(child, errors, asking);
  }

  static FieldErrors.ChildDates dates(Answers child, FieldErrors errors, Asking asking) {
    return errors.childDates(
        child.value("dobDay"), child.value("dobMonth"), child.value("dobYear"),
        child.value("dueDay"), child.value("dueMonth"), child.value("dueYear"), asking.today());
  }

  /** Tidies a typed postcode ("ox11aa" to "OX1 1AA"), or says what is wrong with it. */
  static void checkPostcode(Answers answers, FieldErrors errors) {
    answers.put("postcode", Postcodes.tidy(answers.value("postcode"), errors));
  }

  /** Checks an NHS number and a UPN, where given. */
  static void checkIdentifiers(Answers child, FieldErrors errors) {
    Optional.ofNullable(FieldErrors.clean(child.value("nhsNumber")))
        .flatMap(NhsNumber::check)
        .ifPresent(problem -> errors.add("nhsNumber", problem.message()));
    Optional.ofNullable(FieldErrors.clean(child.value("upn")))
        .flatMap(Upn::check)
        .ifPresent(problem -> errors.add("upn", problem.message()));
  }

  /** The children page: add another child, or carry on. */
  static <C> Page<C> addAnother(String question, String whenMissing, String tooMany) {
    return Page.<C>named(CHILDREN)
        .asks(Question.yesNo("addAnother", question, null, whenMissing))
        .steersOnly()
        .checks(
            (answers, errors, context) -> {
              if (answers.is("addAnother", "yes") && answers.group(CHILDREN).size() >= MOST_CHILDREN) {
                errors.add("addAnother", tooMany);
              }
            })
        .then((answers, context) -> answers.group(CHILDREN).isEmpty() || answers.is("addAnother", "yes") ? "child" : null);
  }

  /** A child's name, or a description when the name is not known. */
  static String name(Answers child, String unnamed) {
    String full = String.join(" ", present(child.value("firstName"), child.value("lastName")));
    return full.isEmpty() ? unnamed : full;
  }

  /** What the check page says about a child, line by line. */
  static List<String> lines(Answers child, Question bornQuestion, Question dueQuestion, String unnamed) {
    List<String> lines = new ArrayList<>();
    lines.add(name(child, unnamed));
    String born = bornQuestion.shown(child);
    if (!born.equals("Not given")) {
      lines.add("Born " + born);
    }
    String due = dueQuestion.shown(child);
    if (!due.equals("Not given")) {
      lines.add("Not born yet: expected " + due);
    }
    return lines;
  }

  /** An address's lines, or "Not known". */
  static List<String> addressLines(Answers answers) {
    List<String> lines = present(answers.value("addressLine1"), answers.value("town"), answers.value("postcode"));
    return lines.isEmpty() ? List.of("Not known") : lines;
  }

  /** The address as stored, or null when no part of it was given. */
  static ReferralDocument.Address address(Answers answers) {
    String line1 = FieldErrors.clean(answers.value("addressLine1"));
    String town = FieldErrors.clean(answers.value("town"));
    String postcode = Postcode.parse(String.valueOf(answers.value("postcode"))).map(Postcode::value).orElse(null);
    return line1 == null && town == null && postcode == null ? null : new ReferralDocument.Address(line1, null, town, postcode);
  }

  static List<String> present(String... values) {
    List<String> present = new ArrayList<>();
    for (String value : values) {
      String cleaned = FieldErrors.clean(value);
      if (cleaned != null) {
        present.add(cleaned);
      }
    }
    return present;
  }

  static String text(Answers answers, String key) {
    return FieldErrors.clean(answers.value(key));
  }
}
