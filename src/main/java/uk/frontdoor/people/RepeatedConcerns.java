package uk.frontdoor.people;

import java.time.LocalDate;
import java.util.List;

/**
 * Contacts about a person's household in the last 12 months that each fell below the threshold
 * for a referral: their number and dates, flagged when there are {@link #FLAG_AT} or more, since
 * repeated lower-level concerns can add up to a pattern no single contact shows.
 */
public record RepeatedConcerns(int count, List<LocalDate> dates, boolean flagged) {

  public static final int FLAG_AT = 3;

  public RepeatedConcerns {
    dates = List.copyOf(dates);
  }

  static RepeatedConcerns of(List<LocalDate> dates) {
    return new RepeatedConcerns(dates.size(), dates, dates.size() >= FLAG_AT);
  }
}
