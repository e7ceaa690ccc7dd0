package uk.frontdoor.authority;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a council's office is open at an instant.
 *
 * @param changesAt when the state next changes: empty for an office that is always open, and
 *     where it depends on hours the council does not publish
 */
public record OfficeStatus(State state, Optional<Instant> changesAt) {

  public enum State {
    OPEN,
    CLOSED,
    /** The council says it is open this day but does not publish the times. */
    UNKNOWN
  }
}
