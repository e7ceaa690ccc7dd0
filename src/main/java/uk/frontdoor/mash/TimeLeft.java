package uk.frontdoor.mash;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.frontdoor.authority.WorkingCalendar;

/**
 * How long is left until a deadline, in the words a worker reads at a glance: working days, not
 * only a date, and overdue items said plainly.
 *
 * @param overdue the deadline has passed
 * @param dueToday the deadline is the end of today (UK time)
 */
public record TimeLeft(String text, boolean overdue, boolean dueToday) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

  /** Describes the time from {@code now} to the exclusive deadline {@code due}. */
  public static TimeLeft until(Instant now, Instant due, WorkingCalendar calendar) {
    LocalDate lastDay = calendar.londonDate(due.minusNanos(1));
    if (!now.isBefore(due)) {
      return new TimeLeft(
          "Overdue by " + amount(Duration.between(due, now)) + " (was due by the end of " + DAY.format(lastDay) + ")",
          true,
          false);
    }
    LocalDate today = calendar.londonDate(now);
    if (today.equals(lastDay)) {
      return new TimeLeft("Due by the end of today (" + amount(Duration.between(now, due)) + " left)", false, true);
    }
    int days = calendar.workingDaysBetween(now, due.minusNanos(1));
    String count = days == 1 ? "1 working day" : days + " working days";
    return new TimeLeft(count + " left: due by the end of " + DAY.format(lastDay), false, false);
  }

  /** A duration in the largest whole unit that fits: minutes, hours or days. */
  static String amount(Duration duration) {
    if (duration.toHours() < 1) {
      return plural(Math.max(1, duration.toMinutes()), "minute");
    }
    if (duration.toDays() < 1) {
      return plural(duration.toHours(), "hour");
    }
    return plural(duration.toDays(), "day");
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }
}
