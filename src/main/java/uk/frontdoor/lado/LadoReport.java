package uk.frontdoor.lado;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.ReferralSummary;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Route;

/**
 * The LADO's annual report for a council: for a year from 1 April, the allegations received (by
 * how they came and the adult's sector, and whether the adult had an earlier allegation, matched
 * as {@link Allegations#earlierAbout} matches), what the initial consideration found, how those concluded
 * ended, and how quickly those resolved were resolved, against Keeping Children Safe in
 * Education's targets. Numbers only: nothing about any adult or child.
 */
@Service
public record LadoReport(JdbcClient jdbc, Tenancy tenancy, Referrals referrals, Transactions transactions) {

  /** One table of the report: its heading, and each category's count in order. */
  public record Table(String heading, Map<String, Integer> counts) {

    public int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The category's share of the table, in whole percent. */
    public int percent(String category) {
      int total = total();
      return total == 0 ? 0 : Math.round(100f * counts.getOrDefault(category, 0) / total);
    }
  }

  /** The report for the year from 1 April of {@code year} to 31 March after it. */
  public record Report(int year, LocalDate from, LocalDate to, List<Table> tables) {}

  public Report of(UUID authorityId, int year) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      LocalDate from = LocalDate.of(year, 4, 1);
      LocalDate to = LocalDate.of(year + 1, 3, 31);
      Timestamp start = Timestamp.from(from.atStartOfDay(UkTime.ZONE).toInstant());
      Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant());
      List<Table> tables = new ArrayList<>();
      tables.add(new Table("How allegations came to the LADO", sources(authorityId, start, end)));
      tables.add(new Table("The adult’s sector", counted(Adult.SECTORS,
          "SELECT d.sector AS category, count(*) AS n FROM lado_allegation a JOIN lado_adult d"
              + " ON d.authority_id = a.authority_id AND d.allegation_id = a.id"
              + " WHERE a.authority_id = ? AND a.received_at >= ? AND a.received_at < ? GROUP BY d.sector",
          authorityId, start, end)));
      tables.add(new Table("Adults with an earlier allegation", counted(
          uk.frontdoor.platform.journey.Question.choices("REPEAT", "An earlier allegation about the same adult", "FIRST", "The first about them"),
          """
          SELECT CASE WHEN EXISTS (
                   SELECT 1 FROM lado_adult other JOIN lado_allegation o ON o.authority_id = other.authority_id AND o.id = other.allegation_id
                   WHERE other.authority_id = d.authority_id AND other.name_key = d.name_key AND other.allegation_id <> d.allegation_id
                     AND o.received_at < a.received_at
                     AND (d.date_of_birth IS NULL OR other.date_of_birth IS NULL OR d.date_of_birth = other.date_of_birth))
                 THEN 'REPEAT' ELSE 'FIRST' END AS category, count(*) AS n
          FROM lado_allegation a JOIN lado_adult d ON d.authority_id = a.authority_id AND d.allegation_id = a.id
          WHERE a.authority_id = ? AND a.received_at >= ? AND a.received_at < ? GROUP BY 1
          """,
          authorityId, start, end)));
      tables.add(new Table("The initial consideration", counted(
          uk.frontdoor.platform.journey.Question.choices("MET", "The harm test applied: managed", "ADVICE", "It did not: advice given"),
          "SELECT CASE WHEN cardinality(c.harm_test) > 0 THEN 'MET' ELSE 'ADVICE' END AS category, count(*) AS n"
              + " FROM lado_consideration c WHERE c.authority_id = ? AND c.considered_at >= ? AND c.considered_at < ? GROUP BY 1",
          authorityId, start, end)));
      Map<String, String> findings = new LinkedHashMap<>();
      for (Finding finding : Finding.values()) {
        findings.put(finding.name(), finding.label());
      }
      tables.add(new Table("Outcomes of the allegations concluded", counted(findings,
          "SELECT o.outcome AS category, count(*) AS n FROM lado_outcome o"
              + " WHERE o.authority_id = ? AND o.concluded_at >= ? AND o.concluded_at < ? GROUP BY o.outcome",
          authorityId, start, end)));
      tables.add(new Table("How quickly allegations were resolved", timeliness(authorityId, start, end)));
      return new Report(year, from, to, tables);
    });
  }

  /** Each category's count, in the order of the categories given (their words), those with none counted as 0. */
  private Map<String, Integer> counted(Map<String, String> categories, String sql, Object... params) {
    Map<String, Integer> found = new LinkedHashMap<>();
    jdbc.sql(sql).params(params).query((rs, n) -> found.put(rs.getString("category"), rs.getInt("n"))).list();
    Map<String, Integer> counts = new LinkedHashMap<>();
    categories.forEach((code, words) -> counts.put(words, found.getOrDefault(code, 0)));
    return counts;
  }

  private Map<String, Integer> sources(UUID authorityId, Timestamp start, Timestamp end) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("From an employer or a professional, online", 0);
    counts.put("By phone to the LADO", 0);
    counts.put("From a member of the public, online", 0);
    counts.put("Referred by the MASH", 0);
    counts.put("From a partner system", 0);
    List<String> references =
        jdbc.sql("SELECT reference FROM lado_allegation WHERE authority_id = ? AND received_at >= ? AND received_at < ?")
            .params(authorityId, start, end)
            .query(String.class)
            .list();
    for (String reference : references) {
      referrals.find(authorityId, reference).map(referral -> source(authorityId, referral)).ifPresent(source -> counts.merge(source, 1, Integer::sum));
    }
    return counts;
  }

  private String source(UUID authorityId, ReferralSummary referral) {
    if (referral.route() != Route.LADO) {
      return "Referred by the MASH";
    }
    if (referral.channel() == Channel.PHONE) {
      return "By phone to the LADO";
    }
    if (referral.channel() == Channel.API) {
      return "From a partner system";
    }
    boolean fromAnOrganisation =
        referrals.document(authorityId, referral.referralId())
            .map(document -> document.referrer() != null && document.referrer().organisation() != null)
            .orElse(false);
    return fromAnOrganisation ? "From an employer or a professional, online" : "From a member of the public, online";
  }

  private Map<String, Integer> timeliness(UUID authorityId, Timestamp start, Timestamp end) {
    return jdbc.sql(
            Allegations.RESOLVED + """
            SELECT count(*) FILTER (WHERE resolved_at <= received_at + interval '1 month') AS one,
                   count(*) FILTER (WHERE resolved_at > received_at + interval '1 month'
                                      AND resolved_at <= received_at + interval '3 months') AS three,
                   count(*) FILTER (WHERE resolved_at > received_at + interval '3 months'
                                      AND resolved_at <= received_at + interval '12 months') AS twelve,
                   count(*) FILTER (WHERE resolved_at > received_at + interval '12 months') AS longer
            FROM resolved WHERE resolved_at >= ? AND resolved_at < ?
            """)
        .params(authorityId, start, end)
        .query((rs, n) -> {
          Map<String, Integer> counts = new LinkedHashMap<>();
          counts.put("Within one month", rs.getInt("one"));
          counts.put("In one to three months", rs.getInt("three"));
          counts.put("In three to twelve months", rs.getInt("twelve"));
          counts.put("After more than twelve months", rs.getInt("longer"));
          return counts;
        })
        .single();
  }

  /** An allegation resolved: when it arrived and when it was resolved (closed with advice or concluded). Numbers only. */
  public record Resolution(Instant receivedAt, Instant resolvedAt) {

    /** Resolved within this many calendar months of arriving, as Keeping Children Safe in Education counts its targets. */
    public boolean within(int months) {
      return !resolvedAt.isAfter(receivedAt.atZone(UkTime.ZONE).plusMonths(months).toInstant());
    }
  }

  /**
   * The allegations resolved from {@code from} to {@code to} (UK days), in the order resolved: for the
   * returns module's dashboards, which count how quickly the LADO resolves them month by month.
   */
  public List<Resolution> resolved(UUID authorityId, LocalDate from, LocalDate to) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return jdbc.sql(Allegations.RESOLVED + "SELECT received_at, resolved_at FROM resolved WHERE resolved_at >= ? AND resolved_at < ? ORDER BY resolved_at")
          .params(authorityId, Timestamp.from(from.atStartOfDay(UkTime.ZONE).toInstant()),
              Timestamp.from(to.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant()))
          .query((rs, n) -> new Resolution(rs.getTimestamp("received_at").toInstant(), rs.getTimestamp("resolved_at").toInstant()))
          .list();
    });
  }
}
