package uk.frontdoor.platform;

import java.util.Locale;

/** Stored codes said in words, so that a page never shows PERSON_LINKED or MASH_MANAGER. */
public final class Codes {

  private Codes() {}

  /** A code with no words of its own, as a sentence: {@code SOME_NEW_CODE} is "Some new code". */
  public static String asSentence(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String spaced = code.strip().replace('_', ' ').toLowerCase(Locale.UK);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
