package uk.frontdoor.people;

import java.util.Locale;
import java.util.Optional;

/**
 * A Unique Pupil Number: a check letter, a 3-digit local authority code, 8 more digits, and a last
 * character that is a digit (or, for a temporary UPN, a letter other than I, O or S). The check
 * letter is the sum of each later character's value times its position (2 to 13), modulo 23, as
 * a letter of {@code ABCDEFGHJKLMNPQRTUVWXYZ}.
 */
public record Upn(String value) {

  static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  /** What is wrong with a typed UPN, with the message to show beside the field. */
  public enum Problem {
    WRONG_LENGTH("UPN must be 13 characters"),
    WRONG_FORMAT("UPN must be a letter followed by 12 numbers, or 11 numbers and a letter"),
    CHECK_LETTER("Enter a real UPN – check it is correct");

    private final String message;

    Problem(String message) {
      this.message = message;
    }

    public String message() {
      return message;
    }
  }

  public Upn {
    if (check(value).isPresent()) {
      throw new IllegalArgumentException("Not a UPN");
    }
  }

  /** Empty if the typed UPN is valid (spaces allowed, any case), else what is wrong. */
  public static Optional<Problem> check(String typed) {
    String upn = normalise(typed);
    if (upn.length() != 13) {
      return Optional.of(Problem.WRONG_LENGTH);
    }
    if (!upn.matches("[A-Z]\\d{11}[0-9A-HJ-NP-RT-Z]")) {
      return Optional.of(Problem.WRONG_FORMAT);
    }
    return checkLetter(upn) == upn.charAt(0) ? Optional.empty() : Optional.of(Problem.CHECK_LETTER);
  }

  public static Optional<Upn> parse(String typed) {
    return check(typed).isPresent() ? Optional.empty() : Optional.of(new Upn(normalise(typed)));
  }

  /**
   * The check letter for characters 2 to 13. A temporary UPN's final letter counts as its place
   * in the check-letter alphabet.
   */
  static char checkLetter(String upn) {
    int sum = 0;
    for (int position = 2; position <= 13; position++) {
      char c = upn.charAt(position - 1);
      int value = Character.isDigit(c) ? c - '0' : CHECK_LETTERS.indexOf(c);
      sum += value * position;
    }
    return CHECK_LETTERS.charAt(sum % 23);
  }

  private static String normalise(String typed) {
    return typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
