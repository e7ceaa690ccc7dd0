package uk.frontdoor.identity.internal;

import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.notification.Message;
import uk.frontdoor.notification.Notifications;
import uk.frontdoor.notification.Template;
import uk.frontdoor.platform.Transactions;

/**
 * What follows every change an administrator makes to a member of staff's account: an audit entry
 * in the council's log, an email to the person through the outbox, and, where the change takes
 * something away or changes what their session holds, the end of their sessions on every node.
 */
@Component
public record AccountChanges(JdbcClient jdbc, AuditLog audit, Notifications notifications,
    ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, Transactions transactions) {

  public static final String SUBJECT = "STAFF_USER";

  /** A member of the council's staff whose account is changed. */
  public record Account(UUID id, UUID authorityId, String username, String displayName) {}

  /** A member of the administrator's own council's staff, or nobody. */
  public java.util.Optional<Account> of(StaffUser administrator, UUID staffId) {
    return jdbc.sql("SELECT id, authority_id, username, display_name FROM staff_user WHERE id = ? AND authority_id = ?")
        .params(staffId, administrator.authorityId())
        .query((rs, n) -> new Account(
            rs.getObject("id", UUID.class), rs.getObject("authority_id", UUID.class), rs.getString("username"),
            rs.getString("display_name")))
        .optional();
  }

  /** Audits the change and tells the person by email, in the caller's transaction. */
  public void record(StaffUser by, Account account, String action, String detail, String toldThem) {
    transactions.within(() -> {
      audit.record(account.authorityId(), by.id(), by.displayName(), action, SUBJECT, account.username(), detail);
      notifications.send(
          new Message(
              account.authorityId(),
              account.username(),
              Template.STAFF_ACCOUNT_CHANGED,
              Map.of(
                  "authorityName", councilName(account.authorityId()),
                  "change", toldThem,
                  "changedBy", by.displayName()),
              null));
    });
  }

  /**
   * The council's name, read from its row: a council registered a moment ago may not yet be among
   * the councils as last read.
   */
  public String councilName(UUID authorityId) {
    return jdbc.sql("SELECT name FROM authority WHERE id = ?").param(authorityId).query(String.class).single();
  }

  /** Signs the person out everywhere: their next request asks them to sign in again. */
  public void endSessions(Account account) {
    FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
    if (repository != null) {
      repository.findByPrincipalName(account.username()).keySet().forEach(repository::deleteById);
    }
  }
}
