package uk.frontdoor.authority;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import uk.frontdoor.authority.OfficeHours.Day;
import uk.frontdoor.authority.OfficeHours.Open;
import uk.frontdoor.authority.OfficeHours.Unstated;
import uk.frontdoor.authority.OfficeStatus.State;

/**
 * The one calendar of the system: working days, deadlines, and whether a council's office is open,
 * in UK time ({@code Europe/London}) and correct across the clock changes. It never reads the
 * clock: every method is given the instant it works from.
 *
 * <p>A working day is Monday to Friday, not a bank holiday and, in a council's calendar ({@link
 * #forCouncil}), not one of its closures; a council's shorter days close its office early. The bank
 * holidays are the latest known (an administrator can replace them while the application runs), read
 * once for each question asked. Dates in years the bank holidays
 * file does not cover are treated as having no bank holidays ({@link AuthorityDataCheck} warns
 * before that matters).
 *
 * <p>Counting convention (ADR 0003): the London calendar day on which the clock starts is day 0,
 * whether or not it is a working day. A deadline of N working days falls at the end of the Nth
 * working day after day 0, and is returned as the exclusive instant: 00:00 Europe/London on the
 * calendar day after that Nth working day. {@code workingDaysBetween(from, to)} is the number of
 * working days d with londonDate(from) &lt; d &le; londonDate(to), and 0 if to &le; from. So for
 * every start and n, {@code workingDaysBetween(start, addWorkingDays(start, n).minusNanos(1)) ==
 * n}.
 */
public final class WorkingCalendar {

  /** How many days ahead to look for the office's next opening or closing. */
  private static final int SEARCH_DAYS = 400;

  private static final String ENGLAND_AND_WALES = "/authority/bank-holidays.json";

  private final Supplier<BankHolidays> holidays;
  private final ZoneId zone;
  private final SpecialDays special;

  /** A calendar with these bank holidays, counting days in this time zone. */
  public WorkingCalendar(BankHolidays holidays, ZoneId zone) {
    this(constant(Objects.requireNonNull(holidays, "holidays")), zone);
  }

  /** A calendar with the bank holidays known when each question is asked, counting days in this time zone. */
  public WorkingCalendar(Supplier<BankHolidays> holidays, ZoneId zone) {
    this(holidays, zone, SpecialDays.NONE);
  }

  private WorkingCalendar(Supplier<BankHolidays> holidays, ZoneId zone, SpecialDays special) {
    this.holidays = Objects.requireNonNull(holidays, "holidays");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.special = Objects.requireNonNull(special, "special");
  }

  private static Supplier<BankHolidays> constant(BankHolidays holidays) {
    return () -> holidays;
  }

  /** This calendar with a council's own closures and shorter days on top of the bank holidays. */
  public WorkingCalendar forCouncil(Authority authority) {
    return withSpecialDays(authority.specialDays());
  }

  /** This calendar with these closures and shorter days on top of the bank holidays. */
  public WorkingCalendar withSpecialDays(SpecialDays days) {
    return new WorkingCalendar(holidays, zone, days);
  }

  /** The bank holidays known now. */
  public BankHolidays bankHolidays() {
    return holidays.get();
  }

  /** England and Wales bank holidays as shipped with the application, in UK time. */
  public static WorkingCalendar englandAndWales() {
    try (InputStream json = WorkingCalendar.class.getResourceAsStream(ENGLAND_AND_WALES)) {
      if (json == null) {
        throw new IllegalStateException(ENGLAND_AND_WALES + " is missing from the classpath");
      }
      return new WorkingCalendar(
          BankHolidays.fromGovUkJson(json, "england-and-wales"), UkTime.ZONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The time zone in which days are counted. */
  public ZoneId zone() {
    return zone;
  }

  /** The calendar date in the calendar's zone (UK time) at an instant. */
  public LocalDate londonDate(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  /** Monday to Friday, not a bank holiday and not one of the council's closures. */
  public boolean isWorkingDay(LocalDate date) {
    return isWorkingDay(holidays.get(), date);
  }

  private boolean isWorkingDay(BankHolidays known, LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !known.isHoliday(date) && !special.closedOn(date);
  }

  /**
   * The exclusive end of a deadline of {@code n} working days whose clock starts at {@code start}:
   * 00:00 UK time on the day after the nth working day after the day of {@code start}.
   *
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public Instant addWorkingDays(Instant start, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("A deadline is at least 1 working day, not " + n);
    }
    BankHolidays known = holidays.get();
    LocalDate day = londonDate(start);
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(known, day)) {
        counted++;
      }
    }
    return startOf(day.plusDays(1));
  }

  /**
   * The last day of a deadline of {@code n} working days whose clock starts on {@code day}: the nth
   * working day after it.
   *
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public LocalDate nthWorkingDayAfter(LocalDate day, int n) {
    return londonDate(addWorkingDays(startOf(day), n).minusNanos(1));
  }

  /**
   * The working days after the day of {@code from}, up to and including the day of {@code to}; 0
   * if {@code to} is not after {@code from}.
   */
  public int workingDaysBetween(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    BankHolidays known = holidays.get();
    LocalDate last = londonDate(to);
    int count = 0;
    for (LocalDate day = londonDate(from).plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
      if (isWorkingDay(known, day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether the office is open at {@code at}, and when that next changes. An office that is always
   * open is OPEN with no change. On a day whose hours the council does not publish the answer is
   * UNKNOWN, and a CLOSED office whose next opening falls on such a day has no known change.
   */
  public OfficeStatus officeStatus(OfficeHours hours, Instant at) {
    if (hours.alwaysOpen()) {
      return new OfficeStatus(State.OPEN, Optional.empty());
    }
    BankHolidays known = holidays.get();
    LocalDate today = londonDate(at);
    Optional<Day> day = hoursOn(known, hours, today);
    if (day.isPresent() && day.get() instanceof Unstated) {
      return new OfficeStatus(State.UNKNOWN, Optional.empty());
    }
    if (day.isPresent() && day.get() instanceof Open open && isOpen(today, open, at)) {
      return new OfficeStatus(State.OPEN, closingAfter(known, hours, today, open));
    }
    return new OfficeStatus(State.CLOSED, openingAfter(known, hours, at));
  }

  /**
   * {@code at} itself if the office is open then (always, for an office that is always open),
   * otherwise the instant it next opens; empty if that depends on hours the council does not
   * publish or lies more than about 400 days ahead.
   */
  public Optional<Instant> nextOpening(OfficeHours hours, Instant at) {
    OfficeStatus status = officeStatus(hours, at);
    return switch (status.state()) {
      case OPEN -> Optional.of(at);
      case CLOSED -> status.changesAt();
      case UNKNOWN -> Optional.empty();
    };
  }

  /**
   * The instant {@code duration} of the office's open time after {@code start}: the clock runs only
   * while the office is open, so four working hours from 15:00 on a Friday with a 17:00 close end at
   * 11:00 on Monday (if it opens at 09:00). An office that is always open counts every hour. Empty if
   * that depends on hours the council does not publish.
   */
  public Optional<Instant> addWorkingTime(OfficeHours hours, Instant start, Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("Working time must be positive");
    }
    if (hours.alwaysOpen()) {
      return Optional.of(start.plus(duration));
    }
    Instant at = start;
    Duration left = duration;
    for (int i = 0; i < SEARCH_DAYS; i++) {
      Optional<Instant> opens = nextOpening(hours, at);
      if (opens.isEmpty()) {
        return Optional.empty();
      }
      at = opens.get();
      Optional<Instant> closes = officeStatus(hours, at).changesAt();
      if (closes.isEmpty()) {
        return Optional.empty();
      }
      Duration open = Duration.between(at, closes.get());
      if (left.compareTo(open) <= 0) {
        return Optional.of(at.plus(left));
      }
      left = left.minus(open);
      at = closes.get();
    }
    return Optional.empty();
  }

  private boolean isOpen(LocalDate date, Open open, Instant at) {
    return !at.isBefore(opening(date, open)) && at.isBefore(closing(date, open));
  }

  /** When an office open on {@code date} closes, following hours that run on past midnight. */
  private Optional<Instant> closingAfter(BankHolidays known, OfficeHours hours, LocalDate date, Open open) {
    LocalDate day = date;
    Open current = open;
    for (int i = 0; i < SEARCH_DAYS; i++) {
      if (!current.closesAtMidnight()) {
        return Optional.of(closing(day, current));
      }
      Optional<Day> next = hoursOn(known, hours, day.plusDays(1));
      if (next.isEmpty()
          || !(next.get() instanceof Open following)
          || !following.opens().equals(LocalTime.MIDNIGHT)) {
        return Optional.of(closing(day, current));
      }
      day = day.plusDays(1);
      current = following;
    }
    return Optional.empty();
  }

  /** The first opening after {@code at}, unless a day of unpublished hours comes first. */
  private Optional<Instant> openingAfter(BankHolidays known, OfficeHours hours, Instant at) {
    LocalDate day = londonDate(at);
    for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
      Optional<Day> hoursThatDay = hoursOn(known, hours, day);
      if (hoursThatDay.isEmpty()) {
        continue;
      }
      if (!(hoursThatDay.get() instanceof Open open)) {
        return Optional.empty();
      }
      Instant opens = opening(day, open);
      if (opens.isAfter(at)) {
        return Optional.of(opens);
      }
    }
    return Optional.empty();
  }

  /**
   * The office's hours on a date, or empty if it is closed that day: on the council's closures, and
   * on bank holidays if it closes then. On a shorter day it closes at the early close, or stays shut
   * if it would not yet have opened; hours not published stay so.
   */
  private Optional<Day> hoursOn(BankHolidays known, OfficeHours hours, LocalDate date) {
    if (hours.closedOnBankHolidays() && known.isHoliday(date) || special.closedOn(date)) {
      return Optional.empty();
    }
    Optional<Day> usual = hours.on(date.getDayOfWeek());
    Optional<LocalTime> early = special.earlyCloseOn(date);
    if (early.isEmpty() || usual.isEmpty() || !(usual.get() instanceof Open open)) {
      return usual;
    }
    if (!open.closesAtMidnight() && !early.get().isBefore(open.closes())) {
      return usual;
    }
    return open.opens().isBefore(early.get()) ? Optional.of(new Open(open.opens(), early.get())) : Optional.empty();
  }

  private Instant opening(LocalDate date, Open open) {
    return ZonedDateTime.of(date, open.opens(), zone).toInstant();
  }

  private Instant closing(LocalDate date, Open open) {
    return open.closesAtMidnight()
        ? startOf(date.plusDays(1))
        : ZonedDateTime.of(date, open.closes(), zone).toInstant();
  }

  private Instant startOf(LocalDate date) {
    return date.atStartOfDay(zone).toInstant();
  }
}
