package uk.frontdoor.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * With demo data loaded, says (at DEBUG: the README lists them) which demo staff sign-ins work and what their second step is: the
 * code from an authenticator app set up with the demo key, or setting an app up; in production
 * there are none.
 */
@Component
record DemoStaffAnnouncement(JdbcClient jdbc, TotpSecrets secrets) {

  private static final Logger log = LoggerFactory.getLogger(DemoStaffAnnouncement.class);
  private static final String DEMO_PASSWORD = "demo-password";

  private record DemoUser(String username, String passwordHash, byte[] sealedSecret) {}

  @EventListener(ApplicationReadyEvent.class)
  void announce() {
    if (!log.isDebugEnabled()) {
      return; // Checking every demo password takes seconds at start-up.
    }
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    jdbc.sql(
            "SELECT username, password_hash, totp_secret FROM staff_user WHERE username LIKE '%.demo' ORDER BY username")
        .query((rs, n) -> new DemoUser(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .list()
        .stream()
        .filter(user -> bcrypt.matches(DEMO_PASSWORD, user.passwordHash()))
        .forEach(
            user ->
                log.debug(
                    "Demo staff sign-in at /staff: {} with password {}, then {}",
                    user.username(),
                    DEMO_PASSWORD,
                    secondStep(user)));
  }

  private String secondStep(DemoUser user) {
    if (user.sealedSecret() == null) {
      return "set up an authenticator app (the page shows a QR code and the key)";
    }
    try {
      String key = Base32.grouped(Base32.encode(secrets.open(user.username(), user.sealedSecret())));
      return "the code from an authenticator app set up with the key " + key
          + " (the demo also shows the code on the page)";
    } catch (IllegalStateException e) {
      return "nothing: its authenticator key was sealed under another frontdoor.identity.totp-key";
    }
  }
}
