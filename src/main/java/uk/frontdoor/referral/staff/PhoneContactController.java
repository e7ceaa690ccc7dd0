package uk.frontdoor.referral.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.WhenText;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.Receipt;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.ReferralSummary;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Route;
import uk.frontdoor.referral.Submission;
import uk.frontdoor.referral.internal.Postcodes;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.journey.Question;

/**
 * A call handler records a phone call through the council's set questions, rates how urgent it
 * is, and submits it into the same pipeline as an online referral.
 */
@Controller
@PreAuthorize("hasAnyRole('CALL_HANDLER', 'EDT_WORKER')")
@RequestMapping("/staff/phone-contacts")
class PhoneContactController {

  private static final int SHORT = 200;
  private static final int LONG = 20_000;

  static final Map<String, String> CALLERS =
      Question.choices(
          "MEMBER_OF_PUBLIC", "Member of the public or relative",
          "PROFESSIONAL", "Professional",
          "PARENT_CARER", "Parent or carer asking for help",
          "CHILD", "Child or young person about themselves",
          "ANONYMOUS", "Caller who will not give their name");
  static final Map<String, String> URGENCY =
      Question.choices(
          "RED", "Red – the child may be at risk of significant harm now: pass to the MASH straight away",
          "AMBER", "Amber – a safeguarding concern that needs a MASH decision today",
          "GREEN", "Green – a concern about the child’s needs, not an immediate risk");
  static final Map<String, String> YES_NO = Question.choices("yes", "Yes", "no", "No");

  private final Authorities authorities;
  private final Referrals referrals;
  private final Clock clock;

  PhoneContactController(Authorities authorities, Referrals referrals, Clock clock) {
    this.authorities = authorities;
    this.referrals = referrals;
    this.clock = clock;
  }

  @GetMapping
  String list(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("council", councilOf(me));
    model.addAttribute("contacts", referrals.phoneContacts(me.authorityId()));
    model.addAttribute("when", new WhenText(clock.instant()));
    return "referral/staff/phone-contacts";
  }

  @GetMapping("/new")
  String start(@AuthenticationPrincipal StaffUser me, Model model) {
    return form(councilOf(me), new PhoneContactForm(), new FieldErrors(), model);
  }

  @PostMapping("/new")
  String record(
      @AuthenticationPrincipal StaffUser me,
      @RequestParam MultiValueMap<String, String> posted,
      Model model) {
    Authority council = councilOf(me);
    PhoneContactForm form = PhoneContactForm.of(posted, council.phoneQuestions().size());
    FieldErrors errors = new FieldErrors();
    Optional<ReferralDocument> document = check(council, form, errors);
    if (document.isEmpty()) {
      return form(council, form, errors, model);
    }
    Receipt receipt =
        referrals.submit(
            new Submission(
                me.authorityId(), Channel.PHONE, document.get(), "phone-" + form.token, null, null));
    return "redirect:/staff/phone-contacts/" + receipt.reference();
  }

  @GetMapping("/{reference}")
  String recorded(
      @AuthenticationPrincipal StaffUser me, @PathVariable String reference, Model model) {
    ReferralSummary contact =
        referrals
            .find(me.authorityId(), reference)
            .filter(found -> found.channel() == Channel.PHONE)
            .orElseThrow(() -> new NotFoundException(reference));
    ReferralDocument document = referrals.document(me.authorityId(), contact.referralId()).orElseThrow();
    Authority council = councilOf(me);
    model.addAttribute("council", council);
    model.addAttribute("contact", contact);
    model.addAttribute("call", document.phoneContact());
    model.addAttribute("urgency", URGENCY.get(document.phoneContact().urgency()));
    model.addAttribute("when", new WhenText(clock.instant()));
    return "referral/staff/phone-contact-recorded";
  }

  private String form(Authority council, PhoneContactForm form, FieldErrors errors, Model model) {
    model.addAttribute("council", council);
    model.addAttribute("questions", council.phoneQuestions());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors.ordered());
    model.addAttribute("callerOptions", CALLERS);
    model.addAttribute("urgencyOptions", URGENCY);
    model.addAttribute("harmOptions", HarmCategory.options());
    model.addAttribute("yesNo", YES_NO);
    return "referral/staff/phone-contact";
  }

  /** Checks the whole call; the document to store, or empty with the errors recorded. */
  private Optional<ReferralDocument> check(Authority council, PhoneContactForm form, FieldErrors errors) {
    boolean anonymous = "ANONYMOUS".equals(form.callerType);
    if (!CALLERS.containsKey(String.valueOf(form.callerType))) {
      errors.add("callerType", "Select who is calling");
    }
    String name =
        anonymous
            ? errors.optional("callerName", "Caller’s name", null, SHORT)
            : errors.required("callerName", "Caller’s name", form.callerName, SHORT, "Enter the caller’s name, or select that they will not give it");
    String phone = anonymous ? null : errors.optional("callerPhone", "Caller’s phone number", form.callerPhone, 40);
    String email = anonymous ? null : errors.email("callerEmail", form.callerEmail, false, null);
    boolean professional = "PROFESSIONAL".equals(form.callerType);
    String organisation =
        professional
            ? errors.required("callerOrganisation", "Caller’s organisation", form.callerOrganisation, SHORT, "Enter the professional’s organisation")
            : errors.optional("callerOrganisation", "Caller’s organisation", form.callerOrganisation, SHORT);
    String role = errors.optional("callerRole", "Caller’s role or relationship to the child", form.callerRole, SHORT);

    String firstName = errors.optional("firstName", "Child’s first name", form.firstName, SHORT);
    String lastName = errors.optional("lastName", "Child’s last name", form.lastName, SHORT);
    String description = errors.optional("childDescription", "Description of the child", form.childDescription, 2_000);
    if (firstName == null && lastName == null && description == null) {
      errors.add("firstName", "Enter the child’s name, or describe the child if the caller does not know it");
    }
    Optional<LocalDate> born =
        errors.dateOfBirth("dobDay", form.dobDay, form.dobMonth, form.dobYear, LocalDate.ofInstant(clock.instant(), UkTime.ZONE));
    String line1 = errors.optional("addressLine1", "Address", form.addressLine1, SHORT);
    String town = errors.optional("town", "Town or city", form.town, SHORT);
    String postcode = Postcodes.tidy(form.postcode, errors);

    String summary = errors.required("summary", "The concern", form.summary, LONG, "Enter the concern in a sentence or two");
    List<ReferralDocument.Answer> answers = new ArrayList<>();
    for (int i = 0; i < council.phoneQuestions().size(); i++) {
      String answer = errors.optional("answer" + i, "The answer", form.answer(i), LONG);
      if (answer != null) {
        answers.add(new ReferralDocument.Answer(council.phoneQuestions().get(i), answer));
      }
    }
    List<HarmCategory> harm = new ArrayList<>();
    for (String value : form.harm) {
      HarmCategory.named(value)
          .ifPresentOrElse(harm::add, () -> errors.add("harm", "Select the kinds of harm the caller is worried about"));
    }
    if (harm.isEmpty() && !errors.has("harm")) {
      errors.add("harm", "Select the kinds of harm the caller is worried about, or ‘I’m not sure’");
    }
    if (!YES_NO.containsKey(String.valueOf(form.immediateDanger))) {
      errors.add("immediateDanger", "Select whether the child is in danger now");
    }
    if (!URGENCY.containsKey(String.valueOf(form.urgency))) {
      errors.add("urgency", "Select how urgent this is");
    }
    if (form.writtenReferralDue && !professional) {
      errors.add("writtenReferralDue", "Only a professional caller is asked for a written referral: untick it, or select that the caller is a professional");
    }
    String notes = errors.optional("handlerNotes", "Your notes", form.handlerNotes, LONG);
    if (!errors.isEmpty()) {
      return Optional.empty();
    }

    Route route = anonymous ? Route.MEMBER_OF_PUBLIC : Route.valueOf(form.callerType);
    ReferralDocument.Referrer referrer =
        anonymous ? null : new ReferralDocument.Referrer(name, professional ? null : role, organisation, professional ? role : null, email, phone);
    ReferralDocument.Address address =
        line1 == null && town == null && postcode == null
            ? null
            : new ReferralDocument.Address(line1, null, town, postcode);
    return Optional.of(
        new ReferralDocument(
            route,
            null,
            referrer,
            !anonymous && form.confidential,
            List.of(new ReferralDocument.Child(firstName, lastName, born.orElse(null), null, null, description, null, null, null, null, null, address)),
            List.of(),
            null,
            new ReferralDocument.Concern(summary, null, harm, "yes".equals(form.immediateDanger), null, null),
            null,
            null,
            null,
            null,
            new ReferralDocument.PhoneContact(name, phone, form.urgency, form.writtenReferralDue, notes),
            answers,
            null));
  }

  private Authority councilOf(StaffUser me) {
    return authorities.get(me.authorityId());
  }
}
