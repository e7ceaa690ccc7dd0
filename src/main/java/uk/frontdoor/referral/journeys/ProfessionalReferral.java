package uk.frontdoor.referral.journeys;

import static uk.frontdoor.referral.journeys.ChildPages.CHILDREN;
import static uk.frontdoor.referral.journeys.ChildPages.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.OfficeHours;
import uk.frontdoor.authority.ReferralType;
import uk.frontdoor.people.NhsNumber;
import uk.frontdoor.people.Upn;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.journey.Answers;
import uk.frontdoor.platform.journey.Journey;
import uk.frontdoor.platform.journey.Page;
import uk.frontdoor.platform.journey.Question;
import uk.frontdoor.referral.ConsentStatus;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Route;

/**
 * A signed-in professional's Safeguarding or Early Help referral, one subject a page, saved after
 * every page so it can be finished later.
 */
public final class ProfessionalReferral {

  private ProfessionalReferral() {}

  /** The kind of referral that goes to the council's LADO, not the MASH: every council has a LADO. */
  static final String LADO = "LADO";

  static final Map<String, String> TYPES =
      Question.choices(
          "SAFEGUARDING", "Safeguarding referral – I think the child is in need or at risk of significant harm",
          "EARLY_HELP", "Early Help referral – the family needs support to stop problems getting worse",
          LADO, "Allegation against an adult who works with children – for the Local Authority Designated Officer (LADO)");
  static final Map<String, String> CONSENT =
      Question.choices(
          "GIVEN", "The parents know about this referral and agree to it",
          "NOT_SOUGHT_RISK", "I have not asked, because it would increase the risk to the child",
          "REFUSED", "I asked and the parents refused");
  static final Map<String, String> LEVELS = Question.choices("1", "Level 1", "2", "Level 2", "3", "Level 3", "4", "Level 4");

  static final Question TYPE =
      Question.radios("referralType", "What kind of referral are you making?", null, "Select the kind of referral you are making", TYPES);
  public static final Question HOUSEHOLD =
      Question.textarea("household", "Parents, carers and household", null,
          "Enter who has parental responsibility and who lives in the household, as far as you know").atMost(5000);
  public static final Question SUMMARY =
      Question.textarea("summary", "What is your concern?", null, "Enter your concern").atMost(20_000).named("Your concern");
  public static final Question EVIDENCE =
      Question.textarea("evidence", "What have you seen, or been told, and by whom?", null, null).atMost(20_000)
          .named("What you have seen or been told");
  public static final Question HARM =
      Question.checkboxes("harm", "What kinds of harm are you worried about?", null,
          "Select the kinds of harm you are worried about, or select ‘I’m not sure’", Labelled.options(HarmCategory.values()));
  public static final Question ACTIONS =
      Question.textarea("agencyActions", "What has your agency already done?", null,
          "Enter what your agency has already done, or say that it has done nothing yet").atMost(20_000)
          .named("What your agency has done");
  public static final Question LEVEL =
      Question.radios("thresholdLevel", "Which level of need do you think applies?", null,
          "Select the level of need you think applies", LEVELS);
  public static final Question CONSENT_GIVEN =
      Question.radios("consent", "Do the parents know about this referral and agree to it?", null,
          "Select whether the parents know about and agree to this referral", CONSENT);
  static final Question CONSENT_REASON =
      Question.textarea("consentReason", "If you have not asked, or they refused, tell us why", null, null).atMost(5000)
          .named("The reason");

  private static final String UNNAMED = "Child whose name you did not know";

  /** The parts of the harm test (Keeping Children Safe in Education, Part 4), as an employer is asked them. */
  static final Map<String, String> HARM_TEST =
      Question.choices(
          "HARMED", "Behaved in a way that has harmed, or may have harmed, a child",
          "OFFENCE", "Possibly committed a criminal offence against a child, or related to a child",
          "RISK", "Behaved towards a child or children in a way that shows they may pose a risk of harm to children",
          "UNSUITABLE", "Behaved in a way that shows they may not be suitable to work with children");

  static final Question ADULT_NAME = Question.text("adultName", "Their full name", null, 200, "Enter the adult’s full name");
  static final Question ADULT_BORN = Question.date("adultBorn", "Their date of birth");
  static final Question ADULT_ROLE =
      Question.text("adultRole", "Their role", null, 200, "Enter their role, like teaching assistant or minibus driver");
  static final Question ADULT_EMPLOYER =
      Question.text("adultEmployer", "Where they work or volunteer", null, 200, "Enter where they work or volunteer");
  static final Question SECTOR =
      Question.radios("sector", "Which sector do they work in?", null, "Select the sector they work in",
          ReferralDocument.AdultWhoWorksWithChildren.SECTORS);
  static final Question OTHER_ROLES =
      Question.textarea("otherRoles", "Do they have other roles with children?", null, null).atMost(2000)
          .named("Their other roles with children");
  static final Question CRITERIA =
      Question.checkboxes("criteria", "What do you think they have done?", null, "Select what you think they have done", HARM_TEST);
  static final Question ALLEGATION =
      Question.textarea("allegation", "What happened, or what is alleged?", null, "Enter what happened, or what is alleged")
          .atMost(20_000).named("What happened");
  static final Question AWARE = Question.date("aware", "When did your organisation become aware of it?");
  static final Question AWARE_TIME = Question.text("awareTime", "Time (if known)", null, 10, null);
  static final Question EMPLOYER_ACTIONS =
      Question.textarea("employerActions", "What has your organisation done so far?", null,
          "Enter what your organisation has done so far, or say that it has done nothing yet").atMost(20_000)
          .named("What your organisation has done");
  static final Question WHO_KNOWS =
      Question.textarea("whoKnows", "Who else has been told?", null, null).atMost(5000).named("Who else has been told");

  /** The pages in the order asked. */
  public static final Journey<Asking> JOURNEY =
      new Journey<>(
          Page.<Asking>named("type")
              .asks(TYPE)
              .checks(
                  (answers, errors, asking) -> {
                    if (!errors.has("referralType") && !lado(answers) && type(answers, asking.authority()) == null) {
                      errors.add("referralType", "Select the kind of referral you are making");
                    }
                  })
              .reads((answers, asking) -> List.of(new Page.Row("Kind of referral", TYPE.shown(answers)))),
          Page.<Asking>named("you")
              .asks(
                  Question.text("name", "Your name", null, 200, "Enter your name"),
                  Question.text("role", "Your role", null, 200, "Enter your role, like designated safeguarding lead"),
                  Question.text("organisation", "Your organisation", null, 200, "Enter your organisation"),
                  Question.text("phone", "Phone number", null, 40, null),
                  Question.text("phoneCallReference", "The reference of your call", null, 20, null))
              .checks(ProfessionalReferral::checkYou)
              .then((answers, asking) -> answers.checking ? null : answers.group(CHILDREN).isEmpty() ? "child" : CHILDREN)
              .reads((answers, asking) -> List.of(new Page.Row("You", you(answers), null))),
          Page.<Asking>named("child")
              .repeats(CHILDREN, ChildPages.MOST_CHILDREN)
              .asks(
                  Question.text("firstName", "First name", null, 100, null),
                  Question.text("lastName", "Last name", null, 100, null),
                  ChildPages.DATE_OF_BIRTH, ChildPages.EXPECTED_DATE,
                  Question.text("nhsNumber", "NHS number", null, 20, null),
                  Question.text("upn", "Unique Pupil Number", null, 20, null),
                  Question.text("school", "School or nursery", null, 200, null),
                  Question.text("gp", "GP practice", null, 200, null),
                  Question.text("addressLine1", "House number and street", null, 200, null),
                  Question.text("town", "Town or city", null, 100, null),
                  Question.text("postcode", "Postcode", null, 20, null))
              .checks(
                  (child, errors, asking) -> {
                    if (ChildPages.present(child.value("firstName"), child.value("lastName")).isEmpty()) {
                      errors.add("firstName", "Enter the child’s first name or last name");
                    }
                  })
              .checks(ChildPages::checkDates)
              .checks((child, errors, asking) -> ChildPages.checkIdentifiers(child, errors))
              .checks((child, errors, asking) -> ChildPages.checkPostcode(child, errors))
              .then((answers, asking) -> CHILDREN)
              .reads((child, asking) -> List.of(new Page.Row("Child {n}", childLines(child), null))),
          ChildPages.<Asking>addAnother(
              "Is the referral about another child?",
              "Select yes if the referral is about another child",
              "A referral can be about up to " + ChildPages.MOST_CHILDREN + " children"),
          Page.<Asking>named("adult")
              .askedWhen((answers, asking) -> lado(answers))
              .asks(ADULT_NAME, ADULT_BORN, ADULT_ROLE, ADULT_EMPLOYER, SECTOR, OTHER_ROLES)
              .checks((answers, errors, asking) -> past(answers, errors, "adultBorn", "Their date of birth", asking, 100))
              .reads((answers, asking) -> List.of(new Page.Row("The adult", adultLines(answers, asking), null))),
          Page.<Asking>named("allegation")
              .askedWhen((answers, asking) -> lado(answers))
              .asks(CRITERIA, ALLEGATION, AWARE, AWARE_TIME)
              .checks(ProfessionalReferral::checkAware)
              .reads((answers, asking) -> List.of(
                  new Page.Row("What you think they have done", answers.values("criteria").stream().map(HARM_TEST::get).toList(), null),
                  new Page.Row("What happened", ALLEGATION.shown(answers)),
                  new Page.Row("Your organisation became aware", ChildPages.present(awareWords(answers, asking)), null))),
          Page.<Asking>named("employer")
              .askedWhen((answers, asking) -> lado(answers))
              .asks(EMPLOYER_ACTIONS, WHO_KNOWS)
              .reads((answers, asking) -> List.of(
                  new Page.Row("What your organisation has done", EMPLOYER_ACTIONS.shown(answers)),
                  new Page.Row("Who else has been told", WHO_KNOWS.shown(answers)))),
          Page.<Asking>named("household").asks(HOUSEHOLD).askedWhen((answers, asking) -> !lado(answers)),
          Page.<Asking>named("concern").asks(SUMMARY, EVIDENCE).askedWhen((answers, asking) -> !lado(answers))
              .reads((answers, asking) -> List.of(
                  new Page.Row("Your concern", SUMMARY.shown(answers)),
                  new Page.Row("What you have seen or been told", EVIDENCE.shown(answers)))),
          Page.<Asking>named("harm").asks(HARM).askedWhen((answers, asking) -> !lado(answers))
              .reads((answers, asking) -> List.of(new Page.Row("Kinds of harm",
                  answers.values("harm").stream().map(HARM.options()::get).toList(), null))),
          Page.<Asking>named("actions").asks(ACTIONS, LEVEL).askedWhen((answers, asking) -> !lado(answers))
              .reads((answers, asking) -> List.of(
                  new Page.Row("What your agency has done", ACTIONS.shown(answers)),
                  new Page.Row("Level of need", asking.authority().thresholdLevelLabels().getOrDefault(answers.value("thresholdLevel"), "")))),
          Page.<Asking>named("consent").asks(CONSENT_GIVEN, CONSENT_REASON).askedWhen((answers, asking) -> !lado(answers))
              .checks(ProfessionalReferral::checkConsent)
              .reads((answers, asking) -> List.of(new Page.Row("Consent",
                  ChildPages.present(CONSENT_GIVEN.shown(answers), answers.value("consentReason")), null))));

  private static void checkYou(Answers answers, FieldErrors errors, Asking asking) {
    errors.phone("phone", answers.value("phone"), true, "Enter a phone number we can call you on about this referral");
    String called = text(answers, "phoneCallReference");
    if (called != null && !errors.has("phoneCallReference") && !asking.phoneCallKnown().test(called)) {
      errors.add("phoneCallReference", "We cannot find a phone call with that reference. Check it, or leave it empty");
    }
  }

  private static void checkConsent(Answers answers, FieldErrors errors, Asking asking) {
    ConsentStatus status = consent(answers);
    if (status != null && status != ConsentStatus.GIVEN) {
      errors.required("consentReason", "The reason", answers.value("consentReason"), 5000,
          status == ConsentStatus.REFUSED
              ? "Enter why the parents refused, and why you are referring without their consent"
              : "Enter why asking the parents would increase the risk to the child");
    }
  }

  private static List<String> you(Answers answers) {
    List<String> lines = new ArrayList<>(ChildPages.present(answers.value("name")));
    lines.add(String.join(", ", ChildPages.present(answers.value("role"), answers.value("organisation"))));
    lines.addAll(ChildPages.present(answers.value("phone")));
    ChildPages.present(answers.value("phoneCallReference")).forEach(call -> lines.add("Follows your phone call " + call));
    return lines;
  }

  private static List<String> childLines(Answers child) {
    List<String> lines = new ArrayList<>(ChildPages.lines(child, ChildPages.DATE_OF_BIRTH, ChildPages.EXPECTED_DATE, UNNAMED));
    ChildPages.present(child.value("nhsNumber")).forEach(nhs -> lines.add("NHS number " + nhs));
    ChildPages.present(child.value("upn")).forEach(upn -> lines.add("UPN " + upn));
    ChildPages.present(child.value("school")).forEach(school -> lines.add("School or nursery: " + school));
    ChildPages.present(child.value("gp")).forEach(gp -> lines.add("GP practice: " + gp));
    List<String> address = ChildPages.present(child.value("addressLine1"), child.value("town"), child.value("postcode"));
    lines.add("Home address: " + (address.isEmpty() ? "not given" : String.join(", ", address)));
    return lines;
  }

  /** The kinds of referral the council takes, in words, and an allegation for its LADO. */
  public static Map<String, String> types(Authority authority) {
    Map<String, String> types = new LinkedHashMap<>();
    TYPES.forEach((value, words) -> {
      if (value.equals(LADO) || authority.offers(ReferralType.valueOf(value))) {
        types.put(value, words);
      }
    });
    return types;
  }

  /** The kind of referral to the MASH chosen, or null if it takes no such kind (or the LADO was chosen). */
  private static ReferralType type(Answers answers, Authority authority) {
    String chosen = String.valueOf(answers.value("referralType"));
    return types(authority).containsKey(chosen) && !chosen.equals(LADO) ? ReferralType.valueOf(chosen) : null;
  }

  /** Whether the professional is telling the LADO about an adult who works with children. */
  static boolean lado(Answers answers) {
    return LADO.equals(answers.value("referralType"));
  }

  /** A date typed on the page, if any: real, not in the future, and within so many years. */
  private static void past(Answers answers, FieldErrors errors, String id, String label, Asking asking, int years) {
    errors.typedDate(id + "Day", label, answers.value(id + "Day"), answers.value(id + "Month"), answers.value(id + "Year"))
        .ifPresent(date -> {
          if (date.isAfter(asking.today())) {
            errors.add(id + "Day", label + " must be today or in the past");
          } else if (date.isBefore(asking.today().minusYears(years))) {
            errors.add(id + "Day", label + " must be within the last " + years + " years");
          }
        });
  }

  /** When the employer became aware: a date (required) in the last ten years, and a time if known, not in the future. */
  private static void checkAware(Answers answers, FieldErrors errors, Asking asking) {
    past(answers, errors, "aware", "The date your organisation became aware", asking, 10);
    if (!errors.has("awareDay") && ChildPages.present(answers.value("awareDay"), answers.value("awareMonth"), answers.value("awareYear")).isEmpty()) {
      errors.add("awareDay", "Enter the date your organisation became aware of it");
    }
    if (!errors.has("awareTime")) {
      errors.typedTime("awareTime", answers.value("awareTime"));
    }
  }

  /** The moment the employer became aware, in UK time: its day's start when no time was given; null if not answered. */
  static java.time.Instant awareAt(Answers answers) {
    return FieldErrors.typedMoment(answers.value("awareDay"), answers.value("awareMonth"), answers.value("awareYear"),
        answers.value("awareTime"), uk.frontdoor.authority.UkTime.ZONE).orElse(null);
  }

  private static String awareWords(Answers answers, Asking asking) {
    String time = text(answers, "awareTime");
    return AWARE.shown(answers)
        + FieldErrors.parseTime(time).map(at -> " at " + OfficeHours.clock(at)).orElse("");
  }

  private static List<String> adultLines(Answers answers, Asking asking) {
    List<String> lines = new ArrayList<>(ChildPages.present(answers.value("adultName")));
    String born = ADULT_BORN.shown(answers);
    if (!born.equals("Not given")) {
      lines.add("Born " + born);
    }
    lines.add(String.join(", ", ChildPages.present(answers.value("adultRole"), answers.value("adultEmployer"))));
    ChildPages.present(SECTOR.options().get(String.valueOf(answers.value("sector")))).forEach(sector -> lines.add("Sector: " + sector));
    ChildPages.present(answers.value("otherRoles")).forEach(other -> lines.add("Other roles with children: " + other));
    return lines;
  }

  private static ConsentStatus consent(Answers answers) {
    return CONSENT.containsKey(String.valueOf(answers.value("consent"))) ? ConsentStatus.valueOf(answers.value("consent")) : null;
  }

  /** A child as the professional's list of referrals names them. */
  public static String childName(Answers child) {
    return ChildPages.name(child, UNNAMED);
  }

  /** The document stored, the professional's email as their account has it. */
  public static ReferralDocument document(Answers answers, Asking asking, String email) {
    List<ReferralDocument.Child> children =
        answers.group(CHILDREN).stream()
            .map(
                child -> {
                  FieldErrors.ChildDates dates = ChildPages.dates(child, new FieldErrors(), asking);
                  return new ReferralDocument.Child(
                      text(child, "firstName"), text(child, "lastName"), dates.born(), dates.expected(), null, null, null,
                      NhsNumber.parse(String.valueOf(child.value("nhsNumber"))).map(NhsNumber::value).orElse(null),
                      Upn.parse(String.valueOf(child.value("upn"))).map(Upn::value).orElse(null),
                      text(child, "school"), text(child, "gp"), ChildPages.address(child));
                })
            .toList();
    ReferralDocument.Referrer referrer =
        new ReferralDocument.Referrer(
            text(answers, "name"), null, text(answers, "organisation"), text(answers, "role"), email, text(answers, "phone"));
    if (lado(answers)) {
      String allegation = text(answers, "allegation");
      return ReferralDocument.from(Route.LADO)
          .referrer(referrer)
          .children(children)
          .concern(new ReferralDocument.Concern(allegation, null, List.of(HarmCategory.NOT_SURE), false, null, null))
          .adult(
              new ReferralDocument.AdultWhoWorksWithChildren(
                  text(answers, "adultName"), text(answers, "adultEmployer"), text(answers, "adultRole"), answers.values("criteria"),
                  allegation, text(answers, "whoKnows"),
                  new FieldErrors().typedDate("adultBornDay", "", answers.value("adultBornDay"), answers.value("adultBornMonth"),
                      answers.value("adultBornYear")).orElse(null),
                  text(answers, "sector"), text(answers, "otherRoles"), awareAt(answers), text(answers, "employerActions")))
          .followsPhoneCall(text(answers, "phoneCallReference"))
          .build();
    }
    return ReferralDocument.from(Route.PROFESSIONAL)
        .referralType(type(answers, asking.authority()))
        .referrer(referrer)
        .children(children)
        .familyNotes(text(answers, "household"))
        .concern(
            new ReferralDocument.Concern(
                text(answers, "summary"), null, answers.values("harm").stream().map(HarmCategory::valueOf).toList(), false, null,
                text(answers, "evidence")))
        .consent(new ReferralDocument.Consent(consent(answers), text(answers, "consentReason")))
        .agencyActions(text(answers, "agencyActions"))
        .thresholdLevel(Integer.valueOf(answers.value("thresholdLevel")))
        .followsPhoneCall(text(answers, "phoneCallReference"))
        .build();
  }

  /** The choices the pages offer, for their templates. */
  public static Map<String, Object> options(Authority authority) {
    return Map.of(
        "typeOptions", types(authority), "consentOptions", CONSENT, "harmOptions", HARM.options(),
        "sectorOptions", SECTOR.options(), "harmTestOptions", HARM_TEST,
        "levelOptions", authority.thresholdLevelLabels(), "yesNo", Question.YES_NO);
  }
}
