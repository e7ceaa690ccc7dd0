package uk.frontdoor.referral.professional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.frontdoor.referral.internal.Hashes;

/**
 * Limits on emailed sign-in codes, counted in PostgreSQL so every node counts the same: at most so
 * many codes an hour for one email address and for one network address, and a lock on an email
 * address after so many wrong codes in an hour, across all its codes. The same rules apply to
 * every address, whether or not an account exists for it, so a refusal tells nothing about
 * accounts. Callers run inside a transaction; each subject is taken one request at a time.
 */
@Component
class SignInLimits {

  static final Duration WINDOW = Duration.ofHours(1);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final int codesPerEmail;
  private final int codesPerNetwork;
  private final int wrongCodesBeforeLock;
  private final Duration lock;

  SignInLimits(
      JdbcClient jdbc,
      Clock clock,
      @Value("${frontdoor.professional.sign-in.codes-per-email-per-hour:5}") int codesPerEmail,
      @Value("${frontdoor.professional.sign-in.codes-per-network-address-per-hour:20}") int codesPerNetwork,
      @Value("${frontdoor.professional.sign-in.wrong-codes-before-lock:10}") int wrongCodesBeforeLock,
      @Value("${frontdoor.professional.sign-in.lock:PT15M}") Duration lock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.codesPerEmail = codesPerEmail;
    this.codesPerNetwork = codesPerNetwork;
    this.wrongCodesBeforeLock = wrongCodesBeforeLock;
    this.lock = lock;
  }

  /** Why a code was not sent or not checked, and when asking again will work. */
  enum Reason {
    EMAIL_LOCKED,
    TOO_MANY_FOR_EMAIL,
    TOO_MANY_FROM_NETWORK
  }

  record Refusal(Reason reason, Instant until) {}

  /** Whether a code may be sent to this email address, asked for from this network address. */
  Optional<Refusal> mayAskForCode(String email, String network) {
    String byEmail = subject("email", email);
    String byNetwork = subject("network", network);
    // Email first, then network: two requests never wait on each other's locks in a circle.
    take(byEmail);
    take(byNetwork);
    Instant now = clock.instant();
    Optional<Refusal> locked = lockedUntil(byEmail, now).map(until -> new Refusal(Reason.EMAIL_LOCKED, until));
    if (locked.isPresent()) {
      return locked;
    }
    Optional<Refusal> tooMany = full(byEmail, codesPerEmail, now).map(until -> new Refusal(Reason.TOO_MANY_FOR_EMAIL, until));
    if (tooMany.isPresent()) {
      return tooMany;
    }
    return full(byNetwork, codesPerNetwork, now).map(until -> new Refusal(Reason.TOO_MANY_FROM_NETWORK, until));
  }

  /** Counts a code sent, against both addresses. */
  void codeSent(String email, String network) {
    record(subject("email", email), "CODE_SENT");
    record(subject("network", network), "CODE_SENT");
  }

  /** When the email address may try codes again, if it is locked now. */
  Optional<Instant> lockedUntil(String email) {
    String byEmail = subject("email", email);
    take(byEmail);
    return lockedUntil(byEmail, clock.instant());
  }

  /** Counts a wrong code for the address; returns when it is locked until, if this locked it. */
  Optional<Instant> wrongCode(String email) {
    String byEmail = subject("email", email);
    Instant now = clock.instant();
    record(byEmail, "WRONG_CODE");
    Instant since = lastLocked(byEmail).filter(at -> at.isAfter(now.minus(WINDOW))).orElse(now.minus(WINDOW));
    long wrong =
        jdbc.sql("SELECT count(*) FROM professional_sign_in_event WHERE subject_sha256 = ? AND kind = 'WRONG_CODE' AND at > ?")
            .params(byEmail, Timestamp.from(since))
            .query(Long.class)
            .single();
    if (wrong < wrongCodesBeforeLock) {
      return Optional.empty();
    }
    record(byEmail, "LOCKED");
    return Optional.of(now.plus(lock));
  }

  private Optional<Instant> lockedUntil(String subject, Instant now) {
    return lastLocked(subject).map(at -> at.plus(lock)).filter(until -> until.isAfter(now));
  }

  private Optional<Instant> lastLocked(String subject) {
    return jdbc.sql("SELECT max(at) FROM professional_sign_in_event WHERE subject_sha256 = ? AND kind = 'LOCKED'")
        .param(subject)
        .query(Timestamp.class)
        .optional()
        .map(Timestamp::toInstant);
  }

  /** If the subject has had its limit of codes in the last hour: when the oldest of them lapses. */
  private Optional<Instant> full(String subject, int limit, Instant now) {
    return jdbc.sql(
            """
            SELECT min(at) FROM (
              SELECT at FROM professional_sign_in_event
              WHERE subject_sha256 = ? AND kind = 'CODE_SENT' AND at > ?
              ORDER BY at DESC LIMIT ?) recent
            HAVING count(*) >= ?
            """)
        .params(subject, Timestamp.from(now.minus(WINDOW)), limit, limit)
        .query(Timestamp.class)
        .optional()
        .map(oldest -> oldest.toInstant().plus(WINDOW));
  }

  private void take(String subject) {
    jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param(subject).query().singleRow();
  }

  private void record(String subject, String kind) {
    jdbc.sql("INSERT INTO professional_sign_in_event (subject_sha256, kind, at) VALUES (?, ?, ?)")
        .params(subject, kind, Timestamp.from(clock.instant()))
        .update();
  }

  private static String subject(String kind, String address) {
    return Hashes.sha256(kind + ":" + (address == null ? "" : address.strip().toLowerCase(Locale.ROOT)));
  }
}
