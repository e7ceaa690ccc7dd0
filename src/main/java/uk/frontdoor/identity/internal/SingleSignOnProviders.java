package uk.frontdoor.identity.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * Each council's OpenID Connect identity provider for staff sign-in, as its administrator set it
 * (ADR 0019): held in the council's own rows, the client secret sealed as TOTP secrets are (with
 * the council's id as associated data, so a secret copied to another council's row does not open).
 * Every change is audited; nothing here ever gives the secret back to a page.
 */
@Service
public record SingleSignOnProviders(JdbcClient jdbc, Tenancy tenancy, TotpSecrets sealing, Authorities authorities,
    AuditLog audit, Clock clock, Transactions transactions) {

  public static final String SUBJECT = "SINGLE_SIGN_ON";

  /** A council's provider as stored; {@code rolesByGroup} is each group's roles, groups in order. */
  public record Provider(
      UUID authorityId,
      String issuerUri,
      String clientId,
      String usernameClaim,
      String groupsClaim,
      boolean passwordAllowed,
      Map<String, Set<String>> rolesByGroup,
      Instant updatedAt,
      String updatedByName) {

    /** The groups that give each role, role by role, for the form. */
    public Map<String, List<String>> groupsByRole() {
      Map<String, List<String>> groups = new TreeMap<>();
      rolesByGroup.forEach((group, roles) -> roles.forEach(role -> groups.computeIfAbsent(role, r -> new ArrayList<>()).add(group)));
      groups.values().forEach(java.util.Collections::sort);
      return groups;
    }

    /** The roles the groups give, in order; none if none of them is mapped. */
    public Set<String> rolesOf(List<String> groups) {
      Set<String> roles = new TreeSet<>();
      groups.forEach(group -> roles.addAll(rolesByGroup.getOrDefault(group, Set.of())));
      return roles;
    }
  }

  /** What an administrator saves; a null client secret keeps the one stored. */
  public record Settings(
      String issuerUri,
      String clientId,
      String clientSecret,
      String usernameClaim,
      String groupsClaim,
      boolean passwordAllowed,
      Map<String, Set<String>> rolesByGroup) {}

  public Optional<Provider> of(UUID authorityId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      Map<String, Set<String>> rolesByGroup = new TreeMap<>();
      jdbc.sql("SELECT group_name, role FROM staff_sso_group_role WHERE authority_id = ? ORDER BY group_name, role")
          .param(authorityId)
          .query(rs -> {
            rolesByGroup.computeIfAbsent(rs.getString("group_name"), g -> new TreeSet<>()).add(rs.getString("role"));
          });
      return jdbc.sql(
              """
              SELECT issuer_uri, client_id, username_claim, groups_claim, password_allowed, updated_at, updated_by_name
              FROM staff_sso_provider WHERE authority_id = ?
              """)
          .param(authorityId)
          .query(
              (rs, n) ->
                  new Provider(
                      authorityId,
                      rs.getString("issuer_uri"),
                      rs.getString("client_id"),
                      rs.getString("username_claim"),
                      rs.getString("groups_claim"),
                      rs.getBoolean("password_allowed"),
                      java.util.Collections.unmodifiableMap(rolesByGroup),
                      rs.getTimestamp("updated_at").toInstant(),
                      rs.getString("updated_by_name")))
          .optional();
    });
  }

  /** The council's client secret, opened; only for the sign-in itself. */
  public Optional<String> clientSecret(UUID authorityId) {
    return transactions.read(() -> tenancy.sql(authorityId, "SELECT client_secret FROM staff_sso_provider WHERE authority_id = ?")
        .query((rs, n) -> rs.getBytes("client_secret"))
        .optional()
        .map(sealed -> new String(sealing.open(associatedData(authorityId), sealed), StandardCharsets.UTF_8)));
  }

  /** When the council's provider was last changed: a registration built before then is out of date. */
  public Optional<Instant> changedAt(UUID authorityId) {
    return transactions.read(() -> tenancy.sql(authorityId, "SELECT updated_at FROM staff_sso_provider WHERE authority_id = ?")
        .query(Timestamp.class)
        .optional()
        .map(Timestamp::toInstant));
  }

  /** The councils whose staff may sign in with their provider, by name. */
  public List<Authority> councils() {
    return transactions.read(() -> authorities.all().stream()
        .filter(council -> changedAt(council.id().value()).isPresent())
        .sorted(java.util.Comparator.comparing(Authority::name))
        .toList());
  }

  /** Whether the council's staff may still sign in with a password and app: yes unless its provider says not. */
  public boolean passwordAllowed(UUID authorityId) {
    return transactions.read(() -> tenancy.sql(authorityId, "SELECT password_allowed FROM staff_sso_provider WHERE authority_id = ?")
        .query(Boolean.class)
        .optional()
        .orElse(true));
  }

  /**
   * Sets the administrator's council's provider, or changes it (a blank secret keeps the stored
   * one).
   *
   * @throws IllegalArgumentException if there is no secret, stored or given
   */
  public void save(StaffUser administrator, Settings settings) {
    transactions.write(() -> {
      UUID council = administrator.authorityId();
      tenancy.bind(council);
      Optional<Provider> before = of(council);
      Timestamp now = Timestamp.from(clock.instant());
      if (settings.clientSecret() != null) {
        byte[] sealed = sealing.seal(associatedData(council), settings.clientSecret().getBytes(StandardCharsets.UTF_8));
        jdbc.sql(
                """
                INSERT INTO staff_sso_provider (authority_id, issuer_uri, client_id, client_secret, username_claim, groups_claim,
                                                password_allowed, updated_at, updated_by_id, updated_by_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (authority_id) DO UPDATE SET client_secret = EXCLUDED.client_secret
                """)
            .params(council, settings.issuerUri(), settings.clientId(), sealed, settings.usernameClaim(), settings.groupsClaim(),
                settings.passwordAllowed(), now, administrator.id(), administrator.displayName())
            .update();
      } else if (before.isEmpty()) {
        throw new IllegalArgumentException("A new provider needs its client secret");
      }
      jdbc.sql(
              """
              UPDATE staff_sso_provider SET issuer_uri = ?, client_id = ?, username_claim = ?, groups_claim = ?,
                     password_allowed = ?, updated_at = ?, updated_by_id = ?, updated_by_name = ?
              WHERE authority_id = ?
              """)
          .params(settings.issuerUri(), settings.clientId(), settings.usernameClaim(), settings.groupsClaim(),
              settings.passwordAllowed(), now, administrator.id(), administrator.displayName(), council)
          .update();
      jdbc.sql("DELETE FROM staff_sso_group_role WHERE authority_id = ?").param(council).update();
      settings.rolesByGroup().forEach((group, roles) -> roles.forEach(role ->
          jdbc.sql("INSERT INTO staff_sso_group_role (authority_id, group_name, role) VALUES (?, ?, ?)")
              .params(council, group, role)
              .update()));
      audit.record(council, administrator.id(), administrator.displayName(), before.isPresent() ? "SSO_CHANGED" : "SSO_SET_UP",
          SUBJECT, council.toString(), describe(settings));
    });
  }

  /** Stops single sign-on for the administrator's council: its staff sign in with a password and app again. */
  public boolean remove(StaffUser administrator) {
    return transactions.write(() -> {
      UUID council = administrator.authorityId();
      tenancy.bind(council);
      Optional<Provider> before = of(council);
      before.ifPresent(provider -> {
        jdbc.sql("DELETE FROM staff_sso_provider WHERE authority_id = ?").param(council).update();
        audit.record(council, administrator.id(), administrator.displayName(), "SSO_REMOVED", SUBJECT, council.toString(),
            "Was " + provider.issuerUri() + "; staff sign in with a password and an authenticator app");
      });
      return before.isPresent();
    });
  }

  private static String describe(Settings settings) {
    StringBuilder detail = new StringBuilder()
        .append(settings.issuerUri()).append(", client ").append(settings.clientId())
        .append(settings.clientSecret() == null ? "" : ", new client secret")
        .append("; username claim ").append(settings.usernameClaim())
        .append(", groups claim ").append(settings.groupsClaim())
        .append(settings.passwordAllowed() ? "; password sign-in allowed" : "; password sign-in for administrators only");
    settings.rolesByGroup().forEach((group, roles) -> detail.append("; ").append(group).append(" → ").append(String.join(", ", roles)));
    return detail.length() > 2000 ? detail.substring(0, 1999) + "…" : detail.toString();
  }

  private static String associatedData(UUID authorityId) {
    return "sso-client-secret:" + authorityId;
  }
}
