package uk.frontdoor.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.internal.AccountChanges;
import uk.frontdoor.identity.internal.OneTimeTokens;
import uk.frontdoor.notification.Message;
import uk.frontdoor.notification.Notifications;
import uk.frontdoor.notification.Template;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.WhenText;

/**
 * Invitations to a council's staff: the account is made at once, without a password, and an email
 * through the outbox carries a one-time link (valid for {@link #VALID_FOR}) where the person sets
 * their password and then sets up their authenticator app as at any first sign-in. Audited.
 */
@Service
public record StaffInvitations(JdbcClient jdbc, Tenancy tenancy, AuditLog audit, Notifications notifications,
    AccountChanges changes, Clock clock, Transactions transactions) {

  public static final Duration VALID_FOR = Duration.ofDays(7);
  public static final String LINK_PATH = "staff/invitation/";

  /** Who is invited, to do what. */
  public record NewStaff(String name, String email, Agency agency, List<StaffRole> roles) {

    public String username() {
      return email.strip().toLowerCase(Locale.ROOT);
    }
  }

  /** Who invites: an administrator, or the first start of the deployment. */
  public record Inviter(UUID id, String name) {

    public static Inviter of(StaffUser administrator) {
      return new Inviter(administrator.id(), administrator.displayName());
    }
  }

  /** An invitation still open: unused and in time. */
  public record Invitation(UUID id, UUID authorityId, UUID staffId, String username, String displayName, Instant expiresAt) {}

  private static final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

  /** Whether anyone, in any council, already signs in with this email address. */
  public boolean taken(String email) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_user WHERE username = ?)")
        .param(email.strip().toLowerCase(Locale.ROOT))
        .query(Boolean.class)
        .single();
  }

  /**
   * Makes the account and emails the invitation, in the caller's transaction.
   *
   * @param siteAddress the address the link starts with, ending in /
   * @return the new member of staff's id
   * @throws org.springframework.dao.DuplicateKeyException if the email address already has an account
   */
  public UUID invite(UUID authorityId, Inviter inviter, NewStaff staff, String siteAddress) {
    return transactions.write(() -> invited(authorityId, inviter, staff, siteAddress).staffId());
  }

  /** An account made, and the link its invitation carries. */
  public record Invited(UUID staffId, String link) {}

  /** As {@link #invite}, with the link: for the first start, which also writes it to the log. */
  public Invited invited(UUID authorityId, Inviter inviter, NewStaff staff, String siteAddress) {
    return transactions.write(() -> {
      tenancy.bind(authorityId);
      Instant now = clock.instant();
      UUID staffId = UUID.randomUUID();
      jdbc.sql(
              """
              INSERT INTO staff_user (id, authority_id, username, display_name, agency, roles, password_hash)
              VALUES (?, ?, ?, ?, ?, CAST(? AS text[]), NULL)
              """)
          .params(staffId, authorityId, staff.username(), staff.name(), staff.agency().name(),
              staff.roles().stream().map(StaffRole::name).toArray(String[]::new))
          .update();
      String roles = String.join(", ", staff.roles().stream().map(StaffRole::label).toList());
      String link = send(authorityId, staffId, staff.username(), roles, inviter, siteAddress,
          staff.name() + "; " + staff.agency().label() + "; " + roles);
      return new Invited(staffId, link);
    });
  }

  /**
   * Sends a new invitation to someone invited who has not yet set a password (their last one ran
   * out, say); an earlier link still in time goes on working until it runs out.
   *
   * @return false if they are not on the administrator's council's staff, or have set a password
   */
  public boolean inviteAgain(StaffUser administrator, UUID staffId, String siteAddress) {
    return transactions.write(() -> {
      record Invited(String username, List<String> roles) {}
      Optional<Invited> invited =
          jdbc.sql("SELECT username, roles FROM staff_user WHERE id = ? AND authority_id = ? AND password_hash IS NULL AND enabled")
              .params(staffId, administrator.authorityId())
              .query((rs, n) -> new Invited(rs.getString("username"), java.util.Arrays.asList((String[]) rs.getArray("roles").getArray())))
              .optional();
      invited.ifPresent(person -> {
        tenancy.bind(administrator.authorityId());
        send(administrator.authorityId(), staffId, person.username(), String.join(", ", StaffRole.words(person.roles())),
            Inviter.of(administrator), siteAddress, "Invited again");
      });
      return invited.isPresent();
    });
  }

  /** A new one-time link for the account, audited and emailed; returns the link. */
  private String send(UUID authorityId, UUID staffId, String username, String roles, Inviter inviter, String siteAddress, String detail) {
    Instant now = clock.instant();
    String token = OneTimeTokens.newToken();
    Instant expires = now.plus(VALID_FOR);
    jdbc.sql(
            """
            INSERT INTO staff_invitation (authority_id, id, staff_user_id, token_hash, invited_by_id, invited_by_name,
                created_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(authorityId, UUID.randomUUID(), staffId, OneTimeTokens.hash(token), inviter.id(), inviter.name(),
            Timestamp.from(now), Timestamp.from(expires))
        .update();
    audit.record(authorityId, inviter.id(), inviter.name(), "STAFF_INVITED", StaffAdministration.SUBJECT, username, detail);
    notifications.send(
        new Message(
            authorityId,
            username,
            Template.STAFF_INVITATION,
            Map.of(
                "authorityName", changes.councilName(authorityId),
                "invitedBy", inviter.name(),
                "roles", roles,
                "expires", new WhenText(now).dateAndTime(expires),
                "link", siteAddress + LINK_PATH + token),
            null));
    return siteAddress + LINK_PATH + token;
  }

  /** The invitation the link's token opens, if it is unused and in time. */
  public Optional<Invitation> open(String token) {
    return transactions.read(() -> {
      String hash = OneTimeTokens.hash(token);
      Optional<UUID> council =
          jdbc.sql("SELECT staff_invitation_authority(?)").param(hash).query(UUID.class).optional().filter(id -> id != null);
      if (council.isEmpty()) {
        return Optional.empty();
      }
      tenancy.bind(council.get());
      return jdbc.sql(
              """
              SELECT i.id, i.authority_id, s.id AS staff_id, s.username, s.display_name, i.expires_at
              FROM staff_invitation i JOIN staff_user s ON s.id = i.staff_user_id
              WHERE i.token_hash = ? AND i.used_at IS NULL AND i.expires_at > ? AND s.enabled
              """)
          .params(hash, Timestamp.from(clock.instant()))
          .query((rs, n) -> new Invitation(
              rs.getObject("id", UUID.class), rs.getObject("authority_id", UUID.class), rs.getObject("staff_id", UUID.class),
              rs.getString("username"), rs.getString("display_name"), rs.getTimestamp("expires_at").toInstant()))
          .optional();
    });
  }

  /**
   * Sets the password the invitation's link was opened to set, and uses the invitation up: once.
   * The password must already meet {@link uk.frontdoor.identity.internal.PasswordRules}.
   *
   * @return the username, to go on to set up an authenticator app; empty if the link no longer works
   */
  public Optional<String> accept(String token, String password) {
    return transactions.write(() -> {
      Optional<Invitation> found = open(token);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      Invitation invitation = found.get();
      int used = jdbc.sql("UPDATE staff_invitation SET used_at = ? WHERE authority_id = ? AND id = ? AND used_at IS NULL")
          .params(Timestamp.from(clock.instant()), invitation.authorityId(), invitation.id())
          .update();
      if (used != 1) {
        return Optional.empty();
      }
      jdbc.sql("UPDATE staff_user SET password_hash = ? WHERE id = ?").params(bcrypt.encode(password), invitation.staffId()).update();
      audit.record(invitation.authorityId(), invitation.staffId(), invitation.displayName(), "INVITATION_ACCEPTED",
          StaffAdministration.SUBJECT, invitation.username(), "Password set");
      return Optional.of(invitation.username());
    });
  }
}
