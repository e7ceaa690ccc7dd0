package uk.frontdoor.authority;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A council's own special days on top of bank holidays: closures, when the office is shut all day
 * and the day is not a working day, and shorter days, when the office closes early but the day
 * still counts as a working day. {@link WorkingCalendar#forCouncil} honours them.
 */
public record SpecialDays(List<Day> days) {

  /** No special days. */
  public static final SpecialDays NONE = new SpecialDays(List.of());

  /**
   * One special day.
   *
   * @param closesAt when the office closes early on a shorter day; null on a closure
   * @param description the council's words, such as "Christmas Eve"
   */
  public record Day(LocalDate date, LocalTime closesAt, String description) {

    public Day {
      Objects.requireNonNull(date, "date");
      if (closesAt != null && closesAt.equals(LocalTime.MIDNIGHT)) {
        throw new IllegalArgumentException("A shorter day closes after midnight");
      }
    }

    /** Whether the office is shut all day and the day is not a working day. */
    public boolean closure() {
      return closesAt == null;
    }
  }

  /** Orders the days by date; a date given twice keeps the last. */
  public SpecialDays {
    TreeMap<LocalDate, Day> byDate = new TreeMap<>();
    (days == null ? List.<Day>of() : days).forEach(day -> byDate.put(day.date(), day));
    days = List.copyOf(byDate.values());
  }

  public static SpecialDays of(Collection<Day> days) {
    return days.isEmpty() ? NONE : new SpecialDays(List.copyOf(days));
  }

  public Optional<Day> on(LocalDate date) {
    return days.stream().filter(day -> day.date().equals(date)).findFirst();
  }

  /** Whether the council is closed all day. */
  public boolean closedOn(LocalDate date) {
    return on(date).filter(Day::closure).isPresent();
  }

  /** The early close on a shorter day. */
  public Optional<LocalTime> earlyCloseOn(LocalDate date) {
    return on(date).map(Day::closesAt);
  }

  /** The days from {@code from} on, in date order. */
  public List<Day> from(LocalDate from) {
    return Collections.unmodifiableList(days.stream().filter(day -> !day.date().isBefore(from)).toList());
  }
}
