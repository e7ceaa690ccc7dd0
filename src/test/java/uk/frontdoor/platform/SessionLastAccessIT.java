package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import uk.frontdoor.IntegrationTest;

/** A web session's last access is written at most once a minute, and its idle time still holds. */
@IntegrationTest
class SessionLastAccessIT {

  private final SessionRepository<Session> sessions;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @SuppressWarnings({"unchecked", "rawtypes"})
  SessionLastAccessIT(@Autowired JdbcIndexedSessionRepository repository) {
    // Its session class is not public: use it through the interface.
    this.sessions = (SessionRepository) repository;
  }

  @Test
  void aRequestWithinAMinuteOfTheStoredLastAccessWritesNoneAndOneAMinuteLaterWritesIt() {
    Instant start = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.MILLIS);
    String id = stored(start, Duration.ofMinutes(30));

    access(id, start.plusSeconds(59));
    assertThat(lastAccess(id)).isEqualTo(start);
    assertThat(expiry(id)).isEqualTo(start.plus(Duration.ofMinutes(30)));

    access(id, start.plusSeconds(60));
    assertThat(lastAccess(id)).isEqualTo(start.plusSeconds(60));
    assertThat(expiry(id)).isEqualTo(start.plusSeconds(60).plus(Duration.ofMinutes(30)));

    access(id, start.plusSeconds(100));
    assertThat(lastAccess(id)).as("within a minute of the last written").isEqualTo(start.plusSeconds(60));
  }

  @Test
  void whatElseARequestChangesIsWrittenAtOnce() {
    Instant start = Instant.now().minusSeconds(10).truncatedTo(ChronoUnit.MILLIS);
    String id = stored(start, Duration.ofMinutes(30));

    Session session = sessions.findById(id);
    session.setLastAccessedTime(start.plusSeconds(5));
    session.setAttribute("step", "code");
    session.setMaxInactiveInterval(Duration.ofMinutes(20));
    String changed = session.changeSessionId();
    sessions.save(session);

    assertThat(sessions.findById(id)).as("the old id is dead").isNull();
    Session after = sessions.findById(changed);
    assertThat(after.<String>getAttribute("step")).isEqualTo("code");
    assertThat(after.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(20));
    assertThat(lastAccess(changed)).as("written with the rest").isEqualTo(start.plusSeconds(5));
  }

  @Test
  void anIdleSessionStillEndsNoLaterThanItsIdleTimeAfterItsLastUse() {
    Instant start = Instant.now().minusSeconds(100).truncatedTo(ChronoUnit.MILLIS);
    String id = stored(start, Duration.ofMinutes(2));
    Instant lastUse = start.plusSeconds(55);
    access(id, lastUse);

    // It ends as stored, a little early, never late.
    assertThat(expiry(id)).isEqualTo(start.plus(Duration.ofMinutes(2))).isBefore(lastUse.plus(Duration.ofMinutes(2)));
    // And once the stored expiry has passed it is gone.
    jdbc.sql("UPDATE spring_session SET last_access_time = ?, expiry_time = ? WHERE session_id = ?")
        .params(
            Instant.now().minusSeconds(121).toEpochMilli(), Instant.now().minusSeconds(1).toEpochMilli(), id)
        .update();
    assertThat(sessions.findById(id)).isNull();
  }

  @Test
  void theSessionFilterWritesTheLastAccessOfAPageRequestAtMostOnceAMinute() throws Exception {
    Instant start = Instant.now().minusSeconds(20).truncatedTo(ChronoUnit.MILLIS);
    String id = stored(start, Duration.ofMinutes(30));
    Cookie cookie = new Cookie("SESSION", Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8)));

    mvc.perform(get("/staff/sign-in").cookie(cookie));
    assertThat(lastAccess(id)).isEqualTo(start);

    Instant twoMinutesBefore = start.minus(Duration.ofMinutes(2));
    jdbc.sql("UPDATE spring_session SET last_access_time = ? WHERE session_id = ?")
        .params(twoMinutesBefore.toEpochMilli(), id)
        .update();
    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    mvc.perform(get("/staff/sign-in").cookie(cookie));
    assertThat(lastAccess(id)).isAfterOrEqualTo(before);
  }

  private String stored(Instant lastAccess, Duration idle) {
    Session session = sessions.createSession();
    session.setMaxInactiveInterval(idle);
    session.setLastAccessedTime(lastAccess);
    sessions.save(session);
    return session.getId();
  }

  /** A request at {@code at}, as the session filter makes it. */
  private void access(String id, Instant at) {
    Session session = sessions.findById(id);
    session.setLastAccessedTime(at);
    sessions.save(session);
  }

  private Instant lastAccess(String id) {
    return Instant.ofEpochMilli(
        jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = ?").param(id).query(Long.class).single());
  }

  private Instant expiry(String id) {
    return Instant.ofEpochMilli(
        jdbc.sql("SELECT expiry_time FROM spring_session WHERE session_id = ?").param(id).query(Long.class).single());
  }
}
