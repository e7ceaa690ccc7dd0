package uk.frontdoor.referral.professional;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.notification.Message;
import uk.frontdoor.notification.Notifications;
import uk.frontdoor.notification.Template;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.referral.internal.Hashes;

/**
 * Sign-in by emailed one-time code: six digits, valid for 15 minutes, five tries, used once. Only
 * a hash of the code is stored. The account is created on first sign-in. Codes asked for and wrong
 * codes are limited per address ({@link SignInLimits}).
 */
@Service
record ProfessionalAccounts(JdbcClient jdbc, Tenancy tenancy, Notifications notifications, SignInLimits limits,
    Clock clock, Transactions transactions) {

  static final Duration VALID_FOR = Duration.ofMinutes(15);
  static final int MAX_ATTEMPTS = 5;

  private static final SecureRandom random = new SecureRandom();

  /** A code sent: its id (kept in the session) and the code itself (shown only in a demo). */
  record SentCode(UUID id, String code) {}

  /** A code asked for: sent, or refused by a limit. */
  record CodeRequest(SentCode sent, SignInLimits.Refusal refusal) {}

  /** A code checked: the professional signed in, or, if the address is locked, until when. */
  record Verification(ProfessionalPrincipal professional, Instant lockedUntil) {}

  /**
   * Sends a new code to the address through the outbox, as a message of the council whose sign-in
   * page asked for it, unless the address, or the network address it was asked for from, has had
   * its limit.
   */
  CodeRequest requestCode(UUID authorityId, String email, String network) {
    return transactions.write(() -> {
      Optional<SignInLimits.Refusal> refusal = limits.mayAskForCode(email, network);
      if (refusal.isPresent()) {
        return new CodeRequest(null, refusal.get());
      }
      limits.codeSent(email, network);
      return new CodeRequest(sendCode(authorityId, email), null);
    });
  }

  SentCode sendCode(UUID authorityId, String email) {
    return transactions.write(() -> {
      tenancy.bind(authorityId);
      String normalised = email.strip().toLowerCase(Locale.ROOT);
      String code = String.format("%06d", random.nextInt(1_000_000));
      UUID id = UUID.randomUUID();
      Instant now = clock.instant();
      jdbc.sql(
              "INSERT INTO professional_sign_in_code (id, email, code_sha256, expires_at) VALUES (?, ?, ?, ?)")
          .params(id, normalised, Hashes.sha256(id + ":" + code), Timestamp.from(now.plus(VALID_FOR)))
          .update();
      notifications.send(
          new Message(
              authorityId,
              normalised,
              Template.SIGN_IN_CODE,
              Map.of("code", code, "minutes", String.valueOf(VALID_FOR.toMinutes())),
              null));
      return new SentCode(id, code);
    });
  }

  /**
   * The signed-in professional if the code is right, unexpired and unused, and its address is not
   * locked by too many wrong codes.
   */
  Verification check(UUID codeId, String typed) {
    return transactions.write(() -> {
      Optional<String> email =
          jdbc.sql("SELECT email FROM professional_sign_in_code WHERE id = ?").param(codeId).query(String.class).optional();
      if (email.isPresent()) {
        Optional<Instant> locked = limits.lockedUntil(email.get());
        if (locked.isPresent()) {
          return new Verification(null, locked.get());
        }
      }
      Optional<ProfessionalPrincipal> professional = verify(codeId, typed);
      if (professional.isPresent() || email.isEmpty()) {
        return new Verification(professional.orElse(null), null);
      }
      return new Verification(null, limits.wrongCode(email.get()).orElse(null));
    });
  }

  /** The signed-in professional if the code is right, unexpired and unused. */
  Optional<ProfessionalPrincipal> verify(UUID codeId, String typed) {
    return transactions.write(() -> {
      Instant now = clock.instant();
      Optional<Map<String, Object>> row =
          jdbc.sql(
                  """
                  SELECT email, code_sha256, expires_at, attempts, used_at
                  FROM professional_sign_in_code WHERE id = ? FOR UPDATE
                  """)
              .param(codeId)
              .query()
              .listOfRows()
              .stream()
              .findFirst();
      if (row.isEmpty()) {
        return Optional.empty();
      }
      Map<String, Object> code = row.get();
      boolean usable =
          code.get("used_at") == null
              && ((Timestamp) code.get("expires_at")).toInstant().isAfter(now)
              && ((Integer) code.get("attempts")) < MAX_ATTEMPTS;
      String digits = typed == null ? "" : typed.replaceAll("\\s", "");
      boolean right = usable && Hashes.sha256(codeId + ":" + digits).equals(code.get("code_sha256"));
      if (!right) {
        jdbc.sql("UPDATE professional_sign_in_code SET attempts = attempts + 1 WHERE id = ?")
            .param(codeId)
            .update();
        return Optional.empty();
      }
      jdbc.sql("UPDATE professional_sign_in_code SET used_at = ? WHERE id = ?")
          .params(Timestamp.from(now), codeId)
          .update();
      String email = (String) code.get("email");
      jdbc.sql(
              """
              INSERT INTO professional_account (id, email, created_at) VALUES (?, ?, ?)
              ON CONFLICT (email) DO NOTHING
              """)
          .params(UUID.randomUUID(), email, Timestamp.from(now))
          .update();
      UUID account =
          jdbc.sql("SELECT id FROM professional_account WHERE email = ?")
              .param(email)
              .query(UUID.class)
              .single();
      return Optional.of(new ProfessionalPrincipal(account, email));
    });
  }

}
