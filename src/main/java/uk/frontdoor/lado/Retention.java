package uk.frontdoor.lado;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * How long a council keeps a resolved allegation's record, by how it ended: its own rule where it
 * has one (lado_retention_rule), else the common practice of English LADOs (after Devon's and the
 * North West's policies; docs/reference/lado.md). Allegations found malicious or false are marked
 * for the employer to keep off the adult's personnel record (Keeping Children Safe in Education,
 * Part 4).
 */
@Service
public record Retention(JdbcClient jdbc, Tenancy tenancy, Transactions transactions) {

  /** Counted from the adult's date of birth, or from when the allegation was resolved. */
  public enum Basis {
    ADULT_BIRTH,
    RESOLUTION
  }

  /** A rule: so many years from its basis. */
  public record Rule(Basis basis, int years) {}

  /** The common practice, where a council has set no rule of its own. */
  public static final Map<String, Rule> DEFAULTS =
      Map.of(
          "SUBSTANTIATED", new Rule(Basis.ADULT_BIRTH, 100), "UNSUBSTANTIATED", new Rule(Basis.ADULT_BIRTH, 100),
          "FALSE", new Rule(Basis.RESOLUTION, 10), "UNFOUNDED", new Rule(Basis.RESOLUTION, 10),
          "MALICIOUS", new Rule(Basis.RESOLUTION, 10), "ADVICE", new Rule(Basis.RESOLUTION, 10));

  /**
   * Until when the record is kept, and why, in words; and whether the employer must keep it off the
   * adult's personnel record.
   *
   * @param why "100 years from the adult's date of birth (substantiated)"
   */
  public record Kept(LocalDate until, String why, boolean offPersonnelRecord) {}

  /** How long the resolved allegation is kept; empty while it is open. */
  public Optional<Kept> of(UUID authorityId, Allegation allegation, Optional<Adult> adult, Optional<Conclusion.Outcome> outcome) {
    return transactions.read(() -> {
      if (allegation.resolvedAt() == null) {
        return Optional.empty();
      }
      tenancy.bind(authorityId);
      String ending = outcome.map(o -> o.finding().name()).orElse("ADVICE");
      Rule rule =
          jdbc.sql("SELECT basis, years FROM lado_retention_rule WHERE authority_id = ? AND ending = ?")
              .params(authorityId, ending)
              .query((rs, n) -> new Rule(Basis.valueOf(rs.getString("basis")), rs.getInt("years")))
              .optional()
              .orElse(DEFAULTS.get(ending));
      LocalDate resolved = LocalDate.ofInstant(allegation.resolvedAt(), UkTime.ZONE);
      LocalDate born = adult.map(Adult::dateOfBirth).orElse(null);
      String words = ending.equals("ADVICE") ? "closed with advice" : outcome.get().finding().label().toLowerCase(java.util.Locale.UK);
      boolean fromBirth = rule.basis() == Basis.ADULT_BIRTH && born != null;
      LocalDate until = (fromBirth ? born : resolved).plusYears(rule.years());
      String why =
          rule.years() + " years from " + (fromBirth ? "the adult’s date of birth" : "when it was resolved")
              + (rule.basis() == Basis.ADULT_BIRTH && born == null ? ", their date of birth not being known" : "") + " (" + words + ")";
      boolean offPersonnelRecord = outcome.map(o -> o.finding() == Finding.MALICIOUS || o.finding() == Finding.FALSE).orElse(false);
      return Optional.of(new Kept(until, why, offPersonnelRecord));
    });
  }
}
