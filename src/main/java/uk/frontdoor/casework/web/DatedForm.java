package uk.frontdoor.casework.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.platform.FieldErrors;

/**
 * The words of a form of a date and some text (casework/dated-form): planning or cancelling a
 * visit, starting, reviewing or ending a plan. A null legend or label leaves that question out.
 */
record DatedForm(
    String heading, String intro, String dateLegend, String dateHint, String textLabel, String textHint, String button, String action) {

  static final int MAX_TEXT = 10000;

  private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

  /** A day in words: "27 November 2026". */
  static String day(LocalDate date) {
    return DAY.format(date);
  }

  /** What was typed on the form, bound from its fields by name, to show again beside its errors. */
  record Typed(String dateDay, String dateMonth, String dateYear, String text) {}

  /** The form's page, empty. */
  String page(Model model) {
    return page(model, new Typed(null, null, null, null), Map.of());
  }

  /** The form's page with what was typed and the errors beside their fields. */
  String page(Model model, Typed typed, Map<String, String> errors) {
    model.addAttribute("form", this);
    model.addAttribute("day", typed.dateDay());
    model.addAttribute("month", typed.dateMonth());
    model.addAttribute("year", typed.dateYear());
    model.addAttribute("text", typed.text());
    model.addAttribute("errors", errors);
    return "casework/dated-form";
  }

  /**
   * A date typed on the form that must be given, be real, and fall between {@code earliest} and
   * {@code latest} (either may be null); its errors are on {@code dateDay}.
   */
  static Optional<LocalDate> date(
      FieldErrors errors, String label, Typed typed, LocalDate earliest, String tooEarly, LocalDate latest, String tooLate) {
    return date(errors, "date", label, typed.dateDay(), typed.dateMonth(), typed.dateYear(), earliest, tooEarly, latest, tooLate);
  }

  /**
   * The page after a change: back to the episode with the words done, or the form again with
   * its errors, and with why the change was refused (on {@code field}) when it was.
   */
  String after(
      Result result, Episode episode, Supplier<String> done, String field, RedirectAttributes flash, Model model, Typed typed,
      FieldErrors errors) {
    if (result == Result.DONE) {
      return EpisodePages.done(flash, episode, done.get());
    }
    if (result != null) {
      errors.add(field, refused(result, episode));
    }
    return page(model, typed, errors.ordered());
  }

  /**
   * A date typed in the fields {@code <prefix>Day}, {@code <prefix>Month} and {@code <prefix>Year}
   * that must be given, be real, and fall between {@code earliest} and {@code latest} (either may be
   * null); its errors are on {@code <prefix>Day}.
   */
  static Optional<LocalDate> date(
      FieldErrors errors, String prefix, String label, String day, String month, String year,
      LocalDate earliest, String tooEarly, LocalDate latest, String tooLate) {
    String field = prefix + "Day";
    Optional<LocalDate> date = errors.typedDate(field, label, day, month, year);
    if (date.isEmpty()) {
      if (!errors.has(field)) {
        errors.add(field, "Enter the " + label.toLowerCase(java.util.Locale.UK));
      }
      return Optional.empty();
    }
    if (earliest != null && date.get().isBefore(earliest)) {
      errors.add(field, tooEarly);
      return Optional.empty();
    }
    if (latest != null && date.get().isAfter(latest)) {
      errors.add(field, tooLate);
      return Optional.empty();
    }
    return date;
  }

  /** Why a visit or a plan could not be recorded, in words for the form. */
  static String refused(Result result, Episode episode) {
    return switch (result) {
      case CLOSED -> EpisodeController.cannotChange(result);
      case NOT_ELIGIBLE -> "Only a team manager, a social worker or the lead practitioner can record this";
      case WRONG_LEVEL -> episode.level().name().equals("CHILD_IN_NEED")
          ? "A family plan starts at early help: this child is at child in need"
          : "A child in need plan starts at child in need: step the child up first";
      case PLAN_OPEN -> "The child has an open plan of this kind already: review it or end it";
      case CHILD_PROTECTION_PLAN -> "The child has a child protection plan, so cannot have a child in need plan at the same time";
      case WRONG_STAGE -> "This has already been recorded or ended: check the child’s page";
      default -> EpisodeController.cannotChange(result);
    };
  }
}
