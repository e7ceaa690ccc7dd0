package uk.frontdoor.council.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.CouncilDetails.OfficeHoursChange;
import uk.frontdoor.authority.OfficeHours;
import uk.frontdoor.council.CouncilChanges;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;

/**
 * The council's office hours, day by day, whether the office closes on bank holidays, and the words
 * for when the out-of-hours service answers: a day left empty is closed; each day opens before it
 * closes ("midnight" or 24:00 for the end of the day). Or an office that answers at any time; or
 * one whose hours the council does not publish, open on the days ticked (the public pages then say
 * so, and the MASH's clock does not run on hours it does not know).
 */
@Controller
@RequestMapping("/staff/council/office-hours")
@PreAuthorize("hasRole('COUNCIL_ADMINISTRATOR')")
record OfficeHoursController(Authorities authorities, CouncilChanges changes, Clock clock) {

  static final int MAX_OUT_OF_HOURS = 200;

  static final Map<String, String> YES_NO = new LinkedHashMap<>();
  /** When the office answers: at the hours typed, at any time, or at hours the council does not publish. */
  static final Map<String, String> ANSWERS = new LinkedHashMap<>();
  static final String HOURS = "HOURS";
  static final String ANY_TIME = "ANY_TIME";
  static final String NOT_PUBLISHED = "NOT_PUBLISHED";
  static final List<String> WEEKDAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");

  static {
    YES_NO.put("true", "Yes");
    YES_NO.put("false", "No");
    ANSWERS.put(HOURS, "At the hours below");
    ANSWERS.put(ANY_TIME, "At any time, every day (the hours below are then not used)");
    ANSWERS.put(NOT_PUBLISHED, "At hours the council does not publish, on the days ticked below");
  }

  @GetMapping
  String form(@AuthenticationPrincipal StaffUser me, Model model) {
    Authority council = authorities.get(me.authorityId());
    return page(typed(council), unpublished(council.officeHours()), Effective.now(), Map.of(), model);
  }

  @PostMapping
  String change(
      @AuthenticationPrincipal StaffUser me, @RequestParam Map<String, String> form,
      @RequestParam(name = "unpublishedDays", required = false) List<String> unpublishedDays, Effective effective, Model model,
      RedirectAttributes flash) {
    FieldErrors errors = new FieldErrors();
    Instant now = clock.instant();
    String answers = form.get("answers");
    if (!ANSWERS.containsKey(answers)) {
      errors.add("answers", "Select when the office answers");
    }
    boolean alwaysOpen = ANY_TIME.equals(answers);
    boolean closedOnBankHolidays = !alwaysOpen && !"false".equals(form.get("closedOnBankHolidays"));
    Map<DayOfWeek, OfficeHours.Day> days = new EnumMap<>(DayOfWeek.class);
    List<String> ticked = unpublishedDays == null ? List.of() : unpublishedDays;
    if (HOURS.equals(answers)) {
      for (DayOfWeek day : DayOfWeek.values()) {
        hours(errors, day, form).ifPresent(open -> days.put(day, open));
      }
      if (days.isEmpty() && errors.isEmpty()) {
        errors.add("MONDAY-opens", "Enter the hours of at least one day, or say the office answers at any time");
      }
    } else if (NOT_PUBLISHED.equals(answers)) {
      for (DayOfWeek day : DayOfWeek.values()) {
        if (ticked.contains(day.name())) {
          days.put(day, new OfficeHours.Unstated());
        }
      }
      if (days.isEmpty()) {
        errors.add("unpublishedDays", "Select the days the office opens, or give its hours");
      }
    }
    String outOfHours = errors.optional("outOfHours", "The out-of-hours words", form.get("outOfHours"), MAX_OUT_OF_HOURS);
    Instant from = effective.from(errors, now);
    String why = effective.why(errors);
    if (!errors.isEmpty()) {
      return page(form, ticked, effective, errors.ordered(), model);
    }
    OfficeHours hours = new OfficeHours(alwaysOpen, closedOnBankHolidays, days);
    changes.change(me, new OfficeHoursChange(hours, outOfHours == null ? null : outOfHours.strip()), from, why);
    return CouncilPages.saved("Office hours", from, now, flash);
  }

  /** A day's hours as typed: both empty is closed; errors on the day's fields. */
  private static Optional<OfficeHours.Day> hours(FieldErrors errors, DayOfWeek day, Map<String, String> form) {
    String name = day.getDisplayName(TextStyle.FULL, Locale.UK);
    String opensField = day.name() + "-opens";
    String closesField = day.name() + "-closes";
    String opensTyped = FieldErrors.clean(form.get(opensField));
    String closesTyped = FieldErrors.clean(form.get(closesField));
    if (opensTyped == null && closesTyped == null) {
      return Optional.empty();
    }
    Optional<LocalTime> opens = time(opensTyped, false);
    Optional<LocalTime> closes = time(closesTyped, true);
    if (opens.isEmpty()) {
      errors.add(opensField, opensTyped == null
          ? name + ": enter when the office opens, or leave both times empty if it is closed"
          : name + ": enter the opening time like 8:30am or 08:30");
    }
    if (closes.isEmpty()) {
      errors.add(closesField, closesTyped == null
          ? name + ": enter when the office closes, or leave both times empty if it is closed"
          : name + ": enter the closing time like 5pm or 17:00 (midnight for the end of the day)");
    }
    if (opens.isEmpty() || closes.isEmpty()) {
      return Optional.empty();
    }
    if (!closes.get().equals(LocalTime.MIDNIGHT) && !opens.get().isBefore(closes.get())) {
      errors.add(closesField, name + ": the office must close after it opens");
      return Optional.empty();
    }
    return Optional.of(new OfficeHours.Open(opens.get(), closes.get()));
  }

  /** A time typed; a closing time may be midnight (24:00), the end of the day. */
  private static Optional<LocalTime> time(String typed, boolean closing) {
    if (typed == null) {
      return Optional.empty();
    }
    String t = typed.toLowerCase(Locale.ROOT).strip();
    if (closing && (t.equals("midnight") || t.equals("24:00") || t.equals("12midnight"))) {
      return Optional.of(LocalTime.MIDNIGHT);
    }
    if (t.equals("midnight") || t.equals("00:00")) {
      return closing ? Optional.empty() : Optional.of(LocalTime.MIDNIGHT);
    }
    return FieldErrors.parseTime(t).filter(time -> !closing || !time.equals(LocalTime.MIDNIGHT));
  }

  /** The hours in effect, as the form shows them. */
  static Map<String, String> typed(Authority council) {
    Map<String, String> form = new LinkedHashMap<>();
    OfficeHours hours = council.officeHours();
    form.put("answers", hours.alwaysOpen() ? ANY_TIME : (hours.hoursStated() ? HOURS : NOT_PUBLISHED));
    form.put("closedOnBankHolidays", Boolean.toString(hours.closedOnBankHolidays()));
    hours.days().forEach((day, open) -> {
      if (open instanceof OfficeHours.Open o) {
        form.put(day.name() + "-opens", o.opens().toString());
        form.put(day.name() + "-closes", o.closesAtMidnight() ? "24:00" : o.closes().toString());
      }
    });
    form.put("outOfHours", council.outOfHoursDescription());
    return form;
  }

  /** The days the office opens at hours the council does not publish; Monday to Friday where it publishes them. */
  static List<String> unpublished(OfficeHours hours) {
    List<String> days = hours.days().entrySet().stream()
        .filter(day -> day.getValue() instanceof OfficeHours.Unstated)
        .map(day -> day.getKey().name())
        .toList();
    return days.isEmpty() ? WEEKDAYS : days;
  }

  private static String page(
      Map<String, String> form, List<String> unpublished, Effective effective, Map<String, String> errors, Model model) {
    Map<String, String> days = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      days.put(day.name(), day.getDisplayName(TextStyle.FULL, Locale.UK));
    }
    model.addAttribute("days", days);
    model.addAttribute("unpublished", unpublished);
    model.addAttribute("answers", ANSWERS);
    model.addAttribute("yesNo", YES_NO);
    return CouncilPages.page("council/office-hours", form, effective, errors, model);
  }
}
