package uk.frontdoor.authority.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.AuthorityId;

/**
 * Reads authorities from the {@code authority} table, whose documents are configuration. Every
 * page and submission needs its council, so the parsed councils are kept for a short while
 * ({@link #FRESH_FOR}); a slug not yet seen reloads at once, so a new council appears straight away.
 */
@Repository
class JdbcAuthorities implements Authorities {

  static final Duration FRESH_FOR = Duration.ofSeconds(30);

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  /** The councils as last read, by slug in name order, and when (by the monotonic clock). */
  private record Snapshot(Map<String, Authority> bySlug, long readAtNanos) {
    boolean fresh() {
      return System.nanoTime() - readAtNanos < FRESH_FOR.toNanos();
    }
  }

  private final JdbcClient jdbc;
  private volatile Snapshot snapshot;

  JdbcAuthorities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Authority> all() {
    return List.copyOf(current().bySlug().values());
  }

  @Override
  public Optional<Authority> findBySlug(String slug) {
    Authority found = current().bySlug().get(slug);
    if (found == null && slug != null && slug.length() <= 100) {
      found = reload().bySlug().get(slug);
    }
    return Optional.ofNullable(found);
  }

  @Override
  public Optional<Authority> findById(AuthorityId id) {
    return current().bySlug().values().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  private Snapshot current() {
    Snapshot now = snapshot;
    return now != null && now.fresh() ? now : reload();
  }

  private Snapshot reload() {
    Map<String, Authority> bySlug = new LinkedHashMap<>();
    jdbc.sql("SELECT id, slug, name, document::text AS document FROM authority ORDER BY name")
        .query((rs, row) -> map(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"), rs.getString("document")))
        .list()
        .forEach(authority -> bySlug.put(authority.slug(), authority));
    Snapshot read = new Snapshot(Collections.unmodifiableMap(bySlug), System.nanoTime());
    snapshot = read;
    return read;
  }

  static Authority map(UUID id, String slug, String name, String document) {
    try {
      return JSON.readValue(document, AuthorityDocument.class)
          .toAuthority(new AuthorityId(id), slug, name);
    } catch (RuntimeException e) {
      throw new IllegalStateException("The configuration of authority " + slug + " cannot be read: " + e.getMessage(), e);
    }
  }
}
