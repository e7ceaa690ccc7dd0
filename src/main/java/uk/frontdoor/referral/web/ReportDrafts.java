package uk.frontdoor.referral.web;

import jakarta.servlet.http.HttpSession;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.authority.Authority;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.journey.Answers;
import uk.frontdoor.platform.journey.JourneyWalk;

/**
 * Where a member of the public's unsent report is kept between pages: in PostgreSQL, in the
 * council's own rows under row-level security ({@code public_report_draft}), not in the session,
 * which holds only the draft's id. A draft idle for longer than {@code
 * frontdoor.referral.public-draft-idle} (2 hours by default) is gone: not loaded, and deleted by
 * {@link uk.frontdoor.referral.internal.ReferralRetention}.
 */
@Component
class ReportDrafts {

  private static final Logger log = LoggerFactory.getLogger(ReportDrafts.class);

  /** Answers are kept as JSON: plain data, read back without running any of their classes' code. */
  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final JdbcClient jdbc;
  private final Tenancy tenancy;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Duration idle;

  ReportDrafts(
      JdbcClient jdbc,
      Tenancy tenancy,
      PlatformTransactionManager transactions,
      Clock clock,
      @Value("${frontdoor.referral.public-draft-idle:PT2H}") Duration idle) {
    this.jdbc = jdbc;
    this.tenancy = tenancy;
    this.transactions = new TransactionTemplate(transactions);
    this.clock = clock;
    this.idle = idle;
  }

  /** The session's answers under the name, for a {@link JourneyWalk}. */
  JourneyWalk.Store store(HttpSession session, Authority authority, String name) {
    return new JourneyWalk.Store() {
      @Override
      public Answers load() {
        return ReportDrafts.this.load(session, authority, name);
      }

      @Override
      public void save(Answers answers) {
        ReportDrafts.this.save(session, authority, name, answers);
      }
    };
  }

  /** Starting again after sending: the sent answers are let go. */
  void discardIfSent(HttpSession session, Authority authority, String name) {
    if (load(session, authority, name).sent()) {
      discard(session, authority, name);
    }
  }

  /** The answers this session is writing under the name, or new ones if it has none (or they lapsed). */
  Answers load(HttpSession session, Authority authority, String name) {
    if (session.getAttribute(name) instanceof UUID id) {
      Optional<byte[]> content =
          inCouncil(
              authority,
              () ->
                  jdbc.sql("SELECT content FROM public_report_draft WHERE authority_id = ? AND id = ? AND updated_at > ?")
                      .params(authority.id().value(), id, Timestamp.from(clock.instant().minus(idle)))
                      .query(byte[].class)
                      .optional());
      Optional<Answers> draft = content.flatMap(ReportDrafts::read);
      if (draft.isPresent()) {
        return draft.get();
      }
    }
    // No draft, a lapsed one, or one kept in the session itself by an older version: start again.
    session.removeAttribute(name);
    return new Answers();
  }

  /** Keeps the draft, as it is now, for this session; its idle time starts again. */
  void save(HttpSession session, Authority authority, String name, Answers draft) {
    byte[] content = write(draft);
    UUID id = session.getAttribute(name) instanceof UUID existing ? existing : UUID.randomUUID();
    inCouncil(
        authority,
        () ->
            jdbc.sql(
                    """
                    INSERT INTO public_report_draft (authority_id, id, content, updated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (authority_id, id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at
                    """)
                .params(authority.id().value(), id, content, Timestamp.from(clock.instant()))
                .update());
    session.setAttribute(name, id);
  }

  /** Deletes the session's draft under the name. */
  void discard(HttpSession session, Authority authority, String name) {
    if (session.getAttribute(name) instanceof UUID id) {
      inCouncil(
          authority,
          () ->
              jdbc.sql("DELETE FROM public_report_draft WHERE authority_id = ? AND id = ?")
                  .params(authority.id().value(), id)
                  .update());
    }
    session.removeAttribute(name);
  }

  private <R> R inCouncil(Authority authority, Supplier<R> work) {
    return transactions.execute(
        status -> {
          tenancy.bind(authority.id().value());
          return work.get();
        });
  }

  private static byte[] write(Answers draft) {
    return JSON.writeValueAsBytes(draft);
  }

  private static Optional<Answers> read(byte[] content) {
    try {
      return Optional.of(JSON.readValue(content, Answers.class));
    } catch (JacksonException e) {
      // Written by an older version of the form: the reporter starts again rather than sees an error.
      log.warn("A stored draft could not be read, so it starts again: {}", e.getClass().getSimpleName());
      return Optional.empty();
    }
  }
}
