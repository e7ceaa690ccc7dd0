package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import uk.frontdoor.IntegrationTest;

/** Web sessions in PostgreSQL, as Spring Session JDBC stores them. */
@IntegrationTest
class WebSessionIT {

  private final SessionRepository<Session> sessions;

  @SuppressWarnings({"unchecked", "rawtypes"})
  WebSessionIT(@Autowired JdbcIndexedSessionRepository repository) {
    // Its session class is not public: use it through the interface.
    this.sessions = (SessionRepository) repository;
  }

  @Test
  void aRequestThatLoadedTheSessionBeforeSignInChangedItsIdCannotPutTheOldIdBack() {
    Session created = sessions.createSession();
    created.setAttribute("step", "password");
    sessions.save(created);
    String before = created.getId();

    // Two requests with the same cookie: one still running (a late asset or error page) ...
    Session stale = sessions.findById(before);
    // ... while the sign-in request gives the session a new id, against session fixation.
    Session signingIn = sessions.findById(before);
    String after = signingIn.changeSessionId();
    signingIn.setAttribute("step", "code");
    sessions.save(signingIn);

    // The late request ends and saves what it loaded, old id included.
    stale.setLastAccessedTime(Instant.now());
    sessions.save(stale);

    assertThat(after).isNotEqualTo(before);
    assertThat(sessions.findById(after)).as("the new cookie still finds the session").isNotNull();
    assertThat(sessions.findById(after).<String>getAttribute("step")).isEqualTo("code");
    assertThat(sessions.findById(before)).as("the id from before sign-in is dead").isNull();
  }

  @Test
  void aSessionCanStillChangeItsIdAgainAndAgain() {
    Session session = sessions.createSession();
    sessions.save(session);
    String first = session.getId();
    String id = first;
    for (int i = 0; i < 15; i++) {
      Session loaded = sessions.findById(id);
      id = loaded.changeSessionId();
      sessions.save(loaded);
      assertThat(sessions.findById(id)).isNotNull();
    }
    assertThat(sessions.findById(first)).isNull();
  }
}
