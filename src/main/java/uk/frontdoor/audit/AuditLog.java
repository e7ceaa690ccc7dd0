package uk.frontdoor.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.workflow.Actor;

/**
 * Writes and checks each council's audit log. Entries are written in the transaction of the view
 * or change they record, so a change is never stored without its entry.
 */
@Service
public record AuditLog(JdbcClient jdbc, Tenancy tenancy, Clock clock, Transactions transactions) {

  static final String GENESIS = "0".repeat(64);

  /** Who did what Front Door did by itself (a timer, an arrival), in the audit log and histories. */
  public static final UUID SYSTEM = Actor.SYSTEM.id();

  public static final String SYSTEM_NAME = Actor.SYSTEM.name();

  /** The result of checking a council's chain. */
  public record Verification(boolean intact, long entries, Long firstBrokenSeq) {}

  /**
   * A council's newest entry: its number and hash. Kept outside the database (with a backup), it
   * shows whether a copy of the chain has lost its newest entries, which a chain that merely
   * verifies cannot (ADR 0007).
   */
  public record Head(long seq, String hash) {}

  /** Records that someone saw or changed a record of the council. */
  public void record(
      UUID authorityId, UUID actorId, String actorName, String action, String subjectType, String subjectId, String detail) {
    transactions.write(() -> {
      tenancy.bind(authorityId);
      // One writer at a time per council, so each entry follows the one before it.
      jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('audit:' || ?))").param(authorityId.toString()).query().listOfRows();
      Head last = last(authorityId);
      AuditEntry entry =
          new AuditEntry(
              last.seq() + 1,
              clock.instant().truncatedTo(ChronoUnit.MICROS),
              actorId,
              actorName,
              action,
              subjectType,
              subjectId,
              detail == null ? "" : detail);
      jdbc.sql(
              """
              INSERT INTO audit_event (authority_id, seq, at, actor_id, actor_name, action, subject_type,
                  subject_id, detail, previous_hash, hash)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(
              authorityId,
              entry.seq(),
              Timestamp.from(entry.at()),
              entry.actorId(),
              entry.actorName(),
              entry.action(),
              entry.subjectType(),
              entry.subjectId(),
              entry.detail(),
              last.hash(),
              hash(authorityId, last.hash(), entry))
          .update();
    });
  }

  /** Everything recorded about one record, oldest first. */
  public List<AuditEntry> about(UUID authorityId, String subjectType, String subjectId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            """
            SELECT seq, at, actor_id, actor_name, action, subject_type, subject_id, detail
            FROM audit_event WHERE authority_id = ? AND subject_type = ? AND subject_id = ?
            ORDER BY seq
            """)
        .params(subjectType, subjectId)
        .query(AuditLog::entry)
        .list());
  }

  /** Recomputes the council's whole chain and says where, if anywhere, it breaks. */
  public Verification verify(UUID authorityId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      ChainWalk walk = new ChainWalk(authorityId);
      jdbc.sql(ChainWalk.ENTRIES).param(authorityId).query(walk::next);
      return walk.result();
    });
  }

  /** The council's newest entry, or the start of an empty chain (seq 0). */
  public Head head(UUID authorityId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return last(authorityId);
    });
  }

  private Head last(UUID authorityId) {
    return jdbc.sql("SELECT seq, hash FROM audit_event WHERE authority_id = ? ORDER BY seq DESC LIMIT 1")
        .param(authorityId)
        .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash")))
        .optional()
        .orElse(new Head(0, GENESIS));
  }

  static AuditEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new AuditEntry(
        rs.getLong("seq"),
        rs.getTimestamp("at").toInstant(),
        rs.getObject("actor_id", UUID.class),
        rs.getString("actor_name"),
        rs.getString("action"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        rs.getString("detail"));
  }

  static String hash(UUID authorityId, String previousHash, AuditEntry entry) {
    String canonical =
        String.join(
            "\u001f",
            previousHash,
            authorityId.toString(),
            Long.toString(entry.seq()),
            entry.at().toString(),
            entry.actorId().toString(),
            entry.actorName(),
            entry.action(),
            entry.subjectType(),
            entry.subjectId(),
            entry.detail());
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
