package uk.frontdoor.referral.api;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.referral.internal.Hashes;

/**
 * Partner API keys, stored as SHA-256 hashes only. A council's administrator issues a key to a
 * partner organisation, sees it once, and revokes it; both are audited. Every API request is
 * checked against the keys not revoked.
 */
@Component
record PartnerKeys(JdbcClient jdbc, AuditLog audit, Clock clock, Transactions transactions) {

  static final String SUBJECT = "PARTNER_API_KEY";

  static final int MAX_ORGANISATION = 200;

  /** Issued keys start with this, so that one found in a file or a log is recognised. */
  static final String PREFIX = "fd_";

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A key as its council's administrator sees it: never the key itself or its hash. */
  record PartnerKey(UUID id, String organisation, Instant issuedAt, Instant revokedAt) {
    public boolean active() {
      return revokedAt == null;
    }
  }

  /** A key just issued: the only time the key itself is known. */
  record IssuedKey(String organisation, String key) {}

  /**
   * Whether a referral sent with one key came from the organisation now asking with another: the
   * same key, or a key issued by the same council to an organisation of the same name (a partner
   * whose key was revoked and replaced still sees the referrals it sent).
   */
  boolean sameOrganisation(UUID sentWith, PartnerPrincipal asking) {
    if (sentWith.equals(asking.keyId())) {
      return true;
    }
    return jdbc.sql("SELECT organisation FROM partner_api_key WHERE id = ? AND authority_id = ?")
        .params(sentWith, asking.authorityId())
        .query(String.class)
        .optional()
        .filter(organisation -> organisation.strip().equalsIgnoreCase(asking.organisation().strip()))
        .isPresent();
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

  /** The council's keys, active ones first, the newest first. */
  List<PartnerKey> ofCouncil(UUID authorityId) {
    return transactions.read(() -> jdbc.sql(
            """
            SELECT id, organisation, created_at, revoked_at FROM partner_api_key
            WHERE authority_id = ?
            ORDER BY revoked_at IS NOT NULL, created_at DESC, organisation
            """)
        .param(authorityId)
        .query(PartnerKeys::partnerKey)
        .list());
  }

  /** One of the council's keys; empty if it is another council's or there is no such key. */
  Optional<PartnerKey> find(UUID authorityId, UUID id) {
    return transactions.read(() -> jdbc.sql("SELECT id, organisation, created_at, revoked_at FROM partner_api_key WHERE id = ? AND authority_id = ?")
        .params(id, authorityId)
        .query(PartnerKeys::partnerKey)
        .optional());
  }

  /** Issues a new key to a partner organisation for the administrator's council; only its hash is kept. */
  IssuedKey issue(StaffUser administrator, String organisation) {
    return transactions.write(() -> {
      byte[] secret = new byte[32];
      RANDOM.nextBytes(secret);
      String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
      UUID id = UUID.randomUUID();
      jdbc.sql(
              """
              INSERT INTO partner_api_key (id, authority_id, organisation, key_sha256, created_at)
              VALUES (?, ?, ?, ?, ?)
              """)
          .params(id, administrator.authorityId(), organisation, Hashes.sha256(key), Timestamp.from(clock.instant()))
          .update();
      record(administrator, "PARTNER_API_KEY_ISSUED", id, organisation);
      return new IssuedKey(organisation, key);
    });
  }

  /**
   * Revokes one of the administrator's council's keys: from now on it is refused. Revoking a key
   * already revoked changes nothing.
   *
   * @return the key as it was, or empty if it is not one of the council's keys
   */
  Optional<PartnerKey> revoke(StaffUser administrator, UUID id) {
    return transactions.write(() -> {
      Optional<PartnerKey> key = find(administrator.authorityId(), id);
      if (key.isPresent()
          && jdbc.sql("UPDATE partner_api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                  .params(Timestamp.from(clock.instant()), id)
                  .update()
              == 1) {
        record(administrator, "PARTNER_API_KEY_REVOKED", id, key.get().organisation());
      }
      return key;
    });
  }

  private void record(StaffUser administrator, String action, UUID id, String organisation) {
    audit.record(
        administrator.authorityId(), administrator.id(), administrator.displayName(), action, SUBJECT, id.toString(), organisation);
  }

  private static PartnerKey partnerKey(ResultSet rs, int row) throws SQLException {
    Timestamp revoked = rs.getTimestamp("revoked_at");
    return new PartnerKey(
        rs.getObject("id", UUID.class),
        rs.getString("organisation"),
        rs.getTimestamp("created_at").toInstant(),
        revoked == null ? null : revoked.toInstant());
  }
}
