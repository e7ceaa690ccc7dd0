package uk.frontdoor.referral.api;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.referral.internal.Hashes;
import org.springframework.stereotype.Component;

/** Partner API keys, stored as SHA-256 hashes only. */
@Component
class PartnerKeys {

  private final JdbcClient jdbc;

  PartnerKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<PartnerPrincipal> authenticate(String key) {
    if (key == null || key.isBlank() || key.length() > 200) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            SELECT id, authority_id, organisation FROM partner_api_key
            WHERE key_sha256 = ? AND revoked_at IS NULL
            """)
        .param(Hashes.sha256(key))
        .query(
            (rs, n) ->
                new PartnerPrincipal(
                    rs.getObject("id", UUID.class),
                    rs.getObject("authority_id", UUID.class),
                    rs.getString("organisation")))
        .optional();
  }

}
