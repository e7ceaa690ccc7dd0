package uk.frontdoor.people.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Dates of birth as people get them wrong, and how two dates of birth compare. */
public final class BirthDates {

  /** How a recorded date of birth compares with the one given, best first. */
  public enum Agreement {
    SAME("date of birth matches"),
    DAY_MONTH_SWAPPED("date of birth matches with day and month swapped"),
    ONE_DAY_OUT("date of birth one day out"),
    ONE_MONTH_OUT("date of birth one month out"),
    ONE_YEAR_OUT("date of birth one year out"),
    SAME_YEAR("same year of birth"),
    DIFFERENT("date of birth differs");

    private final String reason;

    Agreement(String reason) {
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  private BirthDates() {}

  /**
   * The date given and the dates it would be had it been mistyped in the usual ways: a day out, a
   * month out, a year out, day and month swapped.
   */
  public static List<LocalDate> likelyMistakes(LocalDate given) {
    Set<LocalDate> dates = new LinkedHashSet<>();
    dates.add(given);
    swapped(given).ifPresent(dates::add);
    dates.add(given.minusDays(1));
    dates.add(given.plusDays(1));
    dates.add(given.minusMonths(1));
    dates.add(given.plusMonths(1));
    dates.add(given.minusYears(1));
    dates.add(given.plusYears(1));
    return List.copyOf(dates);
  }

  /** How a recorded date compares with a given one. */
  public static Agreement compare(LocalDate given, LocalDate recorded) {
    if (given.equals(recorded)) {
      return Agreement.SAME;
    }
    if (swapped(given).filter(recorded::equals).isPresent()) {
      return Agreement.DAY_MONTH_SWAPPED;
    }
    if (Math.abs(ChronoUnit.DAYS.between(given, recorded)) == 1) {
      return Agreement.ONE_DAY_OUT;
    }
    if (given.minusMonths(1).equals(recorded) || given.plusMonths(1).equals(recorded)) {
      return Agreement.ONE_MONTH_OUT;
    }
    if (given.minusYears(1).equals(recorded) || given.plusYears(1).equals(recorded)) {
      return Agreement.ONE_YEAR_OUT;
    }
    return given.getYear() == recorded.getYear() ? Agreement.SAME_YEAR : Agreement.DIFFERENT;
  }

  private static Optional<LocalDate> swapped(LocalDate date) {
    // A day of 12 or less is a month, and a month is a day that every month has.
    if (date.getDayOfMonth() > 12 || date.getDayOfMonth() == date.getMonthValue()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()));
  }
}
