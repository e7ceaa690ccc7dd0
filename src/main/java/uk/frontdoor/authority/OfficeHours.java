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
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A council's office hours as data. Each day of the week is closed (absent from {@code days}),
 * {@linkplain Open open between two times}, or {@linkplain Unstated open at times the council does
 * not publish}; hours are never invented for such a day. An office may instead be always open (its
 * lines answer at any time), in which case it has no hours per day.
 *
 * @param alwaysOpen the office answers at any time, every day, bank holidays included
 * @param closedOnBankHolidays the office is closed on bank holidays whatever the weekday's hours
 * @param days the hours of each day the office opens; a day that is absent is closed
 */
public record OfficeHours(
    boolean alwaysOpen, boolean closedOnBankHolidays, Map<DayOfWeek, Day> days) {

  private static final String UNSTATED = "unstated";
  private static final Pattern OPEN_CLOSE = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");

  /** The hours of one day on which the office opens. */
  public sealed interface Day permits Open, Unstated {}

  /**
   * Open from {@code opens} until {@code closes}, in UK time. A {@code closes} of {@link
   * LocalTime#MIDNIGHT} means 24:00, the end of that day; any other {@code closes} is after {@code
   * opens}.
   */
  public record Open(LocalTime opens, LocalTime closes) implements Day {

    public Open {
      Objects.requireNonNull(opens, "opens");
      Objects.requireNonNull(closes, "closes");
      if (!closes.equals(LocalTime.MIDNIGHT) && !opens.isBefore(closes)) {
        throw new IllegalArgumentException(
            "The office must open before it closes, not open at " + opens + " and close at " + closes);
      }
    }

    /** Whether the office stays open until the end of the day (24:00). */
    public boolean closesAtMidnight() {
      return closes.equals(LocalTime.MIDNIGHT);
    }
  }

  /** Open on this day, at times the council does not publish. */
  public record Unstated() implements Day {}

  /** Checks the hours and makes {@code days} an unmodifiable copy. */
  public OfficeHours {
    Objects.requireNonNull(days, "days");
    if (alwaysOpen && !days.isEmpty()) {
      throw new IllegalArgumentException("An office that is always open has no hours per day");
    }
    if (alwaysOpen && closedOnBankHolidays) {
      throw new IllegalArgumentException(
          "An office that is always open cannot close on bank holidays: give its hours per day");
    }
    EnumMap<DayOfWeek, Day> copy = new EnumMap<>(DayOfWeek.class);
    days.forEach(
        (day, hours) ->
            copy.put(
                Objects.requireNonNull(day, "day"),
                Objects.requireNonNull(hours, () -> "hours for " + day)));
    days = Collections.unmodifiableMap(copy);
  }

  /** An office whose lines answer at any time, every day, bank holidays included. */
  public static OfficeHours anyTime() {
    return new OfficeHours(true, false, Map.of());
  }

  /** Hours built day by day; closed on bank holidays unless told otherwise. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads hours as configured. Keys are {@code MONDAY} to {@code SUNDAY}; a missing day is closed.
   * Values are {@code "08:30-17:00"} (24-hour clock, {@code 24:00} for midnight at the end of the
   * day) or {@code "unstated"}.
   *
   * @throws IllegalArgumentException naming the day whose key or value is not understood
   */
  public static OfficeHours parse(
      Map<String, String> perDay, boolean alwaysOpen, boolean closedOnBankHolidays) {
    Map<DayOfWeek, Day> days = new EnumMap<>(DayOfWeek.class);
    perDay.forEach((name, value) -> days.put(dayOfWeek(name), day(name, value)));
    return new OfficeHours(alwaysOpen, closedOnBankHolidays, days);
  }

  private static DayOfWeek dayOfWeek(String name) {
    try {
      return DayOfWeek.valueOf(String.valueOf(name));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Office hours name a day that is not MONDAY to SUNDAY: '" + name + "'", e);
    }
  }

  private static Day day(String name, String value) {
    if (UNSTATED.equals(value)) {
      return new Unstated();
    }
    Matcher hours = OPEN_CLOSE.matcher(value == null ? "" : value);
    if (!hours.matches()) {
      throw new IllegalArgumentException(
          name + ": office hours must look like 08:30-17:00 or unstated, not '" + value + "'");
    }
    LocalTime opens = time(name, hours.group(1));
    String closing = hours.group(2);
    if (closing.equals("00:00")) {
      throw new IllegalArgumentException(name + ": write midnight as 24:00, not '" + value + "'");
    }
    LocalTime closes = closing.equals("24:00") ? LocalTime.MIDNIGHT : time(name, closing);
    try {
      return new Open(opens, closes);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  private static LocalTime time(String name, String text) {
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": " + text + " is not a time of day", e);
    }
  }

  /** The hours of a day of the week, or empty if the office is closed that day. */
  public Optional<Day> on(DayOfWeek day) {
    return Optional.ofNullable(days.get(day));
  }

  /** False if the council says the office opens on some day but does not publish the times. */
  public boolean hoursStated() {
    return days.values().stream().noneMatch(Unstated.class::isInstance);
  }

  /**
   * The hours in words, one line per run of consecutive days with the same hours, such as
   * "Monday to Thursday, 8:30am to 5pm", "Friday, 8:30am to 4pm" or "Monday to Friday, hours not
   * published"; "Any time, every day" for an office that is always open. Closed days are left out.
   */
  public List<String> describe() {
    if (alwaysOpen) {
      return List.of("Any time, every day");
    }
    List<String> lines = new ArrayList<>();
    DayOfWeek first = null;
    for (DayOfWeek day : DayOfWeek.values()) {
      Day hours = days.get(day);
      if (hours == null) {
        continue;
      }
      if (first == null) {
        first = day;
      }
      boolean runEnds = day == DayOfWeek.SUNDAY || !hours.equals(days.get(day.plus(1)));
      if (runEnds) {
        lines.add(line(first, day, hours));
        first = null;
      }
    }
    return lines;
  }

  private static String line(DayOfWeek first, DayOfWeek last, Day hours) {
    String days = first == last ? name(first) : name(first) + " to " + name(last);
    if (hours instanceof Open open) {
      return days + ", " + times(open);
    }
    return days + ", hours not published";
  }

  private static String times(Open open) {
    if (open.opens().equals(LocalTime.MIDNIGHT) && open.closesAtMidnight()) {
      return "all day";
    }
    return clock(open.opens()) + " to " + clock(open.closes());
  }

  private static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.UK);
  }

  /** A time of day as GOV.UK writes it: 8:30am, 5pm, midday, midnight. */
  public static String clock(LocalTime time) {
    if (time.equals(LocalTime.MIDNIGHT)) {
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

  /** Builds office hours day by day, for tests and code. */
  public static final class Builder {

    private final Map<DayOfWeek, Day> days = new EnumMap<>(DayOfWeek.class);
    private boolean closedOnBankHolidays = true;

    private Builder() {}

    /** Open between two times written like {@code "08:30"} and {@code "17:00"} ({@code "24:00"} for midnight). */
    public Builder open(DayOfWeek day, String opens, String closes) {
      days.put(day, day(day.name(), opens + "-" + closes));
      return this;
    }

    /** Open on this day at times the council does not publish. */
    public Builder unstated(DayOfWeek day) {
      days.put(day, new Unstated());
      return this;
    }

    /** Whether the office closes on bank holidays; it does unless told otherwise. */
    public Builder closedOnBankHolidays(boolean closed) {
      this.closedOnBankHolidays = closed;
      return this;
    }

    public OfficeHours build() {
      return new OfficeHours(false, closedOnBankHolidays, days);
    }
  }
}
