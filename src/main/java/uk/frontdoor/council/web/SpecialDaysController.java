package uk.frontdoor.council.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
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
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.SpecialDays;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.council.CouncilChanges;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;

/**
 * The council's own special days on top of bank holidays: closures (shut all day, not a working
 * day, so deadlines move past it) and shorter days (the office closes early, such as 1pm on
 * Christmas Eve). Listed from today on; one can be removed.
 */
@Controller
@RequestMapping("/staff/council/special-days")
@PreAuthorize("hasRole('COUNCIL_ADMINISTRATOR')")
record SpecialDaysController(Authorities authorities, CouncilChanges changes, Clock clock) {

  static final int MAX_DESCRIPTION = 200;

  static final Map<String, String> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("CLOSED", "Closed all day: not a working day");
    KINDS.put("SHORTER", "A shorter day: the office closes early");
  }

  /** A special day as typed. */
  record DayForm(String dayDay, String dayMonth, String dayYear, String kind, String closesAt, String description) {}

  @GetMapping
  String list(@AuthenticationPrincipal StaffUser me, Model model) {
    return page(me, new DayForm(null, null, null, null, null, null), Map.of(), model);
  }

  @PostMapping
  String add(@AuthenticationPrincipal StaffUser me, DayForm form, Model model, RedirectAttributes flash) {
    FieldErrors errors = new FieldErrors();
    LocalDate today = clock.instant().atZone(UkTime.ZONE).toLocalDate();
    Optional<LocalDate> day = errors.typedDate("dayDay", "The date", form.dayDay(), form.dayMonth(), form.dayYear());
    if (day.isEmpty() && !errors.has("dayDay")) {
      errors.add("dayDay", "Enter the date");
    } else if (day.isPresent() && day.get().isBefore(today)) {
      errors.add("dayDay", "The date must be today or later");
    } else if (day.isPresent() && day.get().isAfter(today.plusYears(5))) {
      errors.add("dayDay", "The date must be within the next 5 years");
    }
    LocalTime closes = null;
    if (!KINDS.containsKey(form.kind())) {
      errors.add("kind", "Select whether the office is closed all day or closes early");
    } else if (form.kind().equals("SHORTER")) {
      String typed = FieldErrors.clean(form.closesAt());
      closes = typed == null ? null : FieldErrors.parseTime(typed).orElse(null);
      if (typed == null) {
        errors.add("closesAt", "Enter when the office closes that day, like 1pm");
      } else if (closes == null || closes.equals(LocalTime.MIDNIGHT)) {
        errors.add("closesAt", "Enter the time like 1pm or 13:00");
        closes = null;
      }
    }
    String description = errors.required("description", "The description", form.description(), MAX_DESCRIPTION,
        "Enter what the day is, like Christmas Eve");
    if (!errors.isEmpty()) {
      return page(me, form, errors.ordered(), model);
    }
    SpecialDays.Day special = new SpecialDays.Day(day.get(), closes, description);
    if (!changes.addSpecialDay(me, special)) {
      return page(me, form, Map.of("dayDay", "There is a special day on that date already: remove it first"), model);
    }
    flash.addFlashAttribute("done", description + " is added.");
    return "redirect:/staff/council/special-days";
  }

  @PostMapping("/{date}/remove")
  String remove(@AuthenticationPrincipal StaffUser me, @PathVariable String date, RedirectAttributes flash) {
    LocalDate day;
    try {
      day = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new NotFoundException(date);
    }
    if (!changes.removeSpecialDay(me, day)) {
      throw new NotFoundException(date);
    }
    flash.addFlashAttribute("done", "The special day is removed.");
    return "redirect:/staff/council/special-days";
  }

  private String page(StaffUser me, DayForm form, Map<String, String> errors, Model model) {
    LocalDate today = clock.instant().atZone(UkTime.ZONE).toLocalDate();
    model.addAttribute("days", authorities.get(me.authorityId()).specialDays().from(today));
    model.addAttribute("kinds", KINDS);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "council/special-days";
  }
}
