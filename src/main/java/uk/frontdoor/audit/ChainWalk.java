package uk.frontdoor.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Walks a council's audit entries oldest first, recomputing each hash from the one before, and
 * remembers the first entry that does not follow (ADR 0007). The application's check and the
 * operator's command ({@link AuditCommand}) walk the chain the same way.
 */
final class ChainWalk {

  /** The entries in the order the walk reads them, with what {@link #next} needs. */
  static final String ENTRIES =
      """
      SELECT seq, at, actor_id, actor_name, action, subject_type, subject_id, detail,
             previous_hash, hash
      FROM audit_event WHERE authority_id = ? ORDER BY seq
      """;

  private final UUID authorityId;
  private String previous = AuditLog.GENESIS;
  private long expectedSeq = 1;
  private Long broken;
  private long count;

  ChainWalk(UUID authorityId) {
    this.authorityId = authorityId;
  }

  /** Reads the entry at the result's current row. */
  void next(ResultSet rs) throws SQLException {
    count++;
    if (broken != null) {
      return;
    }
    AuditEntry entry = AuditLog.entry(rs, 0);
    boolean follows = entry.seq() == expectedSeq && previous.equals(rs.getString("previous_hash"));
    String recomputed = AuditLog.hash(authorityId, previous, entry);
    if (!follows || !recomputed.equals(rs.getString("hash"))) {
      broken = entry.seq();
      return;
    }
    previous = recomputed;
    expectedSeq++;
  }

  AuditLog.Verification result() {
    return new AuditLog.Verification(broken == null, count, broken);
  }

  /** The newest entry that follows from the start: the whole chain's head if it is intact. */
  AuditLog.Head head() {
    return new AuditLog.Head(expectedSeq - 1, previous);
  }
}
