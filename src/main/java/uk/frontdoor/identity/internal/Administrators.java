package uk.frontdoor.identity.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.frontdoor.platform.Transactions;

/**
 * A council's active administrators: enabled accounts with the council administrator's role that
 * have set up their sign-in (a password set from their invitation) or have signed in. Someone only
 * invited does not count: their link may run out, and then no one could invite them again.
 *
 * <p>A change that could take the council's last one away first {@link #hold holds} the council's
 * administrators: a lock of the transaction's on the council, which every such change takes
 * before it reads who holds what, so that two at the same time (each disabling the other, say)
 * are one after the other, and the second reads what the first committed.
 */
@Component
public record Administrators(JdbcClient jdbc, Transactions transactions) {

  static final String ACTIVE =
      "enabled AND 'COUNCIL_ADMINISTRATOR' = ANY (roles) AND (password_hash IS NOT NULL OR last_signed_in_at IS NOT NULL)";

  /** Waits for any other change to the council's administrators to end, and keeps them until this transaction ends. */
  public void hold(UUID authorityId) {
    transactions.within(() -> {
      jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('identity:administrators:' || ?))").param(authorityId.toString()).query().listOfRows();
    });
  }

  /** Whether the member of staff is the council's one active administrator, as committed once the council is held. */
  public boolean onlyOne(UUID authorityId, UUID staffId) {
    return transactions.within(() -> {
      hold(authorityId);
      List<UUID> active = active(authorityId);
      return active.equals(List.of(staffId));
    });
  }

  /** The usernames of the council's active administrators but this one. */
  public List<String> others(UUID authorityId, UUID staffId) {
    return jdbc.sql("SELECT username FROM staff_user WHERE authority_id = ? AND id <> ? AND " + ACTIVE + " ORDER BY username")
        .params(authorityId, staffId)
        .query(String.class)
        .list();
  }

  private List<UUID> active(UUID authorityId) {
    return jdbc.sql("SELECT id FROM staff_user WHERE authority_id = ? AND " + ACTIVE)
        .param(authorityId)
        .query(UUID.class)
        .list();
  }
}
