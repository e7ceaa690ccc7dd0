package uk.frontdoor.authority;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import uk.frontdoor.authority.OfficeHours.Day;

/**
 * The one calendar of the system: working days, deadlines and whether a council's office is open,
 * in UK time and across the clock changes. It never reads the clock; callers pass the instant.
 *
 * <p>Counting convention (ADR 0003): the UK calendar day on which a clock starts is day 0, whether
 * or not it is a working day. A deadline of N working days falls at the end of the Nth working day
 * after day 0, and is returned as the exclusive instant: 00:00 UK time on the calendar day after
 * that Nth working day. A working day is Monday to Friday and not an England and Wales bank holiday.
 * {@code workingDaysBetween(from, to)} counts the working days d with date(from) &lt; d &le;
 * date(to), so {@code workingDaysBetween(start, addWorkingDays(start, n) - 1ns) == n}.
 */
public final class WorkingCalendar {

  private static final int SEARCH_DAYS = 400;

  private final BankHolidays holidays;
  private final ZoneId zone;

  public WorkingCalendar(BankHolidays holidays, ZoneId zone) {
    this.holidays = holidays;
    this.zone = zone;
  }

  /** England and Wales bank holidays as shipped, in UK time. */
  public static WorkingCalendar englandAndWales() {
    try (InputStream json = WorkingCalendar.class.getResourceAsStream("/authority/bank-holidays.json")) {
      if (json == null) {
        throw new IllegalStateException("authority/bank-holidays.json is missing from the classpath");
      }
      return new WorkingCalendar(BankHolidays.fromGovUkJson(json, "england-and-wales"), ZoneId.of("Europe/London"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ZoneId zone() {
    return zone;
  }

  public LocalDate londonDate(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
  }

  /** The exclusive end of a deadline of {@code n} working days started at {@code start}. */
  public Instant addWorkingDays(Instant start, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("A deadline is at least one working day, not " + n);
    }
    LocalDate day = londonDate(start);
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return startOf(day.plusDays(1));
  }

  /** Working days after the day of {@code from}, up to and including the day of {@code to}. */
  public int workingDaysBetween(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    LocalDate last = londonDate(to);
    int count = 0;
    for (LocalDate day = londonDate(from).plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** Whether the office is open at {@code at}, and when that next changes. */
  public OfficeStatus officeStatus(OfficeHours hours, Instant at) {
    if (hours.alwaysOpen()) {
      return new OfficeStatus(OfficeStatus.State.OPEN, Optional.empty());
    }
    LocalDate today = londonDate(at);
    Optional<Day> day = hoursOn(hours, today);
    if (day.isPresent() && !day.get().stated()) {
      return new OfficeStatus(OfficeStatus.State.UNKNOWN, Optional.empty());
    }
    if (day.isPresent() && day.get().isOpenAt(at.atZone(zone).toLocalTime())) {
      return new OfficeStatus(OfficeStatus.State.OPEN, Optional.of(instant(today, day.get().closes())));
    }
    return new OfficeStatus(OfficeStatus.State.CLOSED, openingFrom(hours, at));
  }

  /** {@code at} itself if the office is open then, else when it next opens; empty if unknowable. */
  public Optional<Instant> nextOpening(OfficeHours hours, Instant at) {
    OfficeStatus status = officeStatus(hours, at);
    return switch (status.state()) {
      case OPEN -> Optional.of(at);
      case CLOSED -> status.changesAt();
      case UNKNOWN -> Optional.empty();
    };
  }

  private Optional<Instant> openingFrom(OfficeHours hours, Instant at) {
    LocalDate date = londonDate(at);
    for (int i = 0; i < SEARCH_DAYS; i++, date = date.plusDays(1)) {
      Optional<Day> day = hoursOn(hours, date);
      if (day.isEmpty()) {
        continue;
      }
      if (!day.get().stated()) {
        return Optional.empty();
      }
      Instant opens = instant(date, day.get().opens());
      if (!opens.isBefore(at)) {
        return Optional.of(opens);
      }
    }
    return Optional.empty();
  }

  private Optional<Day> hoursOn(OfficeHours hours, LocalDate date) {
    if (hours.closedOnBankHolidays() && holidays.isHoliday(date)) {
      return Optional.empty();
    }
    return hours.on(date.getDayOfWeek());
  }

  private Instant instant(LocalDate date, LocalTime time) {
    return time.equals(LocalTime.MAX) ? startOf(date.plusDays(1)) : ZonedDateTime.of(date, time, zone).toInstant();
  }

  private Instant startOf(LocalDate date) {
    return date.atStartOfDay(zone).toInstant();
  }
}
