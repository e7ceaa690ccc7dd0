package uk.frontdoor.referral.professional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.journey.Answers;
import uk.frontdoor.referral.journeys.ProfessionalReferral;

/** Professionals' drafts in PostgreSQL, so they can be finished later or on another device. */
@Component
record ProfessionalDrafts(JdbcClient jdbc, Tenancy tenancy, Clock clock, Transactions transactions) {

  /** A draft in a professional's list. */
  record Summary(UUID id, String children, Instant updatedAt) {}

  private static final JsonMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  UUID create(UUID authorityId, UUID accountId) {
    return transactions.write(() -> {
      tenancy.bind(authorityId);
      UUID id = UUID.randomUUID();
      Timestamp now = Timestamp.from(clock.instant());
      jdbc.sql(
              """
              INSERT INTO professional_draft (authority_id, id, account_id, answers, created_at, updated_at)
              VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?)
              """)
          .params(authorityId, id, accountId, JSON.writeValueAsString(new Answers()), now, now)
          .update();
      return id;
    });
  }

  /** The draft, if it is this professional's and not yet sent. */
  Optional<Answers> find(UUID authorityId, UUID accountId, UUID id) {
    return transactions.read(() -> tenancy.sql(authorityId,
            """
            SELECT answers::text FROM professional_draft
            WHERE authority_id = ? AND id = ? AND account_id = ? AND reference IS NULL
            """)
        .params(id, accountId)
        .query(String.class)
        .optional()
        .map(text -> JSON.readValue(text, Answers.class)));
  }

  /** The reference a sent draft was given, if this professional sent it. */
  Optional<String> sentAs(UUID authorityId, UUID accountId, UUID id) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT reference FROM professional_draft WHERE authority_id = ? AND id = ? AND account_id = ?")
        .params(id, accountId)
        .query(String.class)
        .optional());
  }

  void save(UUID authorityId, UUID accountId, UUID id, Answers draft) {
    transactions.write(() -> {
      tenancy.bind(authorityId);
      jdbc.sql(
              """
              UPDATE professional_draft SET answers = CAST(? AS jsonb), updated_at = ?
              WHERE authority_id = ? AND id = ? AND account_id = ? AND reference IS NULL
              """)
          .params(JSON.writeValueAsString(draft), Timestamp.from(clock.instant()), authorityId, id, accountId)
          .update();
    });
  }

  void markSent(UUID authorityId, UUID id, String reference) {
    transactions.write(() -> {
      tenancy.bind(authorityId);
      jdbc.sql("UPDATE professional_draft SET reference = ? WHERE authority_id = ? AND id = ?")
          .params(reference, authorityId, id)
          .update();
    });
  }

  List<Summary> unsent(UUID authorityId, UUID accountId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            """
            SELECT id, answers::text AS answers, updated_at FROM professional_draft
            WHERE authority_id = ? AND account_id = ? AND reference IS NULL
            ORDER BY updated_at DESC LIMIT 100
            """)
        .param(accountId)
        .query(
            (rs, n) -> {
              Answers draft = JSON.readValue(rs.getString("answers"), Answers.class);
              List<Answers> added = draft.group("children");
              String children =
                  added.isEmpty()
                      ? "No child added yet"
                      : String.join(", ", added.stream().map(ProfessionalReferral::childName).toList());
              return new Summary(rs.getObject("id", UUID.class), children, rs.getTimestamp("updated_at").toInstant());
            })
        .list());
  }
}
