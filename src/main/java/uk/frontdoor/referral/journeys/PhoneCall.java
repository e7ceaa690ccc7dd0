package uk.frontdoor.referral.journeys;

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
 * A call handler records a phone call on one page: who called, the child, the concern and the
 * council's own set questions, how urgent it is. One page, so no check page: the call handler
 * reads it back to the caller as they go.
 */
public final class PhoneCall {

  private PhoneCall() {}

  public static final String PAGE = "call";
  private static final int SHORT = 200;
  private static final int LONG = 20_000;

  public static final Map<String, String> CALLERS =
      Question.choices(
          "MEMBER_OF_PUBLIC", "Member of the public or relative",
          "PROFESSIONAL", "Professional",
          "PARENT_CARER", "Parent or carer asking for help",
          "CHILD", "Child or young person about themselves",
          "ANONYMOUS", "Caller who will not give their name");
  public static final Map<String, String> URGENCY =
      Question.choices(
          "RED", "Red – the child may be at risk of significant harm now: pass to the MASH straight away",
          "AMBER", "Amber – a safeguarding concern that needs a MASH decision today",
          "GREEN", "Green – a concern about the child’s needs, not an immediate risk");

  /** The call's one page, with the council's own set questions after the concern. */
  public static Journey<Asking> journey(List<String> councilQuestions) {
    List<Question> asked =
        new ArrayList<>(
            List.of(
                Question.radios("callerType", "Who is calling?", null, "Select who is calling", CALLERS),
                Question.text("callerName", "Caller’s name", null, SHORT, null),
                Question.text("callerPhone", "Caller’s phone number", null, 40, null),
                Question.text("callerEmail", "Caller’s email address", null, 320, null),
                Question.text("callerOrganisation", "Caller’s organisation", null, SHORT, null),
                Question.text("callerRole", "Caller’s role or relationship to the child", null, SHORT, null),
                Question.text("confidential", "Keep the caller’s name from the family", null, 3, null),
                Question.text("firstName", "Child’s first name", null, SHORT, null),
                Question.text("lastName", "Child’s last name", null, SHORT, null),
                Question.date("dob", "Date of birth"),
                Question.text("childDescription", "Description of the child", null, 2_000, null),
                Question.text("addressLine1", "Address", null, SHORT, null),
                Question.text("town", "Town or city", null, SHORT, null),
                Question.text("postcode", "Postcode", null, 20, null),
                Question.textarea("summary", "The concern in a sentence or two", null, "Enter the concern in a sentence or two")
                    .atMost(LONG).named("The concern")));
    for (int i = 0; i < councilQuestions.size(); i++) {
      asked.add(Question.textarea("answer" + i, councilQuestions.get(i), null, null).atMost(LONG).named("The answer"));
    }
    asked.addAll(
        List.of(
            Question.checkboxes("harm", "What kinds of harm is the caller worried about?", null,
                "Select the kinds of harm the caller is worried about, or ‘I’m not sure’", Labelled.options(HarmCategory.values())),
            Question.radios("immediateDanger", "Is the child in danger now?", null,
                "Select whether the child is in danger now", Question.YES_NO),
            Question.radios("urgency", "How urgent is it?", null, "Select how urgent this is", URGENCY),
            Question.text("writtenReferralDue", "A written referral is due", null, 3, null),
            Question.textarea("handlerNotes", "Your notes", null, null).atMost(LONG)));
    return new Journey<>(
        Page.<Asking>named(PAGE).asks(asked.toArray(Question[]::new)).checks(PhoneCall::checkCall));
  }

  private static void checkCall(Answers call, FieldErrors errors, Asking asking) {
    boolean anonymous = call.is("callerType", "ANONYMOUS");
    boolean professional = call.is("callerType", "PROFESSIONAL");
    if (anonymous) {
      // A caller who will not give their name leaves no identity, whatever was typed before.
      for (String key : List.of("callerName", "callerPhone", "callerEmail")) {
        call.put(key, List.of());
      }
    } else {
      errors.required("callerName", "Caller’s name", call.value("callerName"), SHORT,
          "Enter the caller’s name, or select that they will not give it");
      errors.email("callerEmail", call.value("callerEmail"), false, null);
    }
    if (professional) {
      errors.required("callerOrganisation", "Caller’s organisation", call.value("callerOrganisation"), SHORT,
          "Enter the professional’s organisation");
    }
    if (ChildPages.present(call.value("firstName"), call.value("lastName"), call.value("childDescription")).isEmpty()) {
      errors.add("firstName", "Enter the child’s name, or describe the child if the caller does not know it");
    }
    errors.dateOfBirth("dobDay", call.value("dobDay"), call.value("dobMonth"), call.value("dobYear"), asking.today());
    ChildPages.checkPostcode(call, errors);
    if (call.is("writtenReferralDue", "yes") && !professional) {
      errors.add("writtenReferralDue",
          "Only a professional caller is asked for a written referral: untick it, or select that the caller is a professional");
    }
  }

  /** The call as stored, with the council's set questions each under its own words. */
  public static ReferralDocument document(Answers call, List<String> councilQuestions, Asking asking) {
    boolean anonymous = call.is("callerType", "ANONYMOUS");
    boolean professional = call.is("callerType", "PROFESSIONAL");
    String name = text(call, "callerName");
    String phone = text(call, "callerPhone");
    String role = text(call, "callerRole");
    List<ReferralDocument.Answer> answers = new ArrayList<>();
    for (int i = 0; i < councilQuestions.size(); i++) {
      String answer = text(call, "answer" + i);
      if (answer != null) {
        answers.add(new ReferralDocument.Answer(councilQuestions.get(i), answer));
      }
    }
    ReferralDocument.Child child =
        new ReferralDocument.Child(
            text(call, "firstName"), text(call, "lastName"),
            new FieldErrors().dateOfBirth("dobDay", call.value("dobDay"), call.value("dobMonth"), call.value("dobYear"), asking.today())
                .orElse(null),
            null, null, text(call, "childDescription"), null, null, null, null, null, ChildPages.address(call));
    return ReferralDocument.from(anonymous ? Route.MEMBER_OF_PUBLIC : Route.valueOf(call.value("callerType")))
        .referrer(
            anonymous
                ? null
                : new ReferralDocument.Referrer(
                    name, professional ? null : role, text(call, "callerOrganisation"), professional ? role : null,
                    text(call, "callerEmail"), phone))
        .confidential(!anonymous && call.is("confidential", "yes"))
        .children(List.of(child))
        .concern(
            new ReferralDocument.Concern(
                text(call, "summary"), null, call.values("harm").stream().map(HarmCategory::valueOf).toList(),
                call.is("immediateDanger", "yes"), null, null))
        .phoneContact(
            new ReferralDocument.PhoneContact(name, phone, call.value("urgency"), call.is("writtenReferralDue", "yes"),
                text(call, "handlerNotes")))
        .answers(answers)
        .build();
  }
}
