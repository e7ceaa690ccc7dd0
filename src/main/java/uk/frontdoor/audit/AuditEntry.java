package uk.frontdoor.audit;

import java.time.Instant;
import java.util.UUID;

/** One entry of a council's audit log. */
public record AuditEntry(
    long seq,
    Instant at,
    UUID actorId,
    String actorName,
    String action,
    String subjectType,
    String subjectId,
    String detail) {

  /** What was done, in words. */
  public String what() {
    return AuditAction.words(action);
  }
}
