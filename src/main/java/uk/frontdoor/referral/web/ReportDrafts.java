package uk.frontdoor.referral.web;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
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
import uk.frontdoor.platform.Tenancy;

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

  /** Only the drafts' own classes and what they are made of are ever read back. */
  private static final ObjectInputFilter ONLY_DRAFTS =
      ObjectInputFilter.Config.createFilter(
          "maxdepth=10;maxarray=100000;uk.frontdoor.referral.web.PublicReportDraft;"
              + "uk.frontdoor.referral.web.PublicReportDraft$ChildAnswers;uk.frontdoor.referral.web.ShortReportDraft;"
              + "java.util.ArrayList;java.util.HashMap;java.util.Map$Entry;java.lang.Object;"
              + "java.lang.Integer;java.lang.Number;java.lang.String;!*");

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

  /** The draft this session is writing under the name, or a new one if it has none (or it lapsed). */
  <T extends Serializable> T load(HttpSession session, Authority authority, String name, Class<T> type, Supplier<T> fresh) {
    if (session.getAttribute(name) instanceof UUID id) {
      Optional<byte[]> content =
          inCouncil(
              authority,
              () ->
                  jdbc.sql("SELECT content FROM public_report_draft WHERE authority_id = ? AND id = ? AND updated_at > ?")
                      .params(authority.id().value(), id, Timestamp.from(clock.instant().minus(idle)))
                      .query(byte[].class)
                      .optional());
      Optional<T> draft = content.flatMap(bytes -> read(bytes, type));
      if (draft.isPresent()) {
        return draft.get();
      }
    }
    // No draft, a lapsed one, or one kept in the session itself by an older version: start again.
    session.removeAttribute(name);
    return fresh.get();
  }

  /** Keeps the draft, as it is now, for this session; its idle time starts again. */
  void save(HttpSession session, Authority authority, String name, Serializable draft) {
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

  private static byte[] write(Serializable draft) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(draft);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static <T> Optional<T> read(byte[] content, Class<T> type) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(content))) {
      in.setObjectInputFilter(ONLY_DRAFTS);
      Object draft = in.readObject();
      return type.isInstance(draft) ? Optional.of(type.cast(draft)) : Optional.empty();
    } catch (IOException | ClassNotFoundException e) {
      // Written by an older version of the form: the reporter starts again rather than sees an error.
      log.warn("A stored draft could not be read, so it starts again: {}", e.getClass().getSimpleName());
      return Optional.empty();
    }
  }
}
