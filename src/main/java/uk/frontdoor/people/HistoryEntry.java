package uk.frontdoor.people;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a person's history: a contact (and whether it fell below the threshold for a
 * referral), a referral, an open case, a plan, a period looked after, LADO involvement. No end
 * date means it has not ended.
 */
public record HistoryEntry(
    HistoryKind kind,
    String reference,
    LocalDate startedOn,
    LocalDate endedOn,
    boolean belowThreshold,
    String summary) {

  public HistoryEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(startedOn, "startedOn");
    summary = summary == null ? "" : summary;
    if (belowThreshold && kind != HistoryKind.CONTACT) {
      throw new IllegalArgumentException("Only a contact falls below the threshold");
    }
    if (endedOn != null && endedOn.isBefore(startedOn)) {
      throw new IllegalArgumentException("Ends before it starts");
    }
  }

  /** Whether it had started and not yet ended on a day. */
  public boolean isOpenOn(LocalDate day) {
    return !startedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
  }
}
