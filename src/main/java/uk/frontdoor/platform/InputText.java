package uk.frontdoor.platform;

import java.text.Normalizer;

/**
 * The one rule for text that comes in (ADR 0011), applied to every form parameter, every string
 * the API reads, every string written as JSON and every draft read back from a session: control
 * characters removed (tab, line feed and carriage return kept), a lone surrogate or a
 * noncharacter (U+FFFE, U+FFFF) replaced by U+FFFD, and the result in Unicode NFC, so PostgreSQL
 * can store it, a page can show it and the same name typed two ways is the same text.
 */
public final class InputText {

  /** Unicode's replacement character, shown where something unreadable was sent. */
  public static final char REPLACEMENT = '\uFFFD';

  private InputText() {}

  /** The text cleaned; null stays null. Text that is already clean is returned as it is. */
  public static String clean(String text) {
    if (text == null || isClean(text)) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        kept.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
        kept.append(REPLACEMENT);
      } else if (!isControl(c)) {
        kept.append(c);
      }
    }
    return nfc(kept.toString());
  }

  /**
   * For text that must stay on one line (a header, a subject, a file name): cleaned, with each
   * line break or tab turned into one space.
   */
  public static String singleLine(String text) {
    String cleaned = clean(text);
    return cleaned == null ? null : cleaned.replaceAll("\r\n|[\t\r\n]", " ");
  }

  /** Whether the text passes the rule unchanged. */
  public static boolean isClean(String text) {
    boolean beyondLatin = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        if (isControl(c)) {
          return false;
        }
      } else if (c >= 0x300) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
          return false;
        }
        beyondLatin = true;
      }
    }
    // Below U+0300 (where combining marks begin) every string is already NFC.
    return !beyondLatin || Normalizer.isNormalized(text, Normalizer.Form.NFC);
  }

  /** C0 controls but tab, line feed and carriage return; DEL; the C1 controls. */
  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
  }

  private static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
