package uk.frontdoor.identity.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-in tries by typed username, whether or not such a user exists: the fifth
 * failed password or code in a row locks the username for 15 minutes, and only a completed
 * sign-in (both steps) clears the count, so a known password does not buy more guesses at the
 * code. Each try runs under a row lock on the username's row, so tries for one username are taken
 * one at a time on every node, and the count survives restarts.
 */
@Component
public class SignInAttempts {

  static final int MAX_FAILURES = 5;
  static final Duration LOCK = Duration.ofMinutes(15);
  private static final Duration FORGET_AFTER = Duration.ofDays(1);
  private static final int MAX_USERNAME = 200;

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;

  SignInAttempts(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** The outcome of one try: passed with a value, refused, or locked until a time. */
  public record Attempt<T>(T value, Instant lockedUntil) {

    public boolean passed() {
      return value != null;
    }

    public boolean locked() {
      return lockedUntil != null;
    }
  }

  /** How sign-in keys a username: trimmed, lower case, at most 200 characters. */
  public static String key(String username) {
    String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return key.length() > MAX_USERNAME ? key.substring(0, MAX_USERNAME) : key;
  }

  /**
   * Runs the check unless the username is locked; counts it if it fails. With {@code
   * completesSignIn}, a passed check clears the count.
   */
  public <T> Attempt<T> attempt(String username, boolean completesSignIn, Supplier<Optional<T>> check) {
    String key = key(username);
    return transactions.execute(
        status -> {
          Instant now = clock.instant();
          // Forget stale rows, skipping any another try holds, so that two tries never wait on
          // each other here.
          jdbc.sql(
                  """
                  DELETE FROM staff_sign_in_attempt WHERE username IN (
                    SELECT username FROM staff_sign_in_attempt
                    WHERE updated_at < ? AND (locked_until IS NULL OR locked_until < ?)
                    LIMIT 100 FOR UPDATE SKIP LOCKED)
                  """)
              .param(Timestamp.from(now.minus(FORGET_AFTER)))
              .param(Timestamp.from(now))
              .update();
          jdbc.sql(
                  """
                  INSERT INTO staff_sign_in_attempt (username, updated_at) VALUES (?, ?)
                  ON CONFLICT (username) DO NOTHING
                  """)
              .param(key)
              .param(Timestamp.from(now))
              .update();
          Row row =
              jdbc.sql("SELECT failures, locked_until FROM staff_sign_in_attempt WHERE username = ? FOR UPDATE")
                  .param(key)
                  .query(
                      (rs, n) -> {
                        Timestamp until = rs.getTimestamp("locked_until");
                        return new Row(rs.getInt("failures"), until == null ? null : until.toInstant());
                      })
                  .single();
          if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
            return new Attempt<T>(null, row.lockedUntil());
          }
          Optional<T> result = check.get();
          if (result.isPresent()) {
            if (completesSignIn) {
              jdbc.sql("DELETE FROM staff_sign_in_attempt WHERE username = ?").param(key).update();
            }
            return new Attempt<>(result.get(), null);
          }
          int failures = row.failures() + 1;
          Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCK) : null;
          jdbc.sql(
                  """
                  UPDATE staff_sign_in_attempt SET failures = ?, locked_until = ?, updated_at = ?
                  WHERE username = ?
                  """)
              .param(lockedUntil == null ? failures : 0)
              .param(new SqlParameterValue(Types.TIMESTAMP, lockedUntil == null ? null : Timestamp.from(lockedUntil)))
              .param(Timestamp.from(now))
              .param(key)
              .update();
          return new Attempt<T>(null, lockedUntil);
        });
  }

  private record Row(int failures, Instant lockedUntil) {}
}
