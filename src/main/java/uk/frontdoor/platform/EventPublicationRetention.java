package uk.frontdoor.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.frontdoor.authority.UkTime;

/**
 * Completed event publications are kept for tracing (30 days by default), then deleted; a
 * publication not yet completed is never deleted, whatever its age, since its listener has still
 * to run. Deleting is idempotent, so several nodes may run this at once.
 */
@Component
class EventPublicationRetention {

  private static final Logger log = LoggerFactory.getLogger(EventPublicationRetention.class);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration keep;

  EventPublicationRetention(
      JdbcClient jdbc, Clock clock, @Value("${frontdoor.events.keep-completed:P30D}") Duration keep) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.keep = keep;
  }

  @Scheduled(cron = "${frontdoor.events.retention-cron:0 17 3 * * *}", zone = UkTime.ZONE_ID)
  void scheduled() {
    int deleted = deleteExpired();
    if (deleted > 0) {
      log.info("Deleted {} event publications completed more than {} ago", deleted, keep);
    }
  }

  /** Deletes the publications completed longer ago than the retention period; returns how many. */
  int deleteExpired() {
    return jdbc.sql("DELETE FROM event_publication WHERE completion_date < ?")
        .param(Timestamp.from(clock.instant().minus(keep)))
        .update();
  }
}
