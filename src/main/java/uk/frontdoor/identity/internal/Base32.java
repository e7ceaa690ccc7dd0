package uk.frontdoor.identity.internal;

import java.util.Locale;
import org.apache.commons.codec.CodecPolicy;

/**
 * RFC 4648 Base32 without padding, through commons-codec: how authenticator apps take a secret
 * typed in by hand.
 */
public final class Base32 {

  /** Strict: a typed key whose last character leaves stray bits is refused, not rounded. */
  private static final org.apache.commons.codec.binary.Base32 CODEC =
      new org.apache.commons.codec.binary.Base32(0, null, false, (byte) '=', CodecPolicy.STRICT);

  private Base32() {}

  public static String encode(byte[] bytes) {
    String padded = CODEC.encodeAsString(bytes);
    int end = padded.indexOf('=');
    return end < 0 ? padded : padded.substring(0, end);
  }

  /**
   * Decodes, ignoring spaces, hyphens, padding and case; refuses any other character (the codec
   * alone would skip it silently, and a mistyped key would become another secret).
   */
  public static byte[] decode(String text) {
    String plain = text.toUpperCase(Locale.ROOT).replaceAll("[ =-]", "");
    for (char c : plain.toCharArray()) {
      if (c > 0x7f || !CODEC.isInAlphabet((byte) c)) {
        throw new IllegalArgumentException("Not a Base32 character: " + c);
      }
    }
    return CODEC.decode(plain);
  }

  /** The text in groups of four, easier to read out and type. */
  public static String grouped(String text) {
    return text.replaceAll("(.{4})(?!$)", "$1 ");
  }
}
