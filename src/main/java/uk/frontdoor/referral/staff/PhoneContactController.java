package uk.frontdoor.referral.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
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
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.journey.Answers;
import uk.frontdoor.platform.journey.Journey;
import uk.frontdoor.platform.journey.Question;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.Receipt;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.ReferralSummary;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Submission;
import uk.frontdoor.referral.journeys.Asking;
import uk.frontdoor.referral.journeys.PhoneCall;

/**
 * A call handler records a phone call ({@link PhoneCall}) through the council's set questions,
 * rates how urgent it is, and submits it into the same pipeline as an online referral.
 */
@Controller
@PreAuthorize("hasAnyRole('CALL_HANDLER', 'EDT_WORKER')")
@RequestMapping("/staff/phone-contacts")
record PhoneContactController(Authorities authorities, Referrals referrals, Clock clock) {

  @GetMapping
  String list(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("contacts", referrals.phoneContacts(me.authorityId()));
    return "referral/staff/phone-contacts";
  }

  @GetMapping("/new")
  String start(@AuthenticationPrincipal StaffUser me, Model model) {
    return form(councilOf(me), new Answers(), new FieldErrors(), model);
  }

  @PostMapping("/new")
  String record(
      @AuthenticationPrincipal StaffUser me,
      @RequestParam MultiValueMap<String, String> posted,
      Model model) {
    Authority council = councilOf(me);
    Journey<Asking> call = PhoneCall.journey(council.phoneQuestions());
    Asking asking = new Asking(council, LocalDate.ofInstant(clock.instant(), UkTime.ZONE));
    Answers answers = new Answers();
    String token = posted.getFirst("token");
    if (token != null && !token.isBlank() && token.length() <= 100) {
      // The same call sent twice (a double click, a retry) is one contact.
      answers.token = token;
    }
    FieldErrors errors = call.answer(call.page(PhoneCall.PAGE).orElseThrow(), posted, answers, asking);
    if (!errors.isEmpty()) {
      return form(council, answers, errors, model);
    }
    Receipt receipt =
        referrals.submit(
            new Submission(
                me.authorityId(), Channel.PHONE, PhoneCall.document(answers, council.phoneQuestions(), asking),
                "phone-" + answers.token, null, null));
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
    model.addAttribute("contact", contact);
    model.addAttribute("call", document.phoneContact());
    model.addAttribute("urgency", PhoneCall.URGENCY.get(document.phoneContact().urgency()));
    return "referral/staff/phone-contact-recorded";
  }

  private String form(Authority council, Answers form, FieldErrors errors, Model model) {
    model.addAttribute("questions", council.phoneQuestions());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors.ordered());
    model.addAttribute("callerOptions", PhoneCall.CALLERS);
    model.addAttribute("urgencyOptions", PhoneCall.URGENCY);
    model.addAttribute("harmOptions", Labelled.options(HarmCategory.values()));
    model.addAttribute("yesNo", Question.YES_NO);
    return "referral/staff/phone-contact";
  }

  private Authority councilOf(StaffUser me) {
    return authorities.get(me.authorityId());
  }
}
