package uk.frontdoor.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.identity.internal.SignInAttempts.Attempt;

/**
 * Staff sign in in two steps: a password, then a 6-digit code from an authenticator app (or, for a
 * user without one yet, setting one up and confirming it with its first code). Every failed
 * password or code counts towards the lock-out in {@link SignInAttempts}; an unknown username is
 * answered exactly as a wrong password, after the same bcrypt work.
 */
@Service
public class StaffSignIn {

  private static final Logger log = LoggerFactory.getLogger(StaffSignIn.class);
  public static final String ISSUER = "Front Door";

  private final JdbcClient jdbc;
  private final SignInAttempts attempts;
  private final TotpSecrets secrets;
  private final SingleSignOnProviders providers;
  private final Clock clock;
  private final boolean showDemoCodes;
  private static final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
  private final String unknownUserHash = bcrypt.encode("no such user: compare against something anyway");

  StaffSignIn(
      JdbcClient jdbc,
      SignInAttempts attempts,
      TotpSecrets secrets,
      SingleSignOnProviders providers,
      Clock clock,
      @Value("${frontdoor.demo.show-sign-in-codes:false}") boolean showDemoCodes) {
    this.jdbc = jdbc;
    this.attempts = attempts;
    this.secrets = secrets;
    this.providers = providers;
    this.clock = clock;
    this.showDemoCodes = showDemoCodes;
  }

  /**
   * Who got their password right, whether they have an authenticator app set up, and whether their
   * council has them sign in through its identity provider instead (then they go no further).
   */
  public record PasswordChecked(String username, boolean enrolled, boolean providerOnly) {}

  public Attempt<PasswordChecked> checkPassword(String username, String password) {
    Attempt<PasswordChecked> attempt =
        attempts.attempt(
            username,
            false,
            () -> {
              Optional<Account> account = account(SignInAttempts.key(username));
              String hash = account.map(Account::passwordHash).orElse(unknownUserHash);
              boolean matches = bcrypt.matches(password == null ? "" : password, hash);
              return account
                  .filter(a -> matches && a.user().isEnabled())
                  .map(a -> new PasswordChecked(a.user().getUsername(), a.sealedSecret() != null, providerOnly(a.user())));
            });
    logOutcome("password", username, attempt);
    return attempt;
  }

  /**
   * Whether the member of staff's council has its staff sign in through its identity provider
   * only. Its administrators keep their password and app, so that a fault at the provider (or in
   * its settings here) never locks the whole council out.
   */
  private boolean providerOnly(StaffUser user) {
    return !user.roles().contains("COUNCIL_ADMINISTRATOR") && !providers.passwordAllowed(user.authorityId());
  }

  /** The code from the user's authenticator app; once only. Completes the sign-in. */
  public Attempt<StaffUser> checkCode(String username, String code) {
    return codeStep(
        "code",
        username,
        account -> {
          if (account.sealedSecret() == null) {
            return false;
          }
          byte[] secret = secrets.open(username, account.sealedSecret());
          OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), account.lastStep());
          return step.isPresent() && useStep(username, step.getAsLong());
        });
  }

  /** A new secret for a user setting up their app, sealed: it is held in the session till confirmed. */
  public byte[] newSealedSecret(String username) {
    return secrets.seal(username, secrets.newSecret());
  }

  /** The secret as typed into an authenticator app by hand, in groups of four. */
  public String keyText(String username, byte[] sealedSecret) {
    return Base32.grouped(Base32.encode(secrets.open(username, sealedSecret)));
  }

  /** The {@code otpauth://} address for the QR code. */
  public String keyUri(String username, byte[] sealedSecret) {
    return Totp.keyUri(ISSUER, username, secrets.open(username, sealedSecret));
  }

  /**
   * Stores the new secret once a code made from it is right, and only if the user still has no
   * secret. Completes the sign-in.
   */
  public Attempt<StaffUser> enrol(String username, byte[] sealedSecret, String code) {
    return codeStep(
        "set-up code",
        username,
        account -> {
          if (account.sealedSecret() != null) {
            return false;
          }
          byte[] secret = secrets.open(username, sealedSecret);
          OptionalLong step = Totp.matchingStep(secret, code, clock.instant(), Long.MIN_VALUE);
          return step.isPresent() && store(username, sealedSecret, step.getAsLong());
        });
  }

  /** The second step: counts towards the lock-out, and completes the sign-in if the code is right. */
  private Attempt<StaffUser> codeStep(String step, String username, Predicate<Account> codeIsRight) {
    Attempt<StaffUser> attempt =
        attempts.attempt(
            username,
            true,
            () -> account(username).filter(a -> a.user().isEnabled() && codeIsRight.test(a)).map(Account::user));
    logOutcome(step, username, attempt);
    if (attempt.passed()) {
      jdbc.sql("UPDATE staff_user SET last_signed_in_at = ? WHERE id = ?")
          .params(Timestamp.from(clock.instant()), attempt.value().id())
          .update();
    }
    return attempt;
  }

  /**
   * In a demonstration (frontdoor.demo.show-sign-in-codes) and for a demo user (username ending
   * {@code .demo}) only: the code the app shows now or, if that one has been used (on a fixed
   * clock time stands still), the next one, while one is left.
   */
  public Optional<String> demoCode(String username) {
    if (!demoUser(username)) {
      return Optional.empty();
    }
    long now = Totp.step(clock.instant());
    return account(username)
        .filter(a -> a.sealedSecret() != null && a.lastStep() <= now)
        .map(a -> Totp.code(secrets.open(username, a.sealedSecret()), a.lastStep() < now ? now : now + 1));
  }

  /** As {@link #demoCode(String)}, for a secret being set up. */
  public Optional<String> demoCode(String username, byte[] sealedSecret) {
    return demoUser(username)
        ? Optional.of(Totp.code(secrets.open(username, sealedSecret), Totp.step(clock.instant())))
        : Optional.empty();
  }

  private boolean demoUser(String username) {
    return showDemoCodes && username.endsWith(".demo");
  }

  private boolean useStep(String username, long step) {
    return jdbc.sql(
                """
                UPDATE staff_user SET totp_last_step = ?
                WHERE username = ? AND (totp_last_step IS NULL OR totp_last_step < ?)
                """)
            .params(step, username, step)
            .update()
        == 1;
  }

  private boolean store(String username, byte[] sealedSecret, long step) {
    return jdbc.sql(
                """
                UPDATE staff_user SET totp_secret = ?, totp_last_step = ?, totp_enrolled_at = ?
                WHERE username = ? AND totp_secret IS NULL
                """)
            .params(sealedSecret, step, Timestamp.from(clock.instant()), username)
            .update()
        == 1;
  }

  private Optional<Account> account(String username) {
    return jdbc.sql(
            """
            SELECT id, authority_id, username, display_name, roles, enabled, password_hash,
                   totp_secret, totp_last_step
            FROM staff_user WHERE username = ?
            """)
        .param(username)
        .query(StaffSignIn::account)
        .optional();
  }

  private static Account account(ResultSet rs, int row) throws SQLException {
    Array roles = rs.getArray("roles");
    long lastStep = rs.getLong("totp_last_step");
    if (rs.wasNull()) {
      lastStep = Long.MIN_VALUE;
    }
    StaffUser user =
        new StaffUser(
            rs.getObject("id", UUID.class),
            rs.getObject("authority_id", UUID.class),
            rs.getString("username"),
            rs.getString("display_name"),
            List.copyOf(Arrays.asList((String[]) roles.getArray())),
            rs.getBoolean("enabled"),
            null);
    return new Account(
        user, rs.getString("password_hash"), rs.getBytes("totp_secret"), lastStep);
  }

  private static void logOutcome(String step, String username, Attempt<?> attempt) {
    String outcome = attempt.passed() ? "accepted" : attempt.locked() ? "refused, locked" : "refused";
    log.info("Staff sign-in {} {} for {}", step, outcome, SignInAttempts.key(username).replaceAll("[^\\p{Graph}]", "_"));
  }

  /** A staff user as sign-in sees them; the principal carries no password hash. */
  private record Account(StaffUser user, String passwordHash, byte[] sealedSecret, long lastStep) {}
}
