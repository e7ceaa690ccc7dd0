package uk.frontdoor.returns.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** A day typed year-month-day on a returns page, checked: its error, on the field, if it is not one. */
final class TypedDays {

  private TypedDays() {}

  /**
   * The day typed, or null with an error on {@code field} if it is empty, not a real date, or not
   * in a year from {@code firstYear} to next year.
   *
   * @param which what the day is, for the error: "period’s first" gives "Enter the period’s first day"
   */
  static LocalDate day(String field, String which, String typed, LocalDate today, int firstYear, Map<String, String> errors) {
    String example = "for example, " + today.minusYears(1).plusDays(1);
    if (typed == null || typed.isBlank()) {
      errors.put(field, "Enter the " + which + " day, " + example);
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(typed.strip());
      int latest = today.getYear() + 1;
      if (day.getYear() < firstYear || day.getYear() > latest) {
        errors.put(field, "The " + which + " day must be in a year from " + firstYear + " to " + latest);
        return null;
      }
      return day;
    } catch (DateTimeParseException e) {
      errors.put(field, "Enter the " + which + " day as a real date, year-month-day, " + example);
      return null;
    }
  }
}
