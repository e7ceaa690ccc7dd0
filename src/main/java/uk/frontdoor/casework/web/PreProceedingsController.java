package uk.frontdoor.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.PreProceeding;
import uk.frontdoor.casework.PreProceedings;
import uk.frontdoor.casework.PreProceedingsStatus;
import uk.frontdoor.casework.PreProceedings.Result;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.NotFoundException;

/**
 * A child's family group decision-making and pre-proceedings, one step a page: the FGDM offer, the
 * FGDM meeting, the letter before proceedings, a pre-proceedings meeting, a decision. Each date is
 * real, not in the future and not before the referral date or the last step; a social worker or
 * team manager.
 */
@Controller
@RequestMapping("/staff/casework/episodes/{id}/pre-proceedings/{step:fgdm-offer|fgdm-meeting|letter|meeting|decision}")
record PreProceedingsController(PreProceedings preProceedings, EpisodePages pages, Clock clock) {

  static final int MAX_REASON = 2000;

  /** A step's page: its heading, its questions (a null one is left out) and its button. */
  enum Step {
    FGDM_OFFER("fgdm-offer", "Record the offer of a family group decision-making meeting", "When was the meeting offered?",
        "Did the family accept?", ordered("yes", "Yes, the family accepted", "no", "No, the family declined"), null, "Record the offer"),
    FGDM_MEETING("fgdm-meeting", "Record the family group decision-making meeting", "When was the meeting held?",
        null, Map.of(), "What did the family decide?", "Record the meeting"),
    LETTER("letter", "Record the letter before proceedings", "When was the letter sent?",
        "Did the letter include the offer of a family group decision-making meeting?",
        ordered("yes", "Yes", "no", "No"), null, "Record the letter"),
    MEETING("meeting", "Record a pre-proceedings meeting", "When was the meeting held?", null, Map.of(), null, "Record the meeting"),
    DECISION("decision", "Record a pre-proceedings decision", "When was it decided?", "What was decided?", decisions(),
        "Why? (needed to end pre-proceedings)", "Record the decision");

    final String slug;
    final String heading;
    final String dateLegend;
    final String choiceLegend;
    final Map<String, String> choices;
    final String textLabel;
    final String button;

    Step(String slug, String heading, String dateLegend, String choiceLegend, Map<String, String> choices, String textLabel, String button) {
      this.slug = slug;
      this.heading = heading;
      this.dateLegend = dateLegend;
      this.choiceLegend = choiceLegend;
      this.choices = choices;
      this.textLabel = textLabel;
      this.button = button;
    }

    public String heading() {
      return heading;
    }

    public String dateLegend() {
      return dateLegend;
    }

    public String choiceLegend() {
      return choiceLegend;
    }

    public Map<String, String> choices() {
      return choices;
    }

    public String textLabel() {
      return textLabel;
    }

    public String button() {
      return button;
    }

    static Step of(String slug) {
      return Labelled.byWord(values(), s -> s.slug, slug).orElseThrow(() -> new NotFoundException(slug));
    }

    private static Map<String, String> ordered(String... valueAndLabel) {
      Map<String, String> ordered = new LinkedHashMap<>();
      for (int i = 0; i < valueAndLabel.length; i += 2) {
        ordered.put(valueAndLabel[i], valueAndLabel[i + 1]);
      }
      return ordered;
    }

    private static Map<String, String> decisions() {
      return Labelled.options(PreProceeding.Decision.values());
    }
  }

  /** The step whose page records the command. */
  static String slug(PreProceedingsStatus.Command command) {
    return switch (command) {
      case OFFER_FGDM -> "fgdm-offer";
      case HOLD_FGDM -> "fgdm-meeting";
      case SEND_LETTER -> "letter";
      case HOLD_MEETING -> "meeting";
      case CONTINUE, ISSUE, END -> "decision";
    };
  }

  /** What was typed: the date's parts, the choice, the words. */
  record Typed(String dateDay, String dateMonth, String dateYear, String choice, String text) {}

  @GetMapping
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String form(@AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String step, Model model) {
    return page(pages.opened(me, id, "Pre-proceedings"), Step.of(step), new Typed(null, null, null, null, null), Map.of(), model);
  }

  @PostMapping
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String record(
      @AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String step, Typed typed, RedirectAttributes flash,
      Model model) {
    Episode episode = pages.opened(me, id, "Pre-proceedings");
    Step s = Step.of(step);
    FieldErrors errors = new FieldErrors();
    LocalDate earliest = preProceedings.latest(me.authorityId(), episode.id())
        .filter(p -> !p.status().finished())
        .flatMap(PreProceeding::lastStep)
        .filter(last -> last.isAfter(episode.referralDate()))
        .orElse(episode.referralDate());
    Optional<LocalDate> on = DatedForm.date(
        errors, "date", "Date", typed.dateDay(), typed.dateMonth(), typed.dateYear(),
        earliest, "The date must be on or after " + DatedForm.day(earliest) + ", the referral date or the last step",
        LocalDate.ofInstant(clock.instant(), UkTime.ZONE), "The date must be today or in the past");
    String choice = typed.choice();
    if (s.choiceLegend != null && !s.choices.containsKey(String.valueOf(choice))) {
      errors.add("choice", s == Step.DECISION ? "Select what was decided" : s == Step.LETTER
          ? "Select whether the letter included the offer" : "Select whether the family accepted");
    }
    String text = switch (s) {
      case FGDM_MEETING -> errors.required("text", "What the family decided", typed.text(), DatedForm.MAX_TEXT, "Say what the family decided");
      case DECISION -> "END_PRE_PROCEEDINGS".equals(choice)
          ? errors.required("text", "The reason", typed.text(), MAX_REASON, "Say why pre-proceedings end")
          : errors.optional("text", "The reason", typed.text(), MAX_REASON);
      default -> null;
    };
    if (!errors.isEmpty()) {
      return page(episode, s, typed, errors.ordered(), model);
    }
    Result result = switch (s) {
      case FGDM_OFFER -> preProceedings.offerFgdm(me, episode.id(), on.get(), "yes".equals(choice));
      case FGDM_MEETING -> preProceedings.holdFgdm(me, episode.id(), on.get(), text);
      case LETTER -> preProceedings.sendLetter(me, episode.id(), on.get(), "yes".equals(choice));
      case MEETING -> preProceedings.holdMeeting(me, episode.id(), on.get());
      case DECISION -> preProceedings.decide(me, episode.id(), on.get(), PreProceeding.Decision.valueOf(choice), text);
    };
    if (result == Result.DONE) {
      flash.addFlashAttribute("done", s.button.replace("Record the", "The") + " on " + DatedForm.day(on.get()) + " is recorded.");
      return "redirect:/staff/casework/episodes/" + episode.id() + "#pre-proceedings";
    }
    if (result == Result.NOT_FOUND) {
      throw new NotFoundException(id);
    }
    errors.add(s.choiceLegend != null ? "choice" : "dateDay", refused(result));
    return page(episode, s, typed, errors.ordered(), model);
  }

  static String refused(Result result) {
    return switch (result) {
      case FGDM_NOT_OFFERED -> "A family group decision-making meeting must be offered first (Children’s Wellbeing and Schools Act 2026, section 1): "
          + "record the offer, on the letter’s date if the letter made it";
      case FGDM_NOT_ACCEPTED -> "A family group decision-making meeting is held once the family accept the offer: record the offer first";
      case FGDM_OFFERED_ALREADY -> "The offer of a family group decision-making meeting is recorded already";
      case LETTER_SENT_ALREADY -> "The letter before proceedings is recorded already";
      case LETTER_NOT_SENT -> "Record the letter before proceedings first";
      case WRONG_LEVEL -> "Pre-proceedings are for a child at child in need: this child is at early help";
      case CLOSED -> "This episode is closed. A team manager must reopen it before anything is added";
      case NOT_ELIGIBLE -> "Only a social worker or a team manager records pre-proceedings";
      default -> "This step does not follow from where pre-proceedings are now: check the child’s page";
    };
  }

  private String page(Episode episode, Step step, Typed typed, Map<String, String> errors, Model model) {
    model.addAttribute("episode", episode);
    model.addAttribute("step", step);
    model.addAttribute("action", "/staff/casework/episodes/" + episode.id() + "/pre-proceedings/" + step.slug);
    model.addAttribute("typed", typed);
    model.addAttribute("errors", errors);
    return "casework/pre-proceedings-step";
  }
}
