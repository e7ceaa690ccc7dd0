package uk.frontdoor.returns;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.casework.CensusDetail;
import uk.frontdoor.casework.CensusRecords.CensusAssessment;
import uk.frontdoor.casework.CensusRecords.CensusEpisode;
import uk.frontdoor.casework.CensusRecords.CensusProtectionPlan;
import uk.frontdoor.casework.CensusRecords;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.identity.StaffUser;

/**
 * A council's children in need census for a collection year, built from casework's records: one
 * child per child (their episodes in the year together), identified by a census LAchildID that
 * stays the same from year to year; checked by {@link CensusRules}; each download audited.
 */
@Service
public record CinCensus(CensusRecords records, Authorities authorities, AuditLog audit) {

  public static final String SUBJECT = "CIN_CENSUS";

  /**
   * The DfE's three-digit codes of the demo councils. Northamptonshire's 928 ended with the county
   * council in April 2021; the Children's Trust now serves North (940) and West (941)
   * Northamptonshire, each of which makes its own return. The demo's one Trust tenant sends West
   * Northamptonshire's code (the README says why); a real deployment runs a tenant for each.
   */
  static final Map<String, String> LA_CODES =
      Map.of("bracknell-forest", "867", "northamptonshire", "941", "oxfordshire", "931", "southampton", "852", "west-berkshire", "869");

  /** The census for the year ending 31 March of {@code year}, as it stands. */
  public Census of(UUID authorityId, int year) {
    Authority council = authorities.get(authorityId);
    LocalDate first = LocalDate.of(year - 1, 4, 1);
    LocalDate last = LocalDate.of(year, 3, 31);
    Map<String, List<CensusEpisode>> byChild = new LinkedHashMap<>();
    for (CensusEpisode episode : records.year(authorityId, first, last)) {
      byChild.computeIfAbsent(episode.childKey(), k -> new ArrayList<>()).add(episode);
    }
    List<Census.Child> children = new ArrayList<>();
    byChild.forEach((key, episodes) -> children.add(child(key, episodes, last)));
    return new Census(year, LA_CODES.getOrDefault(council.slug(), "000"), council.name(), children);
  }

  /** Records that someone downloaded the census: who, when (the audit's time) and which year. */
  public void downloaded(StaffUser me, Census census, int errors, int queries) {
    audit.record(me.authorityId(), me.id(), me.displayName(), "CIN_CENSUS_DOWNLOADED", SUBJECT, String.valueOf(census.year()),
        "Children in need census " + (census.year() - 1) + "-" + census.year() % 100 + ": " + census.children().size() + " children, "
            + errors + " errors and " + queries + " queries");
  }

  /** Records that someone looked at the census's problems: the page names children. */
  public void viewed(StaffUser me, Census census) {
    audit.record(me.authorityId(), me.id(), me.displayName(), "CIN_CENSUS_VIEWED", SUBJECT, String.valueOf(census.year()),
        "Children in need census " + (census.year() - 1) + "-" + census.year() % 100 + " checked");
  }

  private static Census.Child child(String key, List<CensusEpisode> episodes, LocalDate last) {
    CensusEpisode latest = episodes.get(episodes.size() - 1);
    Episode e = latest.episode();
    CensusDetail d = latest.detail();
    List<Census.CinDetails> details = episodes.stream().map(episode -> details(episode, last)).toList();
    return new Census.Child(
        laChildId(key), e.childName(), e.id(), d == null ? null : d.upn(), d == null ? null : d.upnUnknown(), e.dateOfBirth(),
        e.dateOfBirth() == null ? e.expectedDate() : null, d == null ? null : d.sex(), d == null ? null : d.ethnicity(),
        d == null ? List.of() : d.disabilities(), details);
  }

  /**
   * An episode as it stood on the reference date: what ended after it (a closure, an assessment's
   * authorisation, a plan's end, a conference held) is still open in that year's census.
   */
  private static Census.CinDetails details(CensusEpisode e, LocalDate last) {
    Episode episode = e.episode();
    LocalDate closure = asAt(episode.closedAt() == null ? null : LocalDate.ofInstant(episode.closedAt(), UkTime.ZONE), last);
    boolean nfa = closure != null && e.assessments().isEmpty() && e.enquiries().isEmpty() && e.plans().isEmpty()
        && e.protectionPlans().isEmpty();
    // An initial conference in the year that started a plan, where no section 47 of the file records it (rules 2884, 8715).
    LocalDate initial = e.protectionPlans().stream()
        .map(CensusProtectionPlan::initialConference)
        .filter(day -> day != null && !day.isAfter(last) && !day.isBefore(last.minusYears(1).plusDays(1))
            && e.enquiries().stream().noneMatch(q -> day.equals(q.initialConference())))
        .findFirst()
        .orElse(null);
    return new Census.CinDetails(
        episode.id(), episode.referralDate(), e.detail() == null ? null : e.detail().referralSource(),
        episode.primaryNeed() == null ? null : episode.primaryNeed().name(), closure,
        closure == null || episode.closureReason() == null ? null : episode.closureReason().name(), initial, nfa,
        e.assessments().stream().map(a -> assessment(a, last)).toList(),
        e.plans().stream().map(p -> new Census.CinPlan(p.start(), asAt(p.end(), last))).toList(),
        e.enquiries().stream()
            .map(q -> new Census.Section47(
                q.start(), q.conferenceTarget(), asAt(q.initialConference(), last), asAt(q.conferenceNotRequiredOn(), last) != null))
            .toList(),
        e.protectionPlans().stream()
            .map(p -> new Census.ProtectionPlan(
                p.start(), asAt(p.end(), last), p.initialCategory(), p.latestCategory(), p.previousPlans(), p.reviews()))
            .toList());
  }

  /** An assessment as it stood: its factors only once it was completed (census rule 8614). */
  private static Census.Assessment assessment(CensusAssessment a, LocalDate last) {
    LocalDate end = asAt(a.authorised(), last);
    return new Census.Assessment(a.start(), end, end == null ? List.of() : a.factors());
  }

  /** The day if it came by the reference date; null (not yet) if after. */
  private static LocalDate asAt(LocalDate day, LocalDate last) {
    return day == null || day.isAfter(last) ? null : day;
  }

  /**
   * The child's census LAchildID: at most 20 letters and digits (rules 1570, 1580), the same in
   * every year's census, and saying nothing of who the child is.
   */
  static String laChildId(String childKey) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(childKey.getBytes(StandardCharsets.UTF_8));
      return "FD" + HexFormat.of().formatHex(digest, 0, 8).toUpperCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
