package uk.frontdoor.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A member of a council's staff as their administrator sees them.
 *
 * @param enrolled whether they have set up an authenticator app
 * @param lockedUntil when a lock-out for too many failed tries ends; null if not locked
 * @param invited whether they are yet to set a password from their invitation
 * @param lastSignedInAt when they last completed a sign-in; null if never
 */
public record StaffAccount(
    UUID id, String username, String displayName, Agency agency, List<String> roles, boolean enabled,
    boolean enrolled, Instant lockedUntil, boolean invited, Instant lastSignedInAt) {

  /** Their roles in words: "MASH social worker, Partner agency practitioner". */
  public String roleWords() {
    return String.join(", ", StaffRole.words(roles));
  }
}
