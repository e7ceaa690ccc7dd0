package uk.frontdoor.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The secrets in one-time links (first-start setup, invitations): 32 random bytes, URL-safe, and
 * stored only as their SHA-256 in hex, so that a copy of the database opens no link.
 */
public final class OneTimeTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimeTokens() {}

  public static String newToken() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  /** The hash a token is stored and looked up by; a token that could not be ours hashes to nothing stored. */
  public static String hash(String token) {
    return DigestUtils.sha256Hex(token == null ? "" : token);
  }
}
