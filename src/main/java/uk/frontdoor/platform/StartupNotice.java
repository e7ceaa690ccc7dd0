package uk.frontdoor.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * One short block when the application is ready: the address to open and, with demo data, where
 * the demo sign-ins are listed. Each demo sign-in and each missing council detail is logged at
 * DEBUG by its own module, for anyone who asks for them.
 */
@Component
record StartupNotice(Environment environment) {

  private static final Logger log = LoggerFactory.getLogger(StartupNotice.class);

  @EventListener(ApplicationReadyEvent.class)
  void announce() {
    String address = "http://localhost:" + environment.getProperty("local.server.port", "8080") + "/";
    if (environment.acceptsProfiles(Profiles.of("production"))) {
      log.info("Front Door is ready at {}", address);
      return;
    }
    log.info(
        """

        Front Door is ready: open {}
          Demo sign-ins (staff, professionals, partner API keys) are listed in README.md.
          Councils' missing contact details: {}actuator/authoritydata
        """,
        address,
        address);
  }
}
