package uk.frontdoor.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.identity.internal.AccountChanges.Account;
import uk.frontdoor.identity.internal.AccountChanges;
import uk.frontdoor.identity.internal.Administrators;
import uk.frontdoor.notification.Message;
import uk.frontdoor.notification.Notifications;
import uk.frontdoor.notification.Template;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * Giving and removing a council's staff's roles, several a person. An administrator who widens
 * their own roles does not get them at once: the change waits as a request until a second
 * administrator of the council approves it (narrowing their own is at once); the council's other
 * active administrators are told by email that it waits. Only a deployment operator gives or takes
 * away {@link StaffRole#DEPLOYMENT_OPERATOR}. No change takes the role of the council's last active
 * administrator away ({@link StaffAdministration.LastAdministrator}). Each change is audited, the
 * person told by email, and their sessions end, so that the roles they hold are the ones stored.
 */
@Service
public record StaffRoles(JdbcClient jdbc, Tenancy tenancy, AccountChanges changes, Administrators administrators,
    Notifications notifications, Clock clock, Transactions transactions) {

  /** What became of a change of roles. */
  public enum Outcome { CHANGED, REQUESTED, UNCHANGED }

  /** An administrator's request for wider roles of their own, waiting for a second administrator. */
  public record Request(UUID id, UUID staffId, String displayName, String username, List<String> roles, Instant askedAt) {

    public String roleWords() {
      return String.join(", ", StaffRole.words(roles));
    }
  }

  /** The roles an administrator may give: all but the deployment operator's, unless they are one. */
  public static List<StaffRole> givenBy(StaffUser administrator) {
    return Arrays.stream(StaffRole.values())
        .filter(role -> role != StaffRole.DEPLOYMENT_OPERATOR || administrator.roles().contains(role.name()))
        .toList();
  }

  /**
   * Sets a member of staff's roles.
   *
   * @param siteAddress Front Door's address, ending in a slash, for the link in the email to the
   *     other administrators when the change waits for one of them
   * @return empty if they are not on the administrator's council's staff
   * @throws StaffAdministration.LastAdministrator if it takes the council's last active administrator's role away
   */
  public Optional<Outcome> set(StaffUser administrator, UUID staffId, Set<StaffRole> asked, String siteAddress) {
    return transactions.write(() -> {
      administrators.hold(administrator.authorityId());
      Optional<Account> found = changes.of(administrator, staffId);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      Account account = found.get();
      Set<StaffRole> now = rolesOf(staffId);
      Set<StaffRole> roles = asked.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(asked);
      if (!givenBy(administrator).contains(StaffRole.DEPLOYMENT_OPERATOR)) {
        roles.remove(StaffRole.DEPLOYMENT_OPERATOR);
        if (now.contains(StaffRole.DEPLOYMENT_OPERATOR)) {
          roles.add(StaffRole.DEPLOYMENT_OPERATOR);
        }
      }
      if (roles.equals(now)) {
        return Optional.of(Outcome.UNCHANGED);
      }
      if (staffId.equals(administrator.id()) && !now.containsAll(roles)) {
        request(administrator, account, roles, siteAddress);
        return Optional.of(Outcome.REQUESTED);
      }
      store(administrator, account, now, roles, "ROLES_CHANGED");
      return Optional.of(Outcome.CHANGED);
    });
  }

  /** The council's requests waiting for a second administrator, oldest first. */
  public List<Request> waiting(UUID authorityId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            """
            SELECT r.id, r.staff_user_id, s.display_name, s.username, r.roles, r.asked_at
            FROM staff_role_request r JOIN staff_user s ON s.id = r.staff_user_id
            WHERE r.authority_id = ? AND r.decided_at IS NULL ORDER BY r.asked_at
            """)
        .query((rs, n) -> new Request(
            rs.getObject("id", UUID.class), rs.getObject("staff_user_id", UUID.class), rs.getString("display_name"),
            rs.getString("username"), Arrays.asList((String[]) rs.getArray("roles").getArray()),
            rs.getTimestamp("asked_at").toInstant()))
        .list());
  }

  /**
   * A second administrator approves (the roles asked for are stored) or refuses a request.
   *
   * @return false if there is no such request waiting in their council, or it is their own
   * @throws StaffAdministration.LastAdministrator if approving takes the council's last active administrator's role away
   */
  public boolean decide(StaffUser administrator, UUID requestId, boolean approve) {
    return transactions.write(() -> {
      administrators.hold(administrator.authorityId());
      Optional<Request> found =
          waiting(administrator.authorityId()).stream().filter(r -> r.id().equals(requestId)).findFirst();
      if (found.isEmpty() || found.get().staffId().equals(administrator.id())) {
        return false;
      }
      Request request = found.get();
      Account account = changes.of(administrator, request.staffId()).orElseThrow();
      jdbc.sql(
              """
              UPDATE staff_role_request SET decided_by_id = ?, decided_by_name = ?, decided_at = ?, approved = ?
              WHERE authority_id = ? AND id = ? AND decided_at IS NULL
              """)
          .params(administrator.id(), administrator.displayName(), Timestamp.from(clock.instant()), approve,
              administrator.authorityId(), requestId)
          .update();
      Set<StaffRole> asked = roles(request.roles());
      if (approve) {
        store(administrator, account, rolesOf(request.staffId()), asked, "ROLES_APPROVED");
      } else {
        changes.record(administrator, account, "ROLES_REFUSED", "Asked for: " + words(asked),
            "Your request for the roles " + words(asked) + " was refused. Your roles are as they were.");
      }
      return true;
    });
  }

  private void request(StaffUser administrator, Account account, Set<StaffRole> roles, String siteAddress) {
    tenancy.bind(administrator.authorityId());
    String[] codes = roles.stream().map(StaffRole::name).toArray(String[]::new);
    int updated = jdbc.sql("UPDATE staff_role_request SET roles = CAST(? AS text[]), asked_at = ? WHERE authority_id = ? AND staff_user_id = ? AND decided_at IS NULL")
        .params(codes, Timestamp.from(clock.instant()), administrator.authorityId(), account.id())
        .update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO staff_role_request (authority_id, id, staff_user_id, roles, asked_at) VALUES (?, ?, ?, CAST(? AS text[]), ?)")
          .params(administrator.authorityId(), UUID.randomUUID(), account.id(), codes, Timestamp.from(clock.instant()))
          .update();
    }
    changes.record(administrator, account, "ROLES_REQUESTED", "Asked for: " + words(roles),
        "You asked for the roles " + words(roles) + ". A second administrator of your council must approve them first.");
    String council = changes.councilName(account.authorityId());
    for (String other : administrators.others(account.authorityId(), account.id())) {
      notifications.send(
          new Message(
              account.authorityId(),
              other,
              Template.STAFF_ROLE_REQUEST,
              Map.of(
                  "authorityName", council,
                  "requestedBy", account.displayName(),
                  "roles", words(roles),
                  "link", siteAddress + "staff/admin"),
              null));
    }
  }

  private void store(StaffUser administrator, Account account, Set<StaffRole> before, Set<StaffRole> after, String action) {
    if (before.contains(StaffRole.COUNCIL_ADMINISTRATOR) && !after.contains(StaffRole.COUNCIL_ADMINISTRATOR)
        && administrators.onlyOne(account.authorityId(), account.id())) {
      throw new StaffAdministration.LastAdministrator(account.displayName());
    }
    jdbc.sql("UPDATE staff_user SET roles = CAST(? AS text[]) WHERE id = ?")
        .params(after.stream().map(StaffRole::name).toArray(String[]::new), account.id())
        .update();
    changes.record(administrator, account, action, "From: " + words(before) + "; to: " + words(after),
        "Your roles in Front Door are now: " + words(after) + ". Sign in again to use them.");
    changes.endSessions(account);
  }

  private Set<StaffRole> rolesOf(UUID staffId) {
    return roles(jdbc.sql("SELECT roles FROM staff_user WHERE id = ?").param(staffId)
        .query((rs, n) -> Arrays.asList((String[]) rs.getArray(1).getArray())).single());
  }

  /** Stored roles as the enum; a code no longer named (none today) is dropped. */
  private static Set<StaffRole> roles(List<String> codes) {
    Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
    codes.forEach(code -> Labelled.named(StaffRole.class, code).ifPresent(roles::add));
    return roles;
  }

  private static String words(Set<StaffRole> roles) {
    return roles.isEmpty() ? "none" : roles.stream().map(StaffRole::label).collect(Collectors.joining(", "));
  }
}
