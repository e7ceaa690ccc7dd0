package uk.frontdoor.authority.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.AuthorityId;
import uk.frontdoor.authority.BankHolidays;
import uk.frontdoor.authority.SpecialDays;

/**
 * Reads authorities from the {@code authority} table, whose documents are configuration, with the
 * versions edited in the product ({@code authority_version}) in effect at the clock's now laid on
 * top, the councils' special days, and the latest bank holidays. Every page and submission needs its
 * council, so what was read is kept, and is used only while it is current (ADR 0018): while no
 * configuration has changed since ({@code authority_revision}, one cheap read, once a request), and
 * until the next scheduled version takes effect.
 */
@Repository
class JdbcAuthorities implements Authorities {

  static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private static final Object WRITING = new Object();

  private static final String REVISION_CHECKED = JdbcAuthorities.class.getName() + ".revision";

  /**
   * The councils as last read, by slug in name order, each council's document in effect (as JSON)
   * by id, for the configuration's revision at the instant {@code asOf}; current until {@code
   * nextChange}, when a scheduled version takes effect.
   */
  record Snapshot(
      Map<String, Authority> bySlug,
      Map<UUID, ObjectNode> documents,
      BankHolidays bankHolidays,
      long revision,
      Instant asOf,
      Instant nextChange) {

    boolean currentAt(Instant now, long revisionNow) {
      return revision == revisionNow && !now.isBefore(asOf) && (nextChange == null || now.isBefore(nextChange));
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Supplier<BankHolidays> shipped;
  private volatile Snapshot snapshot;

  JdbcAuthorities(JdbcClient jdbc, Clock clock, ShippedBankHolidays shipped) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.shipped = shipped;
  }

  @Override
  public List<Authority> all() {
    return List.copyOf(current().bySlug().values());
  }

  @Override
  public Optional<Authority> findBySlug(String slug) {
    return Optional.ofNullable(current().bySlug().get(slug));
  }

  @Override
  public Optional<Authority> findById(AuthorityId id) {
    return current().bySlug().values().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The bank holidays known now: the latest file uploaded or fetched, or the one shipped. */
  BankHolidays bankHolidays() {
    return current().bankHolidays();
  }

  /** A council's document in effect now, as JSON, to build a change on. */
  Optional<ObjectNode> document(UUID authorityId) {
    return Optional.ofNullable(current().documents().get(authorityId)).map(ObjectNode::deepCopy);
  }

  /**
   * Marks the transaction as changing the configuration: what it reads is not kept (it may not be
   * committed), and what was kept is forgotten when it ends, so the next question reads again.
   */
  void writing() {
    if (TransactionSynchronizationManager.hasResource(WRITING)) {
      return;
    }
    TransactionSynchronizationManager.bindResource(WRITING, Boolean.TRUE);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(WRITING);
        changed();
      }
    });
  }

  /** Forgets what was read, so the next question reads it again. */
  private void changed() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.removeAttribute(REVISION_CHECKED, RequestAttributes.SCOPE_REQUEST);
    }
    snapshot = null;
  }

  Snapshot current() {
    Instant now = clock.instant();
    long revision = revision();
    Snapshot kept = snapshot;
    return kept != null && kept.currentAt(now, revision) ? kept : reload(now, revision);
  }

  /** The configuration's revision, read once a request (and at each question outside one). */
  private long revision() {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    Object checked = request == null ? null : request.getAttribute(REVISION_CHECKED, RequestAttributes.SCOPE_REQUEST);
    if (checked instanceof Long known) {
      return known;
    }
    long revision = jdbc.sql("SELECT revision FROM authority_revision").query(Long.class).single();
    if (request != null) {
      request.setAttribute(REVISION_CHECKED, revision, RequestAttributes.SCOPE_REQUEST);
    }
    return revision;
  }

  private record Version(UUID authorityId, ObjectNode changes) {}

  private record Special(UUID authorityId, SpecialDays.Day day) {}

  private record Row(UUID id, String slug, String name, String document) {}

  private Snapshot reload(Instant now, long revision) {
    Timestamp at = Timestamp.from(now);
    Map<UUID, List<ObjectNode>> versions = new HashMap<>();
    jdbc.sql(
            """
            SELECT authority_id, changes::text AS changes FROM authority_version
             WHERE withdrawn_at IS NULL AND effective_from <= ? ORDER BY effective_from, id
            """)
        .param(at)
        .query((rs, n) -> new Version(rs.getObject("authority_id", UUID.class), (ObjectNode) JSON.readTree(rs.getString("changes"))))
        .list()
        .forEach(v -> versions.computeIfAbsent(v.authorityId(), id -> new ArrayList<>()).add(v.changes()));
    Instant nextChange =
        jdbc.sql("SELECT min(effective_from) FROM authority_version WHERE withdrawn_at IS NULL AND effective_from > ?")
            .param(at)
            .query(Timestamp.class)
            .optional()
            .map(Timestamp::toInstant)
            .orElse(null);
    Map<UUID, List<SpecialDays.Day>> special = new HashMap<>();
    jdbc.sql("SELECT authority_id, day, closes_at, description FROM authority_special_day ORDER BY day")
        .query((rs, n) -> new Special(
            rs.getObject("authority_id", UUID.class),
            new SpecialDays.Day(
                rs.getDate("day").toLocalDate(),
                rs.getTime("closes_at") == null ? null : rs.getTime("closes_at").toLocalTime(),
                rs.getString("description"))))
        .list()
        .forEach(s -> special.computeIfAbsent(s.authorityId(), id -> new ArrayList<>()).add(s.day()));
    Map<String, Authority> bySlug = new LinkedHashMap<>();
    Map<UUID, ObjectNode> documents = new HashMap<>();
    jdbc.sql("SELECT id, slug, name, document::text AS document FROM authority ORDER BY name")
        .query((rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"), rs.getString("document")))
        .list()
        .forEach(row -> {
          ObjectNode document = inEffect(row.document(), versions.getOrDefault(row.id(), List.of()));
          documents.put(row.id(), document);
          bySlug.put(row.slug(), map(row.id(), row.slug(), row.name(), document,
              SpecialDays.of(special.getOrDefault(row.id(), List.of()))));
        });
    Snapshot read = new Snapshot(
        Collections.unmodifiableMap(bySlug), Collections.unmodifiableMap(documents), latestBankHolidays(), revision, now, nextChange);
    if (!TransactionSynchronizationManager.hasResource(WRITING)) {
      snapshot = read;
    }
    return read;
  }

  private BankHolidays latestBankHolidays() {
    return jdbc.sql("SELECT content FROM authority_bank_holidays ORDER BY id DESC LIMIT 1")
        .query(String.class)
        .optional()
        .map(content -> BankHolidays.fromGovUkJson(
            new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), BankHolidayFiles.DIVISION))
        .orElseGet(shipped);
  }

  /** The council's own document with each version in effect laid on it in turn, part by part. */
  static ObjectNode inEffect(String document, List<ObjectNode> versions) {
    ObjectNode base = (ObjectNode) JSON.readTree(document);
    versions.forEach(changes -> changes.properties().forEach(part -> base.set(part.getKey(), part.getValue())));
    return base;
  }

  static Authority map(UUID id, String slug, String name, String document) {
    return map(id, slug, name, (ObjectNode) JSON.readTree(document), SpecialDays.NONE);
  }

  static Authority map(UUID id, String slug, String name, JsonNode document, SpecialDays specialDays) {
    try {
      return JSON.treeToValue(document, AuthorityDocument.class)
          .toAuthority(new AuthorityId(id), slug, name, specialDays);
    } catch (RuntimeException e) {
      throw new IllegalStateException("The configuration of authority " + slug + " cannot be read: " + e.getMessage(), e);
    }
  }
}
