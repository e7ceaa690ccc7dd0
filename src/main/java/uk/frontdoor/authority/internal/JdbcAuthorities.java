package uk.frontdoor.authority.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.AuthorityId;

/** Reads authorities from the {@code authority} table, whose documents are configuration. */
@Repository
class JdbcAuthorities implements Authorities {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final JdbcClient jdbc;

  JdbcAuthorities(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Authority> all() {
    return jdbc.sql("SELECT id, slug, name, document::text AS document FROM authority ORDER BY name")
        .query((rs, row) -> map(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"), rs.getString("document")))
        .list();
  }

  @Override
  public Optional<Authority> findBySlug(String slug) {
    return jdbc.sql("SELECT id, slug, name, document::text AS document FROM authority WHERE slug = ?")
        .param(slug)
        .query((rs, row) -> map(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"), rs.getString("document")))
        .optional();
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
