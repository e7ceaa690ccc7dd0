package uk.frontdoor.authority;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A council's office hours as data: for each weekday, closed, open between two times, or open at
 * times the council does not publish. An office may instead be always open (lines answered at any
 * time), and is normally closed on bank holidays.
 */
public final class OfficeHours {

  /** The hours of one day. {@code closes} of {@link LocalTime#MAX} means open until midnight. */
  public record Day(LocalTime opens, LocalTime closes, boolean stated) {
    static final Day UNSTATED = new Day(null, null, false);

    boolean isOpenAt(LocalTime time) {
      return stated && !time.isBefore(opens) && time.isBefore(closes);
    }
  }

  private final boolean alwaysOpen;
  private final boolean closedOnBankHolidays;
  private final Map<DayOfWeek, Day> days;

  private OfficeHours(boolean alwaysOpen, boolean closedOnBankHolidays, Map<DayOfWeek, Day> days) {
    this.alwaysOpen = alwaysOpen;
    this.closedOnBankHolidays = closedOnBankHolidays;
    EnumMap<DayOfWeek, Day> copy = new EnumMap<>(DayOfWeek.class);
    copy.putAll(days);
    this.days = Collections.unmodifiableMap(copy);
  }

  /**
   * Reads hours as configured: keys {@code MONDAY}..{@code SUNDAY}, values {@code "08:30-17:00"}
   * ({@code 24:00} for midnight) or {@code "unstated"}; a missing day is closed.
   */
  public static OfficeHours parse(
      Map<String, String> perDay, boolean alwaysOpen, boolean closedOnBankHolidays) {
    Map<DayOfWeek, Day> days = new EnumMap<>(DayOfWeek.class);
    perDay.forEach((name, value) -> days.put(dayOfWeek(name), day(name, value)));
    return new OfficeHours(alwaysOpen, closedOnBankHolidays, days);
  }

  private static DayOfWeek dayOfWeek(String name) {
    try {
      return DayOfWeek.valueOf(name.strip().toUpperCase(Locale.UK));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a day of the week in office hours: " + name, e);
    }
  }

  private static Day day(String name, String value) {
    String hours = value == null ? "" : value.strip();
    if (hours.equalsIgnoreCase("unstated")) {
      return Day.UNSTATED;
    }
    String[] parts = hours.split("-");
    if (parts.length != 2) {
      throw new IllegalArgumentException(name + ": office hours must look like 08:30-17:00, not " + value);
    }
    try {
      LocalTime opens = LocalTime.parse(parts[0].strip());
      LocalTime closes = parts[1].strip().equals("24:00") ? LocalTime.MAX : LocalTime.parse(parts[1].strip());
      if (!opens.isBefore(closes)) {
        throw new IllegalArgumentException(name + ": the office must open before it closes: " + value);
      }
      return new Day(opens, closes, true);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": not a time in " + value, e);
    }
  }

  public boolean alwaysOpen() {
    return alwaysOpen;
  }

  public boolean closedOnBankHolidays() {
    return closedOnBankHolidays;
  }

  /** The hours of a weekday, or empty if the office is closed that day. */
  public Optional<Day> on(DayOfWeek day) {
    return Optional.ofNullable(days.get(day));
  }

  /** False if the council does not publish the times for some day it is open. */
  public boolean hoursStated() {
    return alwaysOpen || days.values().stream().allMatch(Day::stated);
  }

  /** The hours in words, grouping days with the same hours: "Monday to Thursday, 8:30am to 5pm". */
  public List<String> describe() {
    if (alwaysOpen) {
      return List.of("Any time, every day");
    }
    List<String> lines = new ArrayList<>();
    DayOfWeek start = null;
    Day current = null;
    for (DayOfWeek day : DayOfWeek.values()) {
      Day hours = days.get(day);
      if (current != null && !current.equals(hours)) {
        lines.add(line(start, day.minus(1), current));
        current = null;
      }
      if (hours != null && current == null) {
        start = day;
        current = hours;
      }
    }
    if (current != null) {
      lines.add(line(start, DayOfWeek.SUNDAY, current));
    }
    return lines;
  }

  private static String line(DayOfWeek from, DayOfWeek to, Day hours) {
    String days = from == to ? name(from) : name(from) + " to " + name(to);
    return hours.stated()
        ? days + ", " + clock(hours.opens()) + " to " + clock(hours.closes())
        : days + ", hours not published";
  }

  private static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.UK);
  }

  /** A time as GOV.UK writes it: 8:30am, 5pm, midday, midnight. */
  public static String clock(LocalTime time) {
    if (time.equals(LocalTime.MAX) || time.equals(LocalTime.MIDNIGHT)) {
      return "midnight";
    }
    if (time.equals(LocalTime.NOON)) {
      return "midday";
    }
    int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
    String suffix = time.getHour() < 12 ? "am" : "pm";
    return time.getMinute() == 0
        ? hour + suffix
        : hour + ":" + String.format(Locale.UK, "%02d", time.getMinute()) + suffix;
  }
}
