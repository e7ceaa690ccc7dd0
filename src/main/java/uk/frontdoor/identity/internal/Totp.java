package uk.frontdoor.identity.internal;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238 over RFC 4226): HMAC-SHA1,
 * 30-second steps, 6 digits. A code is taken from the step before, the step of, or the step after
 * "now", and only if its step is later than the last one used, so each code works once.
 */
public final class Totp {

  public static final Duration STEP = Duration.ofSeconds(30);
  public static final int DIGITS = 6;
  static final int SECRET_BYTES = 20;
  private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

  private Totp() {}

  /** The time step an instant falls in: whole 30-second steps since 1970. */
  public static long step(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), STEP.getSeconds());
  }

  /** The 6-digit code for a time step. */
  public static String code(byte[] secret, long step) {
    return hotp(secret, step, DIGITS);
  }

  /** RFC 4226 HOTP with HMAC-SHA1: the dynamically truncated HMAC of the counter, in decimal. */
  static String hotp(byte[] secret, long counter, int digits) {
    byte[] hash;
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
    }
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        (hash[offset] & 0x7f) << 24
            | (hash[offset + 1] & 0xff) << 16
            | (hash[offset + 2] & 0xff) << 8
            | (hash[offset + 3] & 0xff);
    String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
    return "0".repeat(digits - code.length()) + code;
  }

  /**
   * The step of the code if it is the code of the step before, at or after {@code now} and that
   * step is later than {@code lastUsedStep}; empty otherwise (a wrong, stale or reused code).
   */
  public static OptionalLong matchingStep(byte[] secret, String code, Instant now, long lastUsedStep) {
    if (code == null || !code.matches("[0-9]{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    byte[] given = code.getBytes(StandardCharsets.US_ASCII);
    long current = step(now);
    for (long step = current - 1; step <= current + 1; step++) {
      byte[] expected = code(secret, step).getBytes(StandardCharsets.US_ASCII);
      if (step > lastUsedStep && MessageDigest.isEqual(expected, given)) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** A new random 20-byte secret (160 bits, as RFC 4226 recommends). */
  public static byte[] newSecret(SecureRandom random) {
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    return secret;
  }

  /** The {@code otpauth://} address an authenticator app reads from a QR code. */
  public static String keyUri(String issuer, String account, byte[] secret) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/" + label + "?secret=" + Base32.encode(secret) + "&issuer=" + encode(issuer);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
