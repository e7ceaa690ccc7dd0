package uk.frontdoor.identity.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * Held in the session between the two steps of a staff sign-in: whose password was right, when,
 * and (for someone setting up an app) the new secret, sealed. It grants nothing by itself: the
 * session is signed in only after the code.
 */
record PendingSignIn(String username, boolean enrolled, Instant passwordAt, byte[] sealedNewSecret)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  static final String SESSION_ATTRIBUTE = "frontdoor.staff.pendingSignIn";

  /** The code must follow the password within this time, or the password is asked for again. */
  static final Duration VALID_FOR = Duration.ofMinutes(10);

  boolean expired(Instant now) {
    return now.isAfter(passwordAt.plus(VALID_FOR));
  }

  PendingSignIn withNewSecret(byte[] sealed) {
    return new PendingSignIn(username, enrolled, passwordAt, sealed);
  }
}
