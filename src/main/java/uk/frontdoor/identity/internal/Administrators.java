package uk.frontdoor.identity.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A council's active administrators: enabled accounts with the council administrator's role that
 * have set up their sign-in (a password set from their invitation) or have signed in. Someone only
 * invited does not count: their link may run out, and then no one could invite them again.
 */
@Component
public class Administrators {

  static final String ACTIVE =
      "enabled AND 'COUNCIL_ADMINISTRATOR' = ANY (roles) AND (password_hash IS NOT NULL OR last_signed_in_at IS NOT NULL)";

  private final JdbcClient jdbc;

  Administrators(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The usernames of the council's active administrators but this one. */
  public List<String> others(UUID authorityId, UUID staffId) {
    return jdbc.sql("SELECT username FROM staff_user WHERE authority_id = ? AND id <> ? AND " + ACTIVE + " ORDER BY username")
        .params(authorityId, staffId)
        .query(String.class)
        .list();
  }
}
