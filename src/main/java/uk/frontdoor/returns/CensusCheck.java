package uk.frontdoor.returns;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import uk.frontdoor.authority.WorkingCalendar;

/**
 * One check of a census by {@link CensusRules}: the census, the council's working days (rules
 * 8569Q, 8670Q, 8675Q count them back from the collection year's ends), and what is counted once a
 * census rather than once a child (rule 1520 on each of 20,000 children would compare 400 million
 * pairs).
 */
public final class CensusCheck {

  private final Census census;
  private final WorkingCalendar calendar;
  private Set<String> repeatedUpns;
  private Set<String> repeatedIds;
  private final Map<String, LocalDate> workingDaysBefore = new HashMap<>();

  CensusCheck(Census census, WorkingCalendar calendar) {
    this.census = Objects.requireNonNull(census, "census");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  public Census census() {
    return census;
  }

  public List<Census.Child> children() {
    return census.children();
  }

  /** The collection year's first day, 1 April. */
  public LocalDate start() {
    return census.start();
  }

  /** The reference date, 31 March: the collection year's last day. */
  public LocalDate referenceDate() {
    return census.referenceDate();
  }

  /** On or after 1 April and on or before 31 March of the census year. */
  public boolean inYear(LocalDate day) {
    return day != null && !day.isBefore(start()) && !day.isAfter(referenceDate());
  }

  /**
   * The working day {@code n} working days before {@code day} in the council's calendar, counted
   * once a census for each day and number asked (the rules ask it of every open assessment).
   */
  public LocalDate workingDaysBefore(LocalDate day, int n) {
    return workingDaysBefore.computeIfAbsent(day + "-" + n, k -> {
      LocalDate back = day;
      for (int counted = 0; counted < n; ) {
        back = back.minusDays(1);
        if (calendar.isWorkingDay(back)) {
          counted++;
        }
      }
      return back;
    });
  }

  /** The UPNs more than one child in the census has (rule 1520). */
  public Set<String> repeatedUpns() {
    if (repeatedUpns == null) {
      repeatedUpns = repeated(Census.Child::upn);
    }
    return repeatedUpns;
  }

  /** The LAchildIDs more than one child in the census has (rule 8510). */
  public Set<String> repeatedIds() {
    if (repeatedIds == null) {
      repeatedIds = repeated(Census.Child::laChildId);
    }
    return repeatedIds;
  }

  private Set<String> repeated(Function<Census.Child, String> key) {
    Set<String> seen = new HashSet<>();
    Set<String> twice = new HashSet<>();
    children().stream().map(key).filter(Objects::nonNull).filter(value -> !seen.add(value)).forEach(twice::add);
    return twice;
  }
}
