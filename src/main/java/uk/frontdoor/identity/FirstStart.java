package uk.frontdoor.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.CouncilRegistration.NewCouncil;
import uk.frontdoor.identity.CouncilOnboarding.FirstAdministrator;
import uk.frontdoor.identity.StaffInvitations.Inviter;
import uk.frontdoor.identity.internal.OneTimeTokens;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.WhenText;

/**
 * The first start of a deployment with no staff at all: each start-up prints one setup link with a
 * one-time token (valid for {@link #VALID_FOR}) to the log, and the setup page, opened with it,
 * registers the first council and invites its first administrator, who is also the deployment's
 * operator. Once a link has been used, setup is closed for good, whatever happens to the staff.
 */
@Service
public record FirstStart(JdbcClient jdbc, CouncilOnboarding onboarding, Environment environment, Clock clock,
    Transactions transactions) {

  private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
  public static final Duration VALID_FOR = Duration.ofHours(24);
  static final Inviter FIRST_START = new Inviter(AuditLog.SYSTEM, "Front Door first start");

  @EventListener(ApplicationReadyEvent.class)
  void announce() {
    if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_user)").query(Boolean.class).single() || closed()) {
      return;
    }
    String token = issue();
    String path = "/setup?token=" + token;
    log.warn(
        """

        Front Door has no staff yet. To add the first council and its administrator, open
          {}
        on this server (here: http://localhost:{}{}) by {}. The link works once; each start prints a new one
        until setup is done.
        """,
        path,
        environment.getProperty("local.server.port", "8080"),
        path,
        new WhenText(clock.instant()).dateAndTime(clock.instant().plus(VALID_FOR)) + " UK time");
  }

  /** A new setup link's token; stored only as its hash. */
  public String issue() {
    return transactions.write(() -> {
      String token = OneTimeTokens.newToken();
      Instant now = clock.instant();
      jdbc.sql("INSERT INTO identity_setup_token (token_hash, created_at, expires_at) VALUES (?, ?, ?)")
          .params(OneTimeTokens.hash(token), Timestamp.from(now), Timestamp.from(now.plus(VALID_FOR)))
          .update();
      return token;
    });
  }

  /** Whether setup has been done: then no link works again. */
  public boolean closed() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity_setup_token WHERE used_at IS NOT NULL)").query(Boolean.class).single();
  }

  /** Whether the token opens the setup page now. */
  public boolean opens(String token) {
    return transactions.read(() -> !closed()
        && jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity_setup_token WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?)")
            .params(OneTimeTokens.hash(token), Timestamp.from(clock.instant()))
            .query(Boolean.class)
            .single());
  }

  /**
   * Registers the council and invites its first administrator (council administrator and
   * deployment operator), and closes setup; once only, whatever two people do at the same time.
   *
   * @return false if the token no longer opens setup
   * @throws uk.frontdoor.authority.CouncilRegistration.Taken as {@link CouncilOnboarding#add}
   */
  public boolean complete(String token, NewCouncil council, FirstAdministrator administrator, String siteAddress) {
    return transactions.write(() -> {
      jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('identity:first-start'))").query().listOfRows();
      if (!opens(token)) {
        return false;
      }
      jdbc.sql("UPDATE identity_setup_token SET used_at = ? WHERE token_hash = ?")
          .params(Timestamp.from(clock.instant()), OneTimeTokens.hash(token))
          .update();
      StaffInvitations.Invited invited =
          onboarding.add(
              council, administrator, List.of(StaffRole.COUNCIL_ADMINISTRATOR, StaffRole.DEPLOYMENT_OPERATOR), FIRST_START, siteAddress);
      // Where no email is configured yet, the first administrator's link reaches them the way the setup link came.
      log.warn(
          """

          Front Door is set up: {} is added and setup is closed. Its administrator, {}, is emailed an invitation;
          its link, valid for 7 days and once, is also here: {}
          """,
          council.name(), administrator.email(), invited.link());
      return true;
    });
  }
}
