package uk.frontdoor.returns;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.casework.ProtectionRows;
import uk.frontdoor.platform.Tenancy;

/** Casework rows for the returns' tests, written as the council's own: episodes under a test's child key, assessments, any SQL. */
record ReturnsRows(JdbcClient jdbc, TransactionTemplate transactions, Tenancy tenancy, UUID workerId) {

  void sql(UUID authority, String sql, Object... params) {
    transactions.executeWithoutResult(s -> {
      tenancy.bind(authority);
      jdbc.sql(sql).params(params).update();
    });
  }

  /** A test episode under a child key of the test's own, so that its census LAchildID is always the same. */
  UUID episode(UUID authority, String key, String first, LocalDate born, LocalDate expected) {
    UUID id = new ProtectionRows(jdbc, transactions, tenancy, authority).episode(first, "Golden", born, expected, null);
    sql(authority, "UPDATE casework_episode SET child_key = ?, primary_need = 'N1' WHERE id = ?", key, id);
    return id;
  }

  /** An authorised assessment, started and authorised on these days. */
  void assessment(UUID authority, UUID episode, String start, String authorised, String... factors) {
    sql(authority, """
        INSERT INTO casework_assessment (authority_id, id, episode_id, status, start_date, factors, started_at, started_by_id,
            started_by_name, authorised_at, authorised_by_id, authorised_by_name)
        VALUES (?, ?, ?, 'AUTHORISED', ?, ?, ?, ?, 'Test worker', ?, ?, 'Test manager')
        """, authority, UUID.randomUUID(), episode, LocalDate.parse(start), factors, Timestamp.from(Instant.parse(start + "T10:00:00Z")),
        workerId, Timestamp.from(Instant.parse(authorised + "T15:00:00Z")), workerId);
  }
}
