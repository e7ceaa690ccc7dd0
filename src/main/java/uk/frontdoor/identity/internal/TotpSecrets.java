package uk.frontdoor.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals staff TOTP secrets for storage: AES-256-GCM under the key in {@code
 * frontdoor.identity.totp-key} (32 bytes, Base64), with the username as associated data so that a
 * secret copied to another user's row does not open. Stored as a version byte, the 12-byte nonce
 * and the ciphertext with its tag. A database copy alone does not give away anyone's codes.
 */
@Component
public class TotpSecrets {

  private static final byte VERSION = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private static final SecureRandom random = new SecureRandom();

  TotpSecrets(@Value("${frontdoor.identity.totp-key}") String base64Key) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("frontdoor.identity.totp-key must be 32 bytes in Base64", e);
    }
    if (bytes.length != 32) {
      throw new IllegalStateException("frontdoor.identity.totp-key must be 32 bytes in Base64, not " + bytes.length);
    }
    this.key = new SecretKeySpec(bytes, "AES");
  }

  /** A new random secret, generated here so that every secret comes from the same strong source. */
  public byte[] newSecret() {
    return Totp.newSecret(random);
  }

  public byte[] seal(String username, byte[] secret) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed = crypt(Cipher.ENCRYPT_MODE, username, nonce, secret, 0, secret.length);
    return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
  }

  public byte[] open(String username, byte[] stored) {
    if (stored.length <= 1 + NONCE_BYTES || stored[0] != VERSION) {
      throw new IllegalStateException("Not a sealed TOTP secret");
    }
    byte[] nonce = java.util.Arrays.copyOfRange(stored, 1, 1 + NONCE_BYTES);
    int start = 1 + NONCE_BYTES;
    return crypt(Cipher.DECRYPT_MODE, username, nonce, stored, start, stored.length - start);
  }

  private byte[] crypt(int mode, String username, byte[] nonce, byte[] input, int offset, int length) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input, offset, length);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The TOTP secret could not be sealed or opened (wrong key?)", e);
    }
  }
}
