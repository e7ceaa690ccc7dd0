package uk.frontdoor.identity.internal;

import java.util.Optional;

/**
 * What a staff password must be, as the NCSC advises: long rather than complicated (12 characters
 * or more, any characters), and not the person's own email address. Its second factor is the
 * authenticator app.
 */
public final class PasswordRules {

  public static final int SHORTEST = 12;
  public static final int LONGEST = 200;

  private PasswordRules() {}

  /** What is wrong with the new password, in the words a page shows beside it; empty if nothing. */
  public static Optional<String> problem(String password, String username) {
    if (password == null || password.isEmpty()) {
      return Optional.of("Enter a password");
    }
    int length = password.codePointCount(0, password.length());
    if (length < SHORTEST) {
      return Optional.of("Your password must be " + SHORTEST + " characters or more");
    }
    if (length > LONGEST) {
      return Optional.of("Your password must be " + LONGEST + " characters or fewer");
    }
    if (password.strip().equalsIgnoreCase(username)) {
      return Optional.of("Your password must not be your email address");
    }
    return Optional.empty();
  }
}
