package uk.frontdoor.identity.internal;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.identity.StaffAdministration;
import uk.frontdoor.identity.StaffRole;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.identity.internal.SingleSignOnProviders.Provider;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.Transactions;

/**
 * The end of a sign-in through a council's identity provider, once Spring Security has checked
 * the provider's answer (state, PKCE, the ID token's signature, issuer, audience and nonce): the
 * member of staff is found by the username the provider gives, on THAT council's staff only, must
 * be enabled, and takes the roles the council maps their groups to (stored on their account, so
 * that every list of staff by role agrees). Every sign-in and every refusal is audited.
 */
@Service
public record SingleSignOnSignIn(JdbcClient jdbc, Authorities authorities, SingleSignOnProviders providers,
    AuditLog audit, Administrators administrators, Clock clock, Transactions transactions) {

  private static final Logger log = LoggerFactory.getLogger(SingleSignOnSignIn.class);
  static final String SIGNED_IN = "SIGNED_IN_WITH_PROVIDER";
  static final String REFUSED = "SIGN_IN_WITH_PROVIDER_REFUSED";
  static final String ROLES_CHANGED = "ROLES_FROM_PROVIDER";

  /** Why a sign-in through a provider was refused, in words for the person refused. */
  public enum Refusal implements Labelled {
    NO_USERNAME,
    NO_ACCOUNT,
    NO_ROLES,
    FAILED
  }

  /** A signed-in member of staff, or why not. */
  public record Outcome(StaffUser staff, Refusal refusal) {
    public boolean signedIn() {
      return staff != null;
    }
  }

  /** Signs in the member of the council's staff the provider's claims name. */
  public Outcome signIn(String slug, Map<String, Object> claims) {
    return transactions.write(() -> {
      Authority council = authorities.findBySlug(slug).orElseThrow();
      UUID authorityId = council.id().value();
      Provider provider = providers.of(authorityId).orElseThrow();
      Optional<String> username = username(provider, claims);
      if (username.isEmpty()) {
        return refused(authorityId, null, claimText(claims.get("sub")), Refusal.NO_USERNAME, "");
      }
      Optional<StaffUser> account = account(authorityId, username.get());
      if (account.isEmpty() || !account.get().isEnabled()) {
        return refused(authorityId, null, username.get(), Refusal.NO_ACCOUNT, "");
      }
      StaffUser staff = account.get();
      List<String> groups = strings(claims.get(provider.groupsClaim()));
      List<String> roles = new ArrayList<>(provider.rolesOf(groups).stream().filter(SingleSignOnSignIn::mappable).toList());
      if (roles.isEmpty()) {
        return refused(authorityId, staff, username.get(), Refusal.NO_ROLES, "Groups: " + String.join(", ", groups));
      }
      // The deployment's operator is made one in Front Door by another operator, never by a council's groups: kept, not given.
      if (staff.roles().contains(StaffRole.DEPLOYMENT_OPERATOR.name())) {
        roles.add(StaffRole.DEPLOYMENT_OPERATOR.name());
      }
      // Nor do the groups take away the council's last active administrator's role (ADR 0017's addendum): kept, and said.
      String kept = "";
      if (!roles.contains(StaffRole.COUNCIL_ADMINISTRATOR.name()) && administrators.onlyOne(authorityId, staff.id())) {
        roles.add(StaffRole.COUNCIL_ADMINISTRATOR.name());
        kept = "; kept COUNCIL_ADMINISTRATOR, as the council's only active administrator";
      }
      if (!Set.copyOf(roles).equals(Set.copyOf(staff.roles()))) {
        jdbc.sql("UPDATE staff_user SET roles = ? WHERE id = ? AND authority_id = ?")
            .params(roles.toArray(String[]::new), staff.id(), authorityId)
            .update();
        audit.record(authorityId, AuditLog.SYSTEM, AuditLog.SYSTEM_NAME, ROLES_CHANGED, StaffAdministration.SUBJECT,
            staff.getUsername(), "From " + String.join(", ", staff.roles()) + " to " + String.join(", ", roles) + kept);
      }
      jdbc.sql("UPDATE staff_user SET last_signed_in_at = ? WHERE id = ? AND authority_id = ?")
          .params(Timestamp.from(clock.instant()), staff.id(), authorityId)
          .update();
      StaffUser signedIn =
          new StaffUser(staff.id(), authorityId, staff.getUsername(), staff.displayName(), roles, true, null);
      audit.record(authorityId, staff.id(), staff.displayName(), SIGNED_IN, StaffAdministration.SUBJECT, staff.getUsername(),
          limit("Through " + provider.issuerUri() + " as " + String.join(", ", roles) + kept, 2000));
      log.info("Staff sign-in through the provider of {} accepted", slug);
      return new Outcome(signedIn, null);
    });
  }

  /** Records a sign-in the provider or Spring Security ended before it reached Front Door's checks. */
  public Outcome failed(String slug, String reason) {
    return transactions.write(() -> {
      Optional<Authority> council = authorities.findBySlug(slug);
      council.ifPresent(c -> refused(c.id().value(), null, "", Refusal.FAILED, reason));
      return new Outcome(null, Refusal.FAILED);
    });
  }

  private Outcome refused(UUID authorityId, StaffUser staff, String username, Refusal refusal, String detail) {
    String said = refusal.name() + (detail.isEmpty() ? "" : ". " + detail);
    audit.record(authorityId, staff == null ? AuditLog.SYSTEM : staff.id(), staff == null ? AuditLog.SYSTEM_NAME : staff.displayName(),
        REFUSED, StaffAdministration.SUBJECT, limit(username, 200), limit(said, 2000));
    log.info("Staff sign-in through a provider refused: {}", refusal);
    return new Outcome(null, refusal);
  }

  /** The username claim, lower case; an email address the provider says is unconfirmed is no username. */
  private static Optional<String> username(Provider provider, Map<String, Object> claims) {
    if ("email".equals(provider.usernameClaim()) && Boolean.FALSE.equals(claims.get("email_verified"))) {
      return Optional.empty();
    }
    return Optional.ofNullable(claimText(claims.get(provider.usernameClaim())))
        .map(String::strip)
        .filter(name -> !name.isEmpty() && name.length() <= 200)
        .map(name -> name.toLowerCase(Locale.ROOT));
  }

  private Optional<StaffUser> account(UUID authorityId, String username) {
    return jdbc.sql("SELECT id, username, display_name, roles, enabled FROM staff_user WHERE username = ? AND authority_id = ?")
        .params(username, authorityId)
        .query((rs, n) -> {
          Array roles = rs.getArray("roles");
          return new StaffUser(rs.getObject("id", UUID.class), authorityId, rs.getString("username"), rs.getString("display_name"),
              List.copyOf(Arrays.asList((String[]) roles.getArray())), rs.getBoolean("enabled"), null);
        })
        .optional();
  }

  /** A role a council's groups may give: any of Front Door's but the deployment operator's. */
  private static boolean mappable(String role) {
    return StaffRole.mappable().stream().anyMatch(r -> r.name().equals(role));
  }

  /** A claim of one group or many, as text. */
  static List<String> strings(Object claim) {
    if (claim instanceof Collection<?> many) {
      return many.stream().map(SingleSignOnSignIn::claimText).filter(java.util.Objects::nonNull).toList();
    }
    String one = claimText(claim);
    return one == null ? List.of() : List.of(one);
  }

  private static String limit(String text, int max) {
    String given = text == null ? "" : text;
    return given.length() > max ? given.substring(0, max - 1) + "…" : given;
  }

  private static String claimText(Object claim) {
    return claim == null ? null : String.valueOf(claim);
  }
}
