package uk.frontdoor.lado.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.List;
import java.util.function.BiConsumer;
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
import uk.frontdoor.lado.Allegation;
import uk.frontdoor.lado.AllegationStatus;
import uk.frontdoor.lado.Allegations;
import uk.frontdoor.lado.EmployerAware;
import uk.frontdoor.lado.Finding;
import uk.frontdoor.lado.HarmTest;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.journey.Answers;
import uk.frontdoor.platform.journey.Journey;
import uk.frontdoor.platform.journey.Page;
import uk.frontdoor.platform.workflow.MoveRefusedException;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Referrals;

/** The LADO's list of allegations, each one's referral, and the LADO's work on it: initial consideration, then outcome. */
@Controller
@RequestMapping("/staff/lado")
@PreAuthorize("hasRole('LADO')")
class LadoController {

  private final Allegations allegations;
  private final Referrals referrals;
  private final WorkingCalendar calendar;
  private final Clock clock;

  LadoController(Allegations allegations, Referrals referrals, WorkingCalendar calendar, Clock clock) {
    this.allegations = allegations;
    this.referrals = referrals;
    this.calendar = calendar;
    this.clock = clock;
  }

  @GetMapping
  String list(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("allegations", allegations.all(me.authorityId()));
    model.addAttribute("timeliness", allegations.timeliness(me.authorityId()));
    model.addAttribute("now", clock.instant());
    return "lado/allegations";
  }

  @GetMapping("/{reference}")
  String allegation(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, Model model) {
    Allegation allegation = opened(me, reference);
    model.addAttribute("allegation", allegation);
    ReferralDocument document = referrals.document(me.authorityId(), allegation.referralId()).orElseThrow();
    model.addAttribute("document", document);
    model.addAttribute("employerAware",
        document.adult() == null || document.adult().employerAwareAt() == null
            ? null
            : EmployerAware.of(document.adult().employerAwareAt(), allegation.receivedAt(), clock.instant(), calendar));
    model.addAttribute("consideration", allegations.consideration(me.authorityId(), allegation.id()).orElse(null));
    model.addAttribute("outcome", allegations.outcome(me.authorityId(), allegation.id()).orElse(null));
    model.addAttribute("history", allegations.history(me.authorityId(), allegation.id()));
    model.addAttribute("meetings", allegations.meetings(me.authorityId(), allegation.id()));
    model.addAttribute("today", LocalDate.ofInstant(clock.instant(), UkTime.ZONE));
    model.addAttribute("adult", allegations.adult(me.authorityId(), allegation.id()).orElse(null));
    model.addAttribute("earlier", allegations.earlierAbout(me.authorityId(), allegation.id()));
    model.addAttribute("canConsider", AllegationStatus.WORKFLOW.allowed(allegation.status(), AllegationStatus.Command.MANAGE));
    model.addAttribute("canConclude", AllegationStatus.WORKFLOW.allowed(allegation.status(), AllegationStatus.Command.CONCLUDE));
    return "lado/allegation";
  }

  @GetMapping("/{reference}/" + LadoForms.CONSIDERATION)
  String considerationForm(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, Model model) {
    Allegation allegation = opened(me, reference);
    // The adult as the referrer described them, for the LADO to check and complete.
    Answers answers = new Answers();
    ReferralDocument.AdultWhoWorksWithChildren told = referrals.document(me.authorityId(), allegation.referralId()).orElseThrow().adult();
    if (told != null) {
      answers.put("adultName", told.name());
      answers.put("adultRole", told.role());
      answers.put("adultEmployer", told.employer());
      answers.put("sector", told.sector());
      answers.put("otherRoles", told.otherRoles());
      if (told.dateOfBirth() != null) {
        answers.put("adultBornDay", String.valueOf(told.dateOfBirth().getDayOfMonth()));
        answers.put("adultBornMonth", String.valueOf(told.dateOfBirth().getMonthValue()));
        answers.put("adultBornYear", String.valueOf(told.dateOfBirth().getYear()));
      }
    }
    return form(me, allegation, LadoForms.INITIAL_CONSIDERATION, AllegationStatus.Command.MANAGE, answers, new FieldErrors(), model);
  }

  @PostMapping("/{reference}/" + LadoForms.CONSIDERATION)
  String consider(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String reference,
      @RequestParam MultiValueMap<String, String> posted,
      Model model) {
    return submit(me, reference, LadoForms.INITIAL_CONSIDERATION, AllegationStatus.Command.MANAGE, posted, model, (allegation, answers) -> {
      List<HarmTest> harmTest = LadoForms.harmTest(answers);
      allegations.consider(
          me, allegation, LadoForms.adultOf(answers), harmTest, harmTest.isEmpty() ? FieldErrors.clean(answers.value("advice")) : null);
    });
  }

  @GetMapping("/{reference}/" + LadoForms.OUTCOME)
  String outcomeForm(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, Model model) {
    return form(me, opened(me, reference), LadoForms.CONCLUSION, AllegationStatus.Command.CONCLUDE, new Answers(), new FieldErrors(), model);
  }

  @PostMapping("/{reference}/" + LadoForms.OUTCOME)
  String conclude(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String reference,
      @RequestParam MultiValueMap<String, String> posted,
      Model model) {
    return submit(me, reference, LadoForms.CONCLUSION, AllegationStatus.Command.CONCLUDE, posted, model, (allegation, answers) ->
        allegations.conclude(me, allegation, Finding.valueOf(answers.value("finding")), answers.value("employerAction"),
            answers.value("regulator"), FieldErrors.clean(answers.value("notes"))));
  }

  @GetMapping("/{reference}/" + LadoForms.MEETING)
  String meetingForm(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, Model model) {
    return meetingPage(me, opened(me, reference), new Answers(), new FieldErrors(), model);
  }

  @PostMapping("/{reference}/" + LadoForms.MEETING)
  String recordMeeting(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String reference,
      @RequestParam MultiValueMap<String, String> posted,
      Model model) {
    Allegation allegation = opened(me, reference);
    Journey<LocalDate> meeting = LadoForms.meeting();
    Answers answers = new Answers();
    FieldErrors errors = meeting.answer(meeting.pages().get(0), posted, answers, LocalDate.ofInstant(clock.instant(), UkTime.ZONE));
    if (!errors.isEmpty()) {
      return meetingPage(me, allegation, answers, errors, model);
    }
    try {
      allegations.recordMeeting(me, allegation, LadoForms.meetingOf(answers));
      return "redirect:/staff/lado/" + allegation.reference() + "#meetings";
    } catch (IllegalStateException e) {
      return "redirect:/staff/lado/" + allegation.reference() + "?moved";
    }
  }

  @PostMapping("/{reference}/meetings/{meeting}/actions/{seq}/done")
  String actionDone(
      @AuthenticationPrincipal StaffUser me, @PathVariable String reference, @PathVariable UUID meeting, @PathVariable int seq) {
    Allegation allegation = opened(me, reference);
    allegations.actionDone(me, allegation, meeting, seq);
    return "redirect:/staff/lado/" + allegation.reference() + "#meetings";
  }

  private String meetingPage(StaffUser me, Allegation allegation, Answers answers, FieldErrors errors, Model model) {
    if (allegation.status() != AllegationStatus.MANAGED) {
      return "redirect:/staff/lado/" + allegation.reference();
    }
    model.addAttribute("allegation", allegation);
    model.addAttribute("form", answers);
    model.addAttribute("errors", errors.ordered());
    model.addAttribute("actions", java.util.stream.IntStream.rangeClosed(1, LadoForms.MOST_ACTIONS).boxed().toList());
    return "lado/meeting";
  }

  /**
   * Checks a form's answers and, if they are good, records them; if the allegation moved on
   * meanwhile (another tab, a colleague), its page says so.
   */
  private String submit(
      StaffUser me, String reference, Journey<LocalDate> form, AllegationStatus.Command command,
      MultiValueMap<String, String> posted, Model model, BiConsumer<Allegation, Answers> record) {
    Allegation allegation = opened(me, reference);
    Answers answers = new Answers();
    FieldErrors errors = form.answer(form.pages().get(0), posted, answers, LocalDate.ofInstant(clock.instant(), UkTime.ZONE));
    if (!errors.isEmpty()) {
      return form(me, allegation, form, command, answers, errors, model);
    }
    try {
      record.accept(allegation, answers);
      return "redirect:/staff/lado/" + allegation.reference();
    } catch (MoveRefusedException e) {
      return "redirect:/staff/lado/" + allegation.reference() + "?moved";
    }
  }

  /** A LADO form, shown only while the allegation's status allows the command it leads to. */
  private String form(
      StaffUser me, Allegation allegation, Journey<LocalDate> form, AllegationStatus.Command command, Answers answers,
      FieldErrors errors, Model model) {
    Page<LocalDate> page = form.pages().get(0);
    if (!AllegationStatus.WORKFLOW.allowed(allegation.status(), command)) {
      return "redirect:/staff/lado/" + allegation.reference();
    }
    model.addAttribute("allegation", allegation);
    model.addAttribute("form", answers);
    model.addAttribute("errors", errors.ordered());
    model.addAttribute("harmTestOptions", LadoForms.HARM_TEST.options());
    model.addAttribute("sectors", Adult.SECTORS);
    model.addAttribute("findingOptions", LadoForms.FINDING.options());
    model.addAttribute("employerActions", LadoForms.EMPLOYER_ACTION.options());
    model.addAttribute("regulators", LadoForms.REGULATOR.options());
    return "lado/" + page.name();
  }

  private Allegation opened(StaffUser me, String reference) {
    return allegations.open(me, reference).orElseThrow(() -> new NotFoundException(reference));
  }
}
