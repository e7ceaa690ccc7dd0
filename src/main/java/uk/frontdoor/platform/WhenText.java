package uk.frontdoor.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.frontdoor.authority.OfficeHours;
import uk.frontdoor.authority.UkTime;

/**
 * Says an instant the way GOV.UK pages do, in UK time and relative to now: "4:30pm today",
 * "8:30am tomorrow", "8:30am on Monday 30 November".
 */
public final class WhenText {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final LocalDate today;

  public WhenText(Instant now) {
    this.today = now.atZone(UkTime.ZONE).toLocalDate();
  }

  public String at(Instant instant) {
    ZonedDateTime when = instant.atZone(UkTime.ZONE);
    String time = OfficeHours.clock(when.toLocalTime());
    LocalDate day = when.toLocalDate();
    if (day.equals(today)) {
      return time + " today";
    }
    if (day.equals(today.plusDays(1))) {
      return time + " tomorrow";
    }
    return time + " on " + DAY.format(day);
  }

  /**
   * A deadline, said the same way on every page: "by 4pm today", "by 12:30pm on Monday 30
   * November", or for a deadline that ends at midnight, the last day it includes: "by the end of
   * Friday 4 December", never "by midnight on Saturday".
   */
  public String by(Instant due) {
    ZonedDateTime when = due.atZone(UkTime.ZONE);
    if (when.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      LocalDate last = when.toLocalDate().minusDays(1);
      return "by the end of " + (last.equals(today) ? "today" : DAY.format(last));
    }
    String time = OfficeHours.clock(when.toLocalTime());
    return "by " + time + (when.toLocalDate().equals(today) ? " today" : " on " + DAY.format(when));
  }

  /** The day alone, in UK time: "27 November 2026". */
  public String date(Instant instant) {
    return DATE.format(instant.atZone(UkTime.ZONE));
  }

  /** The day and the time, in UK time, for lists and records: "27 November 2026 at 4:15pm". */
  public String dateAndTime(Instant instant) {
    ZonedDateTime when = instant.atZone(UkTime.ZONE);
    return DATE.format(when) + " at " + OfficeHours.clock(when.toLocalTime());
  }

}
