package uk.frontdoor.lado.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.lado.Adult;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.journey.Answers;
import uk.frontdoor.platform.journey.Journey;
import uk.frontdoor.platform.journey.Page;
import uk.frontdoor.platform.journey.Question;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Route;
import uk.frontdoor.referral.Submission;

/**
 * A consultation by phone: the LADO records a call from an employer or another professional about
 * an adult who works with children, and it becomes an allegation like any other, to be considered
 * (and closed with advice where the harm test does not apply).
 */
@Controller
@RequestMapping("/staff/lado/consultations")
@PreAuthorize("hasAnyRole('LADO', 'DEPUTY_LADO')")
record ConsultationController(Referrals referrals, Clock clock) {

  static final Journey<LocalDate> CONSULTATION =
      new Journey<>(
          Page.<LocalDate>named("consultation")
              .asks(
                  Question.text("callerName", "Caller’s name", null, 200, "Enter the caller’s name"),
                  Question.text("callerOrganisation", "Their organisation", null, 200, "Enter the caller’s organisation"),
                  Question.text("callerRole", "Their role", null, 200, null),
                  Question.text("callerPhone", "Their phone number", null, 40, null),
                  Question.text("callerEmail", "Their email address", null, 320, null),
                  Question.text("adultName", "The adult’s name", null, 200, "Enter the adult’s name, or ‘Not known’"),
                  Question.text("adultRole", "Their role", null, 200, null),
                  Question.text("adultEmployer", "Where they work or volunteer", null, 200, "Enter where they work or volunteer"),
                  Question.radios("sector", "Which sector do they work in?", null, "Select the sector they work in", Adult.SECTORS),
                  Question.textarea("told", "What the caller told you", null, "Enter what the caller told you").atMost(20_000),
                  Question.textarea("children", "The children involved", null, null).atMost(5000),
                  Question.date("aware", "When did the employer become aware of it?"),
                  Question.text("awareTime", "Time (if known)", null, 10, null))
              .checks(ConsultationController::check));

  @GetMapping("/new")
  String form(Model model) {
    return page(new Answers(), new FieldErrors(), UUID.randomUUID().toString(), model);
  }

  @PostMapping("/new")
  String record(
      @AuthenticationPrincipal StaffUser me,
      @RequestParam MultiValueMap<String, String> posted,
      @RequestParam(required = false) String token,
      Model model) {
    Answers answers = new Answers();
    FieldErrors errors = CONSULTATION.answer(CONSULTATION.pages().get(0), posted, answers, today());
    String key = token == null || !token.matches("[0-9a-f-]{36}") ? UUID.randomUUID().toString() : token;
    if (!errors.isEmpty()) {
      return page(answers, errors, key, model);
    }
    String reference =
        referrals.submit(new Submission(me.authorityId(), Channel.PHONE, document(answers), "lado-consultation:" + key, null, null))
            .reference();
    return "redirect:/staff/lado/consultations/" + reference;
  }

  @GetMapping("/{reference}")
  String recorded(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, Model model) {
    referrals.find(me.authorityId(), reference)
        .filter(r -> r.route() == Route.LADO && r.channel() == Channel.PHONE)
        .orElseThrow(() -> new NotFoundException(reference));
    model.addAttribute("reference", reference);
    return "lado/consultation-recorded";
  }

  private String page(Answers answers, FieldErrors errors, String token, Model model) {
    model.addAttribute("form", answers);
    model.addAttribute("errors", errors.ordered());
    model.addAttribute("sectors", Adult.SECTORS);
    model.addAttribute("token", token);
    return "lado/consultation";
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), UkTime.ZONE);
  }

  /** A phone number or an email address to call back; a real, past date of awareness with a time if given. */
  private static void check(Answers answers, FieldErrors errors, LocalDate today) {
    String phone = errors.phone("callerPhone", answers.value("callerPhone"), false, null);
    String email = errors.email("callerEmail", answers.value("callerEmail"), false, null);
    if (phone == null && email == null && !errors.has("callerPhone") && !errors.has("callerEmail")) {
      errors.add("callerPhone", "Enter a phone number or an email address to reach the caller");
    }
    errors.typedDate("awareDay", "The date the employer became aware", answers.value("awareDay"), answers.value("awareMonth"),
            answers.value("awareYear"))
        .filter(day -> day.isAfter(today) || day.isBefore(today.minusYears(10)))
        .ifPresent(day -> errors.add("awareDay", "The date the employer became aware must be in the last 10 years, and not in the future"));
    errors.typedTime("awareTime", answers.value("awareTime"));
  }

  private static ReferralDocument document(Answers answers) {
    String told = FieldErrors.clean(answers.value("told"));
    String children = FieldErrors.clean(answers.value("children"));
    return ReferralDocument.from(Route.LADO)
        .referrer(new ReferralDocument.Referrer(
            FieldErrors.clean(answers.value("callerName")), null, FieldErrors.clean(answers.value("callerOrganisation")),
            FieldErrors.clean(answers.value("callerRole")), FieldErrors.clean(answers.value("callerEmail")),
            FieldErrors.clean(answers.value("callerPhone"))))
        .children(children == null ? List.of()
            : List.of(new ReferralDocument.Child(null, null, null, null, null, children, null, null, null, null, null, null)))
        .concern(new ReferralDocument.Concern(told, null, List.of(HarmCategory.NOT_SURE), false, null, null))
        .adult(new ReferralDocument.AdultWhoWorksWithChildren(
            FieldErrors.clean(answers.value("adultName")), FieldErrors.clean(answers.value("adultEmployer")),
            FieldErrors.clean(answers.value("adultRole")), List.of(), told, null, null, answers.value("sector"), null,
            FieldErrors.typedMoment(answers.value("awareDay"), answers.value("awareMonth"), answers.value("awareYear"),
                answers.value("awareTime"), UkTime.ZONE).orElse(null), null))
        .build();
  }
}
