package uk.frontdoor.mash;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * The MASH's contacts as figures, for the returns module's dashboards: when each arrived, who made
 * it, when its one-working-day decision was due, and what was decided and when it was authorised.
 * Nothing about the child or the family.
 */
@Service
public record ContactFigures(JdbcClient jdbc, Tenancy tenancy, Transactions transactions) {

  /**
   * One contact.
   *
   * @param route who made it ({@link uk.frontdoor.referral.Route}'s name)
   * @param decisionDueAt the exclusive end of the working day by which its decision was due (null before its clock started)
   * @param outcome the decision's outcome once authorised; null until then
   * @param authorisedAt when the decision was authorised; null until then
   */
  public record ContactFigure(Instant receivedAt, String route, Instant decisionDueAt, Outcome outcome, Instant authorisedAt) {

    /** Decided and authorised by the end of its one working day. */
    public boolean decidedInTime() {
      return authorisedAt != null && decisionDueAt != null && authorisedAt.isBefore(decisionDueAt);
    }
  }

  /** The contacts that arrived, or whose decision was authorised, from {@code first} to {@code last} (UK days), oldest first. */
  public List<ContactFigure> between(UUID authorityId, LocalDate first, LocalDate last) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return jdbc.sql("SELECT c.received_at, c.route, c.decision_due_at, d.outcome, d.authorised_at FROM mash_contact c"
              + " LEFT JOIN mash_decision d ON d.authority_id = c.authority_id AND d.contact_id = c.id AND d.authorised_at IS NOT NULL"
              + " WHERE c.authority_id = :a AND ((c.received_at AT TIME ZONE 'Europe/London')::date BETWEEN :first AND :last"
              + " OR (d.authorised_at AT TIME ZONE 'Europe/London')::date BETWEEN :first AND :last) ORDER BY c.received_at, c.reference")
          .param("a", authorityId)
          .param("first", first)
          .param("last", last)
          .query((rs, n) -> new ContactFigure(
              rs.getTimestamp("received_at").toInstant(), rs.getString("route"), instant(rs.getTimestamp("decision_due_at")),
              rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")), instant(rs.getTimestamp("authorised_at"))))
          .list();
    });
  }

  private static Instant instant(Timestamp at) {
    return at == null ? null : at.toInstant();
  }
}
