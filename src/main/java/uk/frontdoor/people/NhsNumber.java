package uk.frontdoor.people;

import java.util.Optional;

/**
 * An NHS number: ten digits whose last is a modulus 11 check digit. Shown as {@code 943 476 5919};
 * stored and compared as the ten digits.
 */
public record NhsNumber(String value) {

  /** What is wrong with a typed NHS number, with the message to show beside the field. */
  public enum Problem {
    NOT_DIGITS("NHS number must contain only numbers"),
    WRONG_LENGTH("NHS number must be 10 digits"),
    CHECK_DIGIT("Enter a real NHS number – check it is correct");

    private final String message;

    Problem(String message) {
      this.message = message;
    }

    public String message() {
      return message;
    }
  }

  public NhsNumber {
    if (check(value).isPresent()) {
      throw new IllegalArgumentException("Not an NHS number");
    }
  }

  /** Empty if the typed number is valid (spaces and hyphens allowed), else what is wrong. */
  public static Optional<Problem> check(String typed) {
    String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
    if (!digits.matches("\\d*")) {
      return Optional.of(Problem.NOT_DIGITS);
    }
    if (digits.length() != 10) {
      return Optional.of(Problem.WRONG_LENGTH);
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    boolean repeated = digits.chars().distinct().count() == 1;
    if (check == 10 || check != digits.charAt(9) - '0' || repeated) {
      return Optional.of(Problem.CHECK_DIGIT);
    }
    return Optional.empty();
  }

  public static Optional<NhsNumber> parse(String typed) {
    return check(typed).isPresent()
        ? Optional.empty()
        : Optional.of(new NhsNumber(typed.replaceAll("[\\s-]", "")));
  }

  public String formatted() {
    return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
  }

  @Override
  public String toString() {
    return value;
  }
}
