package uk.frontdoor.referral.journeys;

import static uk.frontdoor.referral.journeys.ChildPages.CHILDREN;
import static uk.frontdoor.referral.journeys.ChildPages.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.journey.Answers;
import uk.frontdoor.platform.journey.Journey;
import uk.frontdoor.platform.journey.Page;
import uk.frontdoor.platform.journey.Question;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Route;

/**
 * A member of the public, relative, friend or neighbour reports a concern online, one question a
 * page. Nothing needs an account; the reporter may stay anonymous, and then no identity is kept.
 */
public final class PublicReport {

  private PublicReport() {}

  static final Map<String, String> FAMILY_KNOWS =
      Question.choices("yes", "Yes, they know I’m worried", "no", "No, they do not know", "not-sure", "I’m not sure");
  static final Map<String, String> IDENTITY =
      Question.choices("details", "Give my name and contact details", "anonymous", "Stay anonymous");

  static final Question FIRST_NAME = Question.text("firstName", "First name", null, 100, null);
  static final Question LAST_NAME = Question.text("lastName", "Last name", null, 100, null);
  public static final Question DESCRIPTION =
      Question.text("description", "If you do not know their name, describe them", null, 500, null)
          .named("Description of the child");
  static final Question AGE =
      Question.text("age", "If you do not know their date of birth, how old do you think they are?", null, 30, null)
          .named("How old you think they are");
  public static final Question WHAT_HAPPENED =
      Question.textarea("whatHappened", "What has happened?", null, "Enter what has happened, or what you have seen or heard")
          .named("What has happened");
  public static final Question WHEN = Question.text("when", "When did it happen?", null, 500, null).named("When it happened");
  public static final Question HOUSEHOLD =
      Question.textarea("household", "Who else lives with the child?", null, null).atMost(5000).named("Who else lives with the child");
  public static final Question HARM =
      Question.checkboxes("harm", "What are you worried about?", null,
          "Select what you are worried about, or select ‘I’m not sure’", Labelled.options(HarmCategory.values()));
  public static final Question FAMILY =
      Question.radios("familyKnows", "Does the child’s family know you are worried?", null,
          "Select whether the child’s family knows you are worried", FAMILY_KNOWS);
  public static final Question RELATIONSHIP =
      Question.text("relationship", "How do you know the child?", null, 200, null).named("How you know the child");

  private static final String UNNAMED = "Child whose name you do not know";

  /** The pages in the order asked. */
  public static final Journey<Asking> JOURNEY =
      new Journey<>(
          Page.<Asking>named("danger")
              .asks(Question.yesNo("danger", "Is a child in immediate danger now?", null,
                  "Select yes if a child is in immediate danger now"))
              .then((answers, asking) -> answers.is("danger", "yes") ? "call-999" : null)
              .doneWhen(answers -> answers.is("danger", "no"))
              .reads((answers, asking) -> List.of()),
          Page.<Asking>named("child")
              .repeats(CHILDREN, ChildPages.MOST_CHILDREN)
              .asks(FIRST_NAME, LAST_NAME, DESCRIPTION, ChildPages.DATE_OF_BIRTH, ChildPages.EXPECTED_DATE, AGE)
              .checks(
                  (child, errors, asking) -> {
                    if (ChildPages.present(child.value("firstName"), child.value("lastName"), child.value("description")).isEmpty()) {
                      errors.add("firstName", "Enter the child’s name, or describe them if you do not know it");
                    }
                  })
              .checks(ChildPages::checkDates)
              .then((answers, asking) -> CHILDREN)
              .inSection("The children")
              .reads((child, asking) -> List.of(new Page.Row("Child {n}", childLines(child), null))),
          ChildPages.<Asking>addAnother(
              "Do you want to tell us about another child?",
              "Select yes if you want to tell us about another child",
              "You can tell us about up to " + ChildPages.MOST_CHILDREN + " children in one report"),
          Page.<Asking>named("address")
              .asks(
                  Question.text("addressLine1", "House number and street", null, 200, null),
                  Question.text("town", "Town or city", null, 100, null),
                  Question.text("postcode", "Postcode", null, 20, null))
              .checks((answers, errors, asking) -> ChildPages.checkPostcode(answers, errors))
              .inSection("The children")
              .reads((answers, asking) -> List.of(new Page.Row("Where they live", ChildPages.addressLines(answers), null))),
          Page.<Asking>named("household").asks(HOUSEHOLD).inSection("The children")
              .reads((answers, asking) -> List.of(new Page.Row("Who else lives with them", shownOr(answers, "household", "Not known")))),
          Page.<Asking>named("what-happened").asks(WHAT_HAPPENED, WHEN).inSection("What you are worried about")
              .reads((answers, asking) -> List.of(
                  new Page.Row("What has happened", WHAT_HAPPENED.shown(answers)),
                  new Page.Row("When it happened", WHEN.shown(answers)))),
          Page.<Asking>named("harm").asks(HARM).inSection("What you are worried about")
              .reads((answers, asking) -> List.of(new Page.Row("Kinds of harm",
                  answers.values("harm").stream().map(HARM.options()::get).toList(), null))),
          Page.<Asking>named("family-knows").asks(FAMILY).inSection("What you are worried about")
              .reads((answers, asking) -> List.of(new Page.Row("Does the family know", FAMILY.shown(answers)))),
          Page.<Asking>named("about-you")
              .asks(
                  Question.radios("identity", "Do you want to give your details?", null,
                      "Select whether you want to give your details or stay anonymous", IDENTITY),
                  Question.text("name", "Your name", null, 200, null),
                  RELATIONSHIP,
                  Question.text("parentalResponsibility", "Parental responsibility", null, 3, null),
                  Question.text("email", "Email address", null, 320, null),
                  Question.text("phone", "Phone number", null, 40, null),
                  Question.text("confidential", "Tell the family who you are", null, 3, null))
              .checks(PublicReport::checkAboutYou)
              .inSection("About you")
              .reads((answers, asking) -> aboutYou(answers)));

  /**
   * An anonymous report keeps no identity, not even what was typed before choosing (without
   * JavaScript the fields show under the choices, and may have been filled in); a named one needs
   * a name and, if given, a real email address and phone number.
   */
  private static void checkAboutYou(Answers answers, FieldErrors errors, Asking asking) {
    if (anonymous(answers)) {
      for (String key : List.of("name", "relationship", "parentalResponsibility", "email", "phone", "confidential")) {
        answers.put(key, List.of());
      }
      return;
    }
    if (!answers.is("identity", "details")) {
      return;
    }
    errors.required("name", "Your name", answers.value("name"), 200, "Enter your name, or select ‘Stay anonymous’");
    errors.email("email", answers.value("email"), false, null);
    errors.phone("phone", answers.value("phone"), false, null);
  }

  private static boolean anonymous(Answers answers) {
    return answers.is("identity", "anonymous");
  }

  private static List<Page.Row> aboutYou(Answers answers) {
    if (anonymous(answers)) {
      return List.of(new Page.Row("Your details", "You are staying anonymous. We will not keep any details about you."));
    }
    List<String> contact = ChildPages.present(answers.value("email"), answers.value("phone"));
    return List.of(
        new Page.Row("Your name", text(answers, "name")),
        new Page.Row("How you know the child", shownOr(answers, "relationship", "Not given")),
        new Page.Row("Parental responsibility", answers.is("parentalResponsibility", "yes")
            ? "I have parental responsibility for the child"
            : "I do not have parental responsibility for the child"),
        new Page.Row("How to contact you", contact.isEmpty() ? List.of("Not given") : contact, null),
        new Page.Row("Tell the family who you are", answers.is("confidential", "yes")
            ? "No – keep my name confidential"
            : "We may, if it helps the child"));
  }

  private static List<String> childLines(Answers child) {
    List<String> lines = new ArrayList<>(ChildPages.lines(child, ChildPages.DATE_OF_BIRTH, ChildPages.EXPECTED_DATE, UNNAMED));
    ChildPages.present(child.value("age")).forEach(age -> lines.add("Age: " + age));
    lines.addAll(ChildPages.present(child.value("description")));
    return lines;
  }

  private static String shownOr(Answers answers, String key, String otherwise) {
    String value = text(answers, key);
    return value == null ? otherwise : value;
  }

  /** The document stored: for an anonymous report, no identity at all. */
  public static ReferralDocument document(Answers answers, Asking asking) {
    ReferralDocument.Address address = ChildPages.address(answers);
    List<ReferralDocument.Child> children =
        answers.group(CHILDREN).stream()
            .map(
                child -> {
                  FieldErrors.ChildDates dates = ChildPages.dates(child, new FieldErrors(), asking);
                  return new ReferralDocument.Child(
                      text(child, "firstName"), text(child, "lastName"), dates.born(), dates.expected(),
                      text(child, "age"), text(child, "description"), null, null, null, null, null, address);
                })
            .toList();
    boolean anonymous = anonymous(answers);
    return ReferralDocument.from(Route.MEMBER_OF_PUBLIC)
        .referrer(
            anonymous
                ? null
                : new ReferralDocument.Referrer(
                    text(answers, "name"), text(answers, "relationship"), null, null,
                    text(answers, "email"), text(answers, "phone"), answers.is("parentalResponsibility", "yes")))
        .confidential(!anonymous && answers.is("confidential", "yes"))
        .children(children)
        .familyNotes(text(answers, "household"))
        .concern(
            new ReferralDocument.Concern(
                text(answers, "whatHappened"), text(answers, "when"),
                answers.values("harm").stream().map(HarmCategory::valueOf).toList(), false,
                FAMILY_KNOWS.get(answers.value("familyKnows")), null))
        .build();
  }

  /** The choices the pages offer, for their templates. */
  public static Map<String, Map<String, String>> options() {
    return Map.of(
        "familyKnowsOptions", FAMILY_KNOWS, "harmOptions", HARM.options(), "identityOptions", IDENTITY,
        "yesNo", Question.YES_NO);
  }
}
