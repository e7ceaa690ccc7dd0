package uk.frontdoor.authority;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a council's office is open at an instant, and when that next changes.
 *
 * @param state open, closed, or unknown because the council does not publish that day's hours
 * @param changesAt when the state next changes; empty for an office that is always open, and
 *     wherever it cannot be known (the change depends on hours the council does not publish, or
 *     lies beyond the calendar's search horizon)
 */
public record OfficeStatus(State state, Optional<Instant> changesAt) {

  /** Checks that neither part is null. */
  public OfficeStatus {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(changesAt, "changesAt");
  }

  /** Whether the office is open. */
  public enum State {
    OPEN,
    CLOSED,
    /** The council says the office opens this day but does not publish the times. */
    UNKNOWN
  }
}
