package uk.frontdoor.referral.journeys;

import static uk.frontdoor.referral.journeys.ChildPages.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.frontdoor.authority.Audience;
import uk.frontdoor.platform.journey.Answers;
import uk.frontdoor.platform.journey.Journey;
import uk.frontdoor.platform.journey.Page;
import uk.frontdoor.platform.journey.Question;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Route;

/**
 * The routes with a few questions of their own: a child or young person about themselves, a
 * parent or carer asking for help, and a concern about an adult who works with children.
 */
public enum ShortRoute {
  CHILD(
      "child-or-young-person",
      Route.CHILD,
      "Tell us what is happening to you",
      List.of(
          Question.yesNo("danger", "Are you in danger right now?",
              "This means someone is hurting you now, or you are somewhere that is not safe.",
              "Select yes if you are in danger right now"),
          Question.text("name", "What is your first name?", "You do not have to tell us.", 100, null).named("First name"),
          Question.text("age", "How old are you?", "You do not have to tell us.", 30, null).named("Your age"),
          Question.textarea("what", "What is happening?",
              "Tell us in your own words. Write as much or as little as you like.",
              "Enter what is happening, even a few words").named("What is happening"),
          Question.textarea("who", "Who is hurting you or making you feel unsafe?",
              "You do not have to say if you do not want to.", null).named("Who is hurting you"),
          Question.text("where", "Where do you live, or which school do you go to?",
              "This helps us find you and keep you safe. You can leave it empty.", 300, null)
              .named("Where you live or your school"),
          Question.text("contact", "How can we get in touch with you safely?",
              "A phone number or email that only you use. Leave it empty if that is not safe.", 300, null)
              .named("How we can get in touch with you"))),
  PARENT_CARER(
      "parent-or-carer",
      Route.PARENT_CARER,
      "Ask for help with looking after your child",
      List.of(
          Question.yesNo("danger", "Is your child in danger right now?",
              "For example, you feel you might hurt them now, or they have been hurt.",
              "Select yes if your child is in danger right now"),
          Question.text("children", "Your child’s name and age",
              "If you have more than one child, tell us about each of them.", 500,
              "Enter your child’s name and age").named("Your child’s name and age"),
          Question.textarea("worry", "What is making you worried?",
              "Asking for help is the right thing to do. Tell us what is happening at home and how you are feeling.",
              "Enter what is making you worried").named("What is making you worried"),
          Question.checkboxes("help", "What help would you like?", "Select all that apply.",
              "Select the help you would like, or select ‘I’m not sure’",
              "talk-today", "To talk to someone today",
              "parenting", "Support with parenting",
              "wellbeing", "Help with stress, anxiety or my mental health",
              "drugs-alcohol", "Help with drugs or alcohol",
              "respite", "Somewhere safe for my child to stay for a while",
              "not-sure", "I’m not sure"),
          Question.text("address", "Where do you live?", "Your address or postcode, so the right team can help.", 300, null)
              .named("Where you live"),
          Question.identity("you", "How can we contact you?",
              "We will contact you to talk about the help you need.",
              "Give your name and a phone number or email address so we can help you"))),
  LADO(
      "adult-who-works-with-children",
      Route.LADO,
      "Report a concern about an adult who works with children",
      List.of(
          Question.yesNo("danger", "Is a child in immediate danger now?",
              "If a child is in immediate danger, call 999 before anything else.",
              "Select yes if a child is in immediate danger now"),
          Question.text("adult", "What is the adult’s name?", null, 200,
                  "Enter the adult’s name, or select ‘I do not know their name’")
              .named("The adult’s name")
              .orUnknown("I do not know their name"),
          Question.text("employer", "Where do they work or volunteer?",
              "For example, the school, nursery, club, church or care provider.", 200,
              "Enter where they work or volunteer").named("Where they work or volunteer"),
          Question.text("role", "What do they do there?",
              "For example, teacher, sports coach, foster carer, youth worker.", 200,
              "Enter what they do there").named("What they do there"),
          Question.checkboxes("criteria", "What do you think they have done?", "Select all that apply.",
              "Select what you think they have done",
              "HARMED", "Behaved in a way that has harmed, or may have harmed, a child",
              "OFFENCE", "Possibly committed a criminal offence against a child, or related to a child",
              "RISK", "Behaved towards a child or children in a way that shows they may pose a risk of harm to children"),
          Question.textarea("what", "What happened?",
              "Tell us what you saw, heard or were told, when, and where.",
              "Enter what happened").named("What happened"),
          Question.textarea("children", "Which children were involved?",
              "Names and ages if you know them. You can leave it empty.", null).named("Which children were involved"),
          Question.textarea("knows", "Who else knows about this?",
              "For example, the employer, the police, the child’s parents.", null).named("Who else knows about this"),
          Question.identity("you", "Your details", "The Local Authority Designated Officer (LADO) may need to talk to you.", null)));

  private final String path;
  private final Route route;
  private final String title;
  private final List<Question> questions;
  private final Journey<Asking> journey;

  ShortRoute(String path, Route route, String title, List<Question> questions) {
    this.path = path;
    this.route = route;
    this.title = title;
    this.questions = questions;
    this.journey = new Journey<>(questions.stream().map(ShortRoute::page).toArray(Page[]::new));
  }

  /** One question a page; "danger" leads to the call-999 page on yes, and is not read back. */
  private static Page<Asking> page(Question question) {
    Page<Asking> page = Page.<Asking>named(question.id()).asks(question);
    if (question.id().equals("danger")) {
      page.then((answers, asking) -> answers.is("danger", "yes") ? "call-999" : null)
          .doneWhen(answers -> answers.is("danger", "no"))
          .reads((answers, asking) -> List.of());
    }
    return page;
  }

  /** The route's pages, one question each. */
  public Journey<Asking> journey() {
    return journey;
  }

  public String path() {
    return path;
  }

  public Route route() {
    return route;
  }

  public String title() {
    return title;
  }

  public List<Question> questions() {
    return questions;
  }

  /**
   * Whose number this route gives: the same as the route's own start page, so a person sees one
   * number for "call us now" from start to confirmation (the LADO route's start page is among the
   * professionals' pages).
   */
  public Audience audience() {
    return this == LADO ? Audience.PROFESSIONAL : Audience.PUBLIC;
  }

  /** A child or a parent may be seen using these pages: they get GOV.UK's "Exit this page". */
  public boolean personMayBeAtRisk() {
    return this != LADO;
  }

  public static Optional<ShortRoute> byPath(String path) {
    return Arrays.stream(values()).filter(r -> r.path.equals(path)).findFirst();
  }

  /** The stored document: every question and answer in order, and the structured parts. */
  public ReferralDocument document(Answers answers) {
    List<ReferralDocument.Answer> asked = new ArrayList<>();
    for (Question question : questions) {
      asked.add(new ReferralDocument.Answer(question.heading(), question.shown(answers)));
    }
    boolean anonymous = this == CHILD || answers.is("you.identity", "anonymous") || (this == LADO && answers.value("you.identity") == null);
    ReferralDocument.Referrer referrer =
        this == CHILD
            ? new ReferralDocument.Referrer(text(answers, "name"), "The child or young person themselves", null, null, null, text(answers, "contact"))
            : anonymous
                ? null
                : new ReferralDocument.Referrer(
                    text(answers, "you.name"), this == PARENT_CARER ? "Parent or carer asking for help" : null, null, null,
                    text(answers, "you.email"), text(answers, "you.phone"));
    String summary = text(answers, this == PARENT_CARER ? "worry" : "what");
    return ReferralDocument.from(route)
        .referrer(referrer)
        .children(children(answers))
        .concern(new ReferralDocument.Concern(summary, null, List.of(HarmCategory.NOT_SURE), false, null, text(answers, "who")))
        .adult(
            this == LADO
                ? new ReferralDocument.AdultWhoWorksWithChildren(
                    text(answers, "adult"), text(answers, "employer"), text(answers, "role"), answers.values("criteria"), summary,
                    text(answers, "knows"))
                : null)
        .answers(asked)
        .build();
  }

  private List<ReferralDocument.Child> children(Answers answers) {
    return switch (this) {
      case CHILD -> List.of(child(text(answers, "name"), text(answers, "age"), text(answers, "where"), null));
      case PARENT_CARER -> {
        String address = text(answers, "address");
        yield List.of(child(null, null, text(answers, "children"), address == null ? null : new ReferralDocument.Address(address, null, null, null)));
      }
      case LADO -> text(answers, "children") == null ? List.of() : List.of(child(null, null, text(answers, "children"), null));
    };
  }

  private static ReferralDocument.Child child(String firstName, String age, String description, ReferralDocument.Address address) {
    return new ReferralDocument.Child(firstName, null, null, null, age, description, null, null, null, null, null, address);
  }
}
