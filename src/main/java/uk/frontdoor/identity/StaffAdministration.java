package uk.frontdoor.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.frontdoor.audit.AuditLog;

/**
 * A council administrator's work on their own council's staff: who they are, and getting someone
 * who lost their authenticator app or locked themselves out back in. Every change is audited.
 */
@Service
public class StaffAdministration {

  public static final String SUBJECT = "STAFF_USER";

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  StaffAdministration(JdbcClient jdbc, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** The council's staff, by name, with whether each is set up and whether they are locked out. */
  @Transactional(readOnly = true)
  public List<StaffAccount> staff(UUID authorityId) {
    return jdbc.sql(
            """
            SELECT s.id, s.username, s.display_name, s.agency, s.roles, s.enabled,
                   s.totp_secret IS NOT NULL AS enrolled,
                   CASE WHEN a.locked_until > ? THEN a.locked_until END AS locked_until
            FROM staff_user s LEFT JOIN staff_sign_in_attempt a ON a.username = s.username
            WHERE s.authority_id = ?
            ORDER BY s.display_name
            """)
        .params(Timestamp.from(clock.instant()), authorityId)
        .query(
            (rs, n) ->
                new StaffAccount(
                    rs.getObject("id", UUID.class),
                    rs.getString("username"),
                    rs.getString("display_name"),
                    Agency.valueOf(rs.getString("agency")),
                    Arrays.asList((String[]) rs.getArray("roles").getArray()),
                    rs.getBoolean("enabled"),
                    rs.getBoolean("enrolled"),
                    rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant()))
        .list();
  }

  /**
   * Forgets a member of staff's authenticator app, so that they set up a new one at their next
   * sign-in, and lifts any lock-out.
   *
   * @return false if they are not on the administrator's council's staff
   */
  @Transactional
  public boolean resetAuthenticator(StaffUser administrator, UUID staffId) {
    Optional<String> username = usernameOf(administrator, staffId);
    username.ifPresent(
        name -> {
          jdbc.sql("UPDATE staff_user SET totp_secret = NULL, totp_last_step = NULL, totp_enrolled_at = NULL WHERE id = ?")
              .param(staffId)
              .update();
          jdbc.sql("DELETE FROM staff_sign_in_attempt WHERE username = ?").param(name).update();
          record(administrator, "AUTHENTICATOR_RESET", name, "They set up a new app at their next sign-in");
        });
    return username.isPresent();
  }

  /**
   * Lifts a lock-out after too many failed tries.
   *
   * @return false if they are not on the administrator's council's staff
   */
  @Transactional
  public boolean liftLockOut(StaffUser administrator, UUID staffId) {
    Optional<String> username = usernameOf(administrator, staffId);
    username.ifPresent(
        name -> {
          jdbc.sql("DELETE FROM staff_sign_in_attempt WHERE username = ?").param(name).update();
          record(administrator, "LOCK_OUT_LIFTED", name, "");
        });
    return username.isPresent();
  }

  private Optional<String> usernameOf(StaffUser administrator, UUID staffId) {
    return jdbc.sql("SELECT username FROM staff_user WHERE id = ? AND authority_id = ?")
        .params(staffId, administrator.authorityId())
        .query(String.class)
        .optional();
  }

  private void record(StaffUser administrator, String action, String username, String detail) {
    audit.record(
        administrator.authorityId(), administrator.id(), administrator.displayName(), action, SUBJECT, username, detail);
  }
}
