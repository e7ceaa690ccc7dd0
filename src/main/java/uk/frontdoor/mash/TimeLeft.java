package uk.frontdoor.mash;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.platform.WhenText;

/**
 * How long is left until a deadline, in the words a worker reads at a glance: working days, not
 * only a date, and overdue items said plainly.
 *
 * @param overdue the deadline has passed
 * @param dueToday the deadline is the end of today (UK time)
 */
public record TimeLeft(String text, boolean overdue, boolean dueToday) {

  /** Describes the time from {@code now} to the exclusive deadline {@code due}. */
  public static TimeLeft until(Instant now, Instant due, WorkingCalendar calendar) {
    String by = new WhenText(now).by(due);
    if (!now.isBefore(due)) {
      return new TimeLeft("Overdue by " + amount(Duration.between(due, now)) + " (was due " + by + ")", true, false);
    }
    LocalDate lastDay = calendar.londonDate(due.minusNanos(1));
    if (calendar.londonDate(now).equals(lastDay)) {
      return new TimeLeft("Due " + by + " (" + amount(Duration.between(now, due)) + " left)", false, true);
    }
    int days = calendar.workingDaysBetween(now, due.minusNanos(1));
    String count = days == 1 ? "1 working day" : days + " working days";
    return new TimeLeft(count + " left: due " + by, false, false);
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
