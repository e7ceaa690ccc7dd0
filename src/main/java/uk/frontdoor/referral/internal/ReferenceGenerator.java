package uk.frontdoor.referral.internal;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * References people can read out on the phone: eight characters in two groups, from an alphabet
 * without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 6/G, 8/B). Random, so they reveal nothing about
 * how many referrals a council has; unique per council, enforced by the database.
 */
@Component
class ReferenceGenerator {

  static final String ALPHABET = "ACDEFHJKMNPRTUVWXY3479";

  private static final SecureRandom random = new SecureRandom();

  String next() {
    StringBuilder reference = new StringBuilder(9);
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        reference.append('-');
      }
      reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return reference.toString();
  }

  /** A reference as typed by a person: upper case, spaces and missing hyphen forgiven. */
  static String normalise(String typed) {
    String compact = typed == null ? "" : typed.toUpperCase().replaceAll("[\\s-]", "");
    return compact.length() == 8 ? compact.substring(0, 4) + "-" + compact.substring(4) : compact;
  }
}
