package uk.frontdoor.council.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.platform.FieldErrors;

/**
 * When a change to the council's details takes effect, and why it is made, as typed on every
 * change form: no date is now; a date (and a time that day, else its start) schedules it ahead.
 */
record Effective(String fromDay, String fromMonth, String fromYear, String fromTime, String reason) {

  static final int MAX_REASON = 1000;

  static Effective now() {
    return new Effective(null, null, null, null, null);
  }

  /** The moment the change takes effect, not before {@code now}; errors on {@code fromDay} and {@code fromTime}. */
  Instant from(FieldErrors errors, Instant now) {
    Optional<LocalDate> day = errors.typedDate("fromDay", "The date it takes effect", fromDay, fromMonth, fromYear);
    Optional<LocalTime> time = errors.typedTime("fromTime", fromTime);
    if (day.isEmpty()) {
      if (!errors.has("fromDay") && time.isPresent()) {
        errors.add("fromDay", "Enter the date it takes effect, or leave the time empty too");
      }
      return now;
    }
    Instant from = day.get().atTime(time.orElse(LocalTime.MIDNIGHT)).atZone(UkTime.ZONE).toInstant();
    if (from.isBefore(now) && day.get().isBefore(now.atZone(UkTime.ZONE).toLocalDate())) {
      errors.add("fromDay", "The date it takes effect must be today or later; leave it empty for now");
    } else if (day.get().getYear() > now.atZone(UkTime.ZONE).getYear() + 5) {
      errors.add("fromDay", "The date it takes effect must be within the next 5 years");
    }
    return from.isBefore(now) ? now : from;
  }

  /** Why the change is made: required, for the history and the audit. */
  String why(FieldErrors errors) {
    return errors.required("reason", "The reason", reason, MAX_REASON, "Enter why you are making this change");
  }
}
