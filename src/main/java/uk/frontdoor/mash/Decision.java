package uk.frontdoor.mash;

import java.time.Instant;
import java.util.UUID;

/**
 * The MASH's decision on a contact and, once a manager has authorised it, who did and when.
 *
 * @param thresholdLevel 1 universal, 2 early help, 3 targeted (multi-agency), 4 specialist
 */
public record Decision(
    int thresholdLevel,
    String rationale,
    Outcome outcome,
    String nextSteps,
    UUID decidedBy,
    String decidedByName,
    Instant decidedAt,
    UUID authorisedBy,
    String authorisedByName,
    Instant authorisedAt) {

  public boolean authorised() {
    return authorisedAt != null;
  }

  /** Whether this member of staff made the decision, and so may not authorise it. */
  public boolean madeBy(UUID staffId) {
    return decidedBy.equals(staffId);
  }
}
