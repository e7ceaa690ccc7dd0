package uk.frontdoor.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/** With demo data loaded, says which demo staff sign-ins work; in production there are none. */
@Component
class DemoStaffAnnouncement {

  private static final Logger log = LoggerFactory.getLogger(DemoStaffAnnouncement.class);
  private static final String DEMO_PASSWORD = "demo-password";

  private final JdbcClient jdbc;

  DemoStaffAnnouncement(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  void announce() {
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    jdbc.sql("SELECT username, password_hash FROM staff_user WHERE username LIKE '%.demo' ORDER BY username")
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
        .list()
        .stream()
        .filter(user -> bcrypt.matches(DEMO_PASSWORD, user[1]))
        .forEach(user -> log.info("Demo staff sign-in at /staff: {} with password {}", user[0], DEMO_PASSWORD));
  }
}
