package uk.frontdoor.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.identity.internal.AccountChanges.Account;
import uk.frontdoor.identity.internal.AccountChanges;
import uk.frontdoor.identity.internal.Administrators;
import uk.frontdoor.platform.Transactions;

/**
 * A council administrator's work on their own council's staff: who they are and when they last
 * signed in, getting someone who lost their authenticator app or locked themselves out back in,
 * and disabling and re-enabling accounts. Every change is audited and the person told by email.
 */
@Service
public record StaffAdministration(JdbcClient jdbc, AccountChanges changes, Administrators administrators, Clock clock,
    Transactions transactions) {

  public static final String SUBJECT = AccountChanges.SUBJECT;

  /**
   * A change refused because it would leave the council with no active administrator (an enabled
   * account with the role that has set up its sign-in): nobody would be left to invite staff or
   * give roles, and only the database's owner could put it right.
   */
  public static class LastAdministrator extends RuntimeException {
    private final String displayName;

    public LastAdministrator(String displayName) {
      super("The council's last active administrator");
      this.displayName = displayName;
    }

    /** What the administrator is told, beside the change they asked for. */
    public String said() {
      return displayName + " is your council’s only active administrator. Give the council administrator role to someone else who has"
          + " set up their sign-in first";
    }
  }

  /** The council's staff, by name, with whether each is set up, locked out or disabled, and their last sign-in. */
  public List<StaffAccount> staff(UUID authorityId) {
    return transactions.read(() -> jdbc.sql(
            """
            SELECT s.id, s.username, s.display_name, s.agency, s.roles, s.enabled,
                   s.totp_secret IS NOT NULL AS enrolled, s.password_hash IS NULL AS invited, s.last_signed_in_at,
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
                    instant(rs.getTimestamp("locked_until")),
                    rs.getBoolean("invited"),
                    instant(rs.getTimestamp("last_signed_in_at"))))
        .list());
  }

  /** A member of the council's staff, or nobody. */
  public java.util.Optional<StaffAccount> account(UUID authorityId, UUID staffId) {
    return transactions.read(() -> staff(authorityId).stream().filter(a -> a.id().equals(staffId)).findFirst());
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }

  /**
   * Forgets a member of staff's authenticator app, so that they set up a new one at their next
   * sign-in, lifts any lock-out and ends their sessions.
   *
   * @return false if they are not on the administrator's council's staff
   */
  public boolean resetAuthenticator(StaffUser administrator, UUID staffId) {
    return transactions.write(() -> changes.of(administrator, staffId).map(account -> {
      jdbc.sql("UPDATE staff_user SET totp_secret = NULL, totp_last_step = NULL, totp_enrolled_at = NULL WHERE id = ?")
          .param(staffId)
          .update();
      jdbc.sql("DELETE FROM staff_sign_in_attempt WHERE username = ?").param(account.username()).update();
      changes.record(administrator, account, "AUTHENTICATOR_RESET", "They set up a new app at their next sign-in",
          "Your authenticator app for Front Door has been reset. When you next sign in, enter your password and set up the app again from the QR code.");
      changes.endSessions(account);
      return true;
    }).orElse(false));
  }

  /**
   * Lifts a lock-out after too many failed tries.
   *
   * @return false if they are not on the administrator's council's staff
   */
  public boolean liftLockOut(StaffUser administrator, UUID staffId) {
    return transactions.write(() -> changes.of(administrator, staffId).map(account -> {
      jdbc.sql("DELETE FROM staff_sign_in_attempt WHERE username = ?").param(account.username()).update();
      changes.record(administrator, account, "LOCK_OUT_LIFTED", "",
          "The lock-out on your Front Door account has been lifted. You can sign in again now.");
      return true;
    }).orElse(false));
  }

  /**
   * Disables an account: it cannot sign in and its sessions end at once. An administrator cannot
   * disable their own, nor the council's last active administrator's.
   *
   * @return false if they are not on the administrator's council's staff, or are the administrator
   * @throws LastAdministrator if they are the council's only active administrator
   */
  public boolean disable(StaffUser administrator, UUID staffId) {
    return transactions.write(() -> {
      if (staffId.equals(administrator.id())) {
        return false;
      }
      return changes.of(administrator, staffId).map(account -> {
        if (administrators.onlyOne(account.authorityId(), staffId)) {
          throw new LastAdministrator(account.displayName());
        }
        jdbc.sql("UPDATE staff_user SET enabled = false WHERE id = ?").param(staffId).update();
        changes.record(administrator, account, "ACCOUNT_DISABLED", "",
            "Your Front Door account has been disabled. You cannot sign in until an administrator re-enables it.");
        changes.endSessions(account);
        return true;
      }).orElse(false);
    });
  }

  /**
   * Re-enables a disabled account: it signs in as before, with the same password and app.
   *
   * @return false if they are not on the administrator's council's staff
   */
  public boolean enable(StaffUser administrator, UUID staffId) {
    return transactions.write(() -> changes.of(administrator, staffId).map(account -> {
      jdbc.sql("UPDATE staff_user SET enabled = true WHERE id = ?").param(staffId).update();
      changes.record(administrator, account, "ACCOUNT_ENABLED", "",
          "Your Front Door account has been re-enabled. You can sign in again with your password and authenticator app.");
      return true;
    }).orElse(false));
  }
}
