package uk.frontdoor.lado.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
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
import uk.frontdoor.lado.Retention;
import uk.frontdoor.lado.Strand;
import uk.frontdoor.lado.Strands;
import uk.frontdoor.lado.HarmTest;
import uk.frontdoor.authority.CouncilCalendars;
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
@PreAuthorize("hasAnyRole('LADO', 'DEPUTY_LADO')")
record LadoController(Allegations allegations, Strands strands, Retention retention, Referrals referrals,
    CouncilCalendars calendars, Clock clock) {

  /** How a LADO form's good answers are recorded. */
  private interface Recorder {
    void record(Allegations allegations, StaffUser me, Allegation allegation, Answers answers);
  }

  /**
   * A LADO form: its questions, the statuses it is shown in, how its answers are recorded, and
   * where on the allegation's page it returns to.
   */
  private record LadoForm(Journey<LocalDate> journey, Predicate<AllegationStatus> shown, Recorder recorder, String back) {
    /** A form that is shown while the allegation's status allows the command it leads to. */
    static LadoForm leadingTo(Journey<LocalDate> journey, AllegationStatus.Command command, Recorder recorder) {
      return new LadoForm(journey, status -> AllegationStatus.WORKFLOW.allowed(status, command), recorder, "");
    }
  }

  /** The LADO's forms by their address: the initial consideration, the outcome, a meeting. */
  private static final Map<String, LadoForm> FORMS = Map.of(
      LadoForms.CONSIDERATION,
      LadoForm.leadingTo(LadoForms.INITIAL_CONSIDERATION, AllegationStatus.Command.MANAGE, (allegations, me, allegation, answers) -> {
        List<HarmTest> harmTest = LadoForms.harmTest(answers);
        allegations.consider(
            me, allegation, LadoForms.adultOf(answers), harmTest, harmTest.isEmpty() ? FieldErrors.clean(answers.value("advice")) : null);
      }),
      LadoForms.OUTCOME,
      LadoForm.leadingTo(LadoForms.CONCLUSION, AllegationStatus.Command.CONCLUDE, (allegations, me, allegation, answers) ->
          allegations.conclude(me, allegation, Finding.valueOf(answers.value("finding")), answers.value("employerAction"),
              answers.value("regulator"), FieldErrors.clean(answers.value("notes")))),
      // Meetings are held while the allegation is managed (Allegations.recordMeeting refuses one at any other time).
      LadoForms.MEETING,
      new LadoForm(LadoForms.meeting(), status -> status == AllegationStatus.MANAGED, (allegations, me, allegation, answers) ->
          allegations.recordMeeting(me, allegation, LadoForms.meetingOf(answers)), "#meetings"));

  @GetMapping
  String list(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("allegations", allegations.visibleTo(me));
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
            : EmployerAware.of(document.adult().employerAwareAt(), allegation.receivedAt(), clock.instant(), calendars.of(me.authorityId())));
    model.addAttribute("consideration", allegations.consideration(me.authorityId(), allegation.id()).orElse(null));
    model.addAttribute("outcome", allegations.outcome(me.authorityId(), allegation.id()).orElse(null));
    model.addAttribute("history", allegations.history(me.authorityId(), allegation.id()));
    model.addAttribute("meetings", allegations.meetings(me.authorityId(), allegation.id()));
    List<Strand> strandList = strands.of(me.authorityId(), allegation.id());
    model.addAttribute("strands", strandList);
    model.addAttribute("strandEnquiries", strands.linkedEnquiries(me, allegation, strandList));
    model.addAttribute("today", LocalDate.ofInstant(clock.instant(), UkTime.ZONE));
    model.addAttribute("adult", allegations.adult(me.authorityId(), allegation.id()).orElse(null));
    model.addAttribute("kept", retention.of(me.authorityId(), allegation, allegations.adult(me.authorityId(), allegation.id()),
        allegations.outcome(me.authorityId(), allegation.id())).orElse(null));
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
    return form(me, allegation, FORMS.get(LadoForms.CONSIDERATION), answers, new FieldErrors(), model);
  }

  @GetMapping("/{reference}/{form:" + LadoForms.OUTCOME + "|" + LadoForms.MEETING + "}")
  String form(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, @PathVariable String form, Model model) {
    return form(me, opened(me, reference), FORMS.get(form), new Answers(), new FieldErrors(), model);
  }

  /**
   * Checks a form's answers and, if they are good, records them; if the allegation moved on
   * meanwhile (another tab, a colleague), its page says so.
   */
  @PostMapping("/{reference}/{form:" + LadoForms.CONSIDERATION + "|" + LadoForms.OUTCOME + "|" + LadoForms.MEETING + "}")
  String submit(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String reference,
      @PathVariable("form") String name,
      @RequestParam MultiValueMap<String, String> posted,
      Model model) {
    LadoForm form = FORMS.get(name);
    Allegation allegation = opened(me, reference);
    Answers answers = new Answers();
    Journey<LocalDate> journey = form.journey();
    FieldErrors errors = journey.answer(journey.pages().get(0), posted, answers, LocalDate.ofInstant(clock.instant(), UkTime.ZONE));
    if (!errors.isEmpty()) {
      return form(me, allegation, form, answers, errors, model);
    }
    try {
      form.recorder().record(allegations, me, allegation, answers);
      return "redirect:/staff/lado/" + allegation.reference() + form.back();
    } catch (MoveRefusedException | IllegalStateException e) {
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

  /** A LADO form, shown only while the allegation's status allows it. */
  private String form(StaffUser me, Allegation allegation, LadoForm form, Answers answers, FieldErrors errors, Model model) {
    Page<LocalDate> page = form.journey().pages().get(0);
    if (!form.shown().test(allegation.status())) {
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
    model.addAttribute("actions", java.util.stream.IntStream.rangeClosed(1, LadoForms.MOST_ACTIONS).boxed().toList());
    return "lado/" + page.name();
  }

  private Allegation opened(StaffUser me, String reference) {
    return allegations.open(me, reference).orElseThrow(() -> new NotFoundException(reference));
  }
}
