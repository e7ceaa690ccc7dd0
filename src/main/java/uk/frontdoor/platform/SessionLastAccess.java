package uk.frontdoor.platform;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A web session's last access is written to PostgreSQL at most once every {@link #EVERY}. Spring
 * Session JDBC updates the session's row on every request for its last access alone, a
 * transaction of its own that waits for the disk; here that update changes the row only when the
 * last access has moved on by {@link #EVERY} or more, or when anything else in the row changes (a
 * new id at sign-in, the principal, the idle time). Attributes are written as before.
 *
 * <p>A session still ends after its idle time: the stored last access is never more than {@link
 * #EVERY} behind the real one, so an idle session ends at most that much early, never late.
 */
@Configuration(proxyBeanMethods = false)
class SessionLastAccess {

  static final Duration EVERY = Duration.ofMinutes(1);

  /**
   * Spring Session's update of a session's row, its parameters in the same order, changing nothing
   * when only the last access moved, and by less than {@link #EVERY}.
   */
  static final String UPDATE =
      """
      UPDATE %TABLE_NAME% s
      SET SESSION_ID = p.session_id, LAST_ACCESS_TIME = p.last_access, MAX_INACTIVE_INTERVAL = p.max_inactive,
          EXPIRY_TIME = p.expiry, PRINCIPAL_NAME = p.principal
      FROM (VALUES (?::varchar, ?::bigint, ?::int, ?::bigint, ?::varchar, ?::char(36)))
           AS p (session_id, last_access, max_inactive, expiry, principal, primary_id)
      WHERE s.PRIMARY_ID = p.primary_id
        AND (s.SESSION_ID <> p.session_id
             OR s.MAX_INACTIVE_INTERVAL <> p.max_inactive
             OR s.PRINCIPAL_NAME IS DISTINCT FROM p.principal
             OR p.last_access >= s.LAST_ACCESS_TIME + {every})
      """
          .replace("{every}", Long.toString(EVERY.toMillis()));

  @Bean
  SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessAtMostOnceAMinute() {
    return repository -> repository.setUpdateSessionQuery(UPDATE);
  }
}
