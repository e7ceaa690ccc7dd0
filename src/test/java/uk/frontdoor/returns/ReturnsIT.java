package uk.frontdoor.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.frontdoor.mash.MashTesting.as;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.casework.CensusDetail;
import uk.frontdoor.casework.CensusDetails;
import uk.frontdoor.casework.ProtectionRows;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.platform.Tenancy;

/**
 * The children in need census: a small census built from casework's records on real PostgreSQL,
 * compared with the expected file; the returns page and download for a performance officer only,
 * a year that is not a census year refused with a 400, every download audited, another council's
 * children never in the file; and every demo council's census for 2025-26 holds dozens of children
 * and no error by the rules implemented.
 */
@IntegrationTest
class ReturnsIT {

  /** The demo councils; other tests add councils in the product, which have no demo data. */
  static final java.util.Set<String> DEMO_SLUGS =
      java.util.Set.of("oxfordshire", "bracknell-forest", "southampton", "northamptonshire", "west-berkshire");
  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID WEST_BERKSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000005");
  static final List<UUID> COUNCILS = List.of(
      OXFORDSHIRE, UUID.fromString("00000000-0000-4000-8000-000000000002"), UUID.fromString("00000000-0000-4000-8000-000000000003"),
      UUID.fromString("00000000-0000-4000-8000-000000000004"), WEST_BERKSHIRE);

  @Autowired CinCensus censuses;
  @Autowired CensusDetails details;
  @Autowired AuditLog audit;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;
  @Autowired TestClock clock;
  @Autowired WorkingCalendar calendar;

  final StaffUser officer = MashTesting.named("Pat Performance", OXFORDSHIRE, "PERFORMANCE_OFFICER");
  final StaffUser worker = MashTesting.named("Sam Worker", OXFORDSHIRE, "SOCIAL_WORKER");

  static LocalDate day(String day) {
    return LocalDate.parse(day);
  }

  private void sql(UUID authority, String sql, Object... params) {
    rows().sql(authority, sql, params);
  }

  private UUID episode(UUID authority, String key, String first, LocalDate born, LocalDate expected) {
    return rows().episode(authority, key, first, born, expected);
  }

  private void assessment(UUID authority, UUID episode, String start, String authorised, String... factors) {
    rows().assessment(authority, episode, start, authorised, factors);
  }

  private ReturnsRows rows() {
    return new ReturnsRows(jdbc, transactions, tenancy, worker.id());
  }

  @Test
  void aSmallCensusIsTheExpectedFile() throws IOException {
    UUID ada = episode(OXFORDSHIRE, "golden:ada", "Ada", day("2015-04-01"), null);
    details.record(worker, ada, new CensusDetail("F", "WBRI", List.of("LD", "AUT"), "E931000017830", null, "2A"));
    assessment(OXFORDSHIRE, ada, "2026-01-05", "2026-02-10", "3A", "4B");
    ProtectionRows rows = new ProtectionRows(jdbc, transactions, tenancy, OXFORDSHIRE);
    UUID enquiry = rows.enquiry(ada, day("2026-01-06"), day("2026-01-27"), "COMPLETED", "CONFERENCE");
    rows.initialHeld(enquiry, ada, day("2026-01-26"));
    rows.plan(ada, day("2026-01-26"), day("2026-04-24"));

    UUID baby = episode(OXFORDSHIRE, "golden:baby", "Baby", null, day("2026-05-10"));
    details.record(worker, baby, new CensusDetail("U", "NOBT", List.of("NONE"), null, "UN1", "3B"));

    UUID cal = episode(OXFORDSHIRE, "golden:cal", "Cal", day("2012-09-09"), null);
    details.record(worker, cal, new CensusDetail("M", "BAFR", List.of("NONE"), "Z931520001001", null, "6"));
    assessment(OXFORDSHIRE, cal, "2026-01-07", "2026-02-02", "1B", "3B");
    sql(OXFORDSHIRE, """
        INSERT INTO casework_plan (authority_id, id, episode_id, kind, status, started_on, review_due_on, ended_on, end_reason,
            started_by_id, started_by_name, created_at)
        VALUES (?, ?, ?, 'CHILD_IN_NEED', 'ENDED', DATE '2026-02-03', DATE '2026-03-03', DATE '2026-03-20', 'Needs met.', ?, 'Test worker', now())
        """, OXFORDSHIRE, UUID.randomUUID(), cal, worker.id());
    sql(OXFORDSHIRE, "UPDATE casework_episode SET status = 'CLOSED', closure_reason = 'RC7', closed_at = TIMESTAMPTZ '2026-03-25 15:00:00+00'"
        + " WHERE id = ?", cal);

    Census census = censuses.of(OXFORDSHIRE, 2026);
    Set<UUID> ours = Set.of(ada, baby, cal);
    Census small = new Census(census.year(), census.la(), census.council(),
        census.children().stream().filter(c -> ours.contains(c.episodeId())).toList());
    assertThat(small.children()).hasSize(3);
    // Every rule but one about the return as a whole: three children use fewer than eight disability codes.
    assertThat(CensusRules.check(small, calendar)).as("the small census's failures").extracting(f -> f.rule().code())
        .containsExactly("2887Q");

    String xml = new String(CensusXml.write(small, clock.instant()), StandardCharsets.UTF_8);
    try (InputStream expected = getClass().getResourceAsStream("/returns/cin-census-golden.xml")) {
      assertThat(xml).isEqualTo(new String(expected.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void eachYearsCensusIsAsItStoodOn31March() {
    UUID dan = episode(OXFORDSHIRE, "as-at:dan", "Dan", day("2014-02-02"), null);
    sql(OXFORDSHIRE, "UPDATE casework_episode SET referral_date = DATE '2026-03-02' WHERE id = ?", dan);
    details.record(worker, dan, new CensusDetail("M", "WBRI", List.of("NONE"), "X845212818005", null, "1A"));
    assessment(OXFORDSHIRE, dan, "2026-03-03", "2026-04-20", "21");
    // Completed five days after it started: on 4 April 2026, with no conference needed.
    new ProtectionRows(jdbc, transactions, tenancy, OXFORDSHIRE).enquiry(dan, day("2026-03-30"), day("2026-04-21"), "COMPLETED", "NOT_SUBSTANTIATED");
    sql(OXFORDSHIRE, "UPDATE casework_episode SET status = 'CLOSED', closure_reason = 'RC8', closed_at = TIMESTAMPTZ '2026-05-01 15:00:00+00'"
        + " WHERE id = ?", dan);

    Census.CinDetails in2026 = only(censuses.of(OXFORDSHIRE, 2026), dan);
    assertThat(in2026.closure()).isNull();
    assertThat(in2026.reasonForClosure()).isNull();
    assertThat(in2026.assessments()).singleElement().satisfies(a -> assertThat(a.end()).isNull());
    assertThat(in2026.section47s()).singleElement().satisfies(q -> assertThat(q.conferenceNotRequired()).isFalse());
    Census.CinDetails in2027 = only(censuses.of(OXFORDSHIRE, 2027), dan);
    assertThat(in2027.closure()).isEqualTo(day("2026-05-01"));
    assertThat(in2027.reasonForClosure()).isEqualTo("RC8");
    assertThat(in2027.assessments()).singleElement().satisfies(a -> assertThat(a.end()).isEqualTo(day("2026-04-20")));
    assertThat(in2027.section47s()).singleElement().satisfies(q -> assertThat(q.conferenceNotRequired()).isTrue());
    assertThat(censuses.of(OXFORDSHIRE, 2025).children()).extracting(Census.Child::episodeId).doesNotContain(dan);
  }

  private static Census.CinDetails only(Census census, UUID episode) {
    return census.children().stream().filter(c -> c.episodeId().equals(episode)).findFirst().orElseThrow().episodes().get(0);
  }

  @Test
  void theReturnsAreAPerformanceOfficersAndEveryDownloadIsAudited() throws Exception {
    mvc.perform(get("/staff/returns").with(as(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("1 April 2025 to 31 March 2026")))
        .andExpect(content().string(Matchers.containsString("/staff/returns/cin-census.xml?year=2026")));
    mvc.perform(get("/staff/returns").with(as(worker))).andExpect(status().isForbidden());
    mvc.perform(get("/staff/returns/cin-census.xml").param("year", "2026").with(as(worker))).andExpect(status().isForbidden());

    long before = downloads();
    mvc.perform(get("/staff/returns/cin-census.xml").param("year", "2026").with(as(officer)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", Matchers.startsWith("application/xml")))
        .andExpect(header().string("Content-Disposition",
            Matchers.containsString("filename=\"cin-census-931-oxfordshire-county-council-2025-26.xml\"")))
        .andExpect(content().string(Matchers.containsString("<ReferenceDate>2026-03-31</ReferenceDate>")))
        .andExpect(content().string(Matchers.containsString("<LEA>931</LEA>")));
    assertThat(downloads()).isEqualTo(before + 1);
    assertThat(audit.about(OXFORDSHIRE, CinCensus.SUBJECT, "2026")).last().satisfies(entry -> {
      assertThat(entry.action()).isEqualTo("CIN_CENSUS_DOWNLOADED");
      assertThat(entry.actorName()).isEqualTo("Pat Performance");
      assertThat(entry.detail()).startsWith("Children in need census 2025-26: ");
    });
  }

  private long downloads() {
    return audit.about(OXFORDSHIRE, CinCensus.SUBJECT, "2026").stream().filter(e -> e.action().equals("CIN_CENSUS_DOWNLOADED")).count();
  }

  @Test
  void aRuleAboutTheReturnAsAWholeIsShownAsTheReturnsNotAChilds() throws Exception {
    // The census of 2020-21 holds this one child alone: one disability code is fewer than the eight rule 2887Q asks for.
    UUID eve = episode(WEST_BERKSHIRE, "whole:eve", "Eve", day("2014-01-10"), null);
    sql(WEST_BERKSHIRE, "UPDATE casework_episode SET referral_date = DATE '2020-10-01' WHERE id = ?", eve);
    StaffUser theirs = MashTesting.named("Wes Worker", WEST_BERKSHIRE, "SOCIAL_WORKER");
    details.record(theirs, eve, new CensusDetail("F", "WBRI", List.of("NONE"), "E869123456780", null, "2A"));
    assertThat(CensusRules.check(censuses.of(WEST_BERKSHIRE, 2021), calendar))
        .filteredOn(CensusRules.Failure::ofTheReturn)
        .extracting(f -> f.rule().code())
        .containsExactly("2887Q");
    mvc.perform(get("/staff/returns").param("year", "2021").with(as(MashTesting.named("Wyn Performance", WEST_BERKSHIRE, "PERFORMANCE_OFFICER"))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("The return as a whole")))
        .andExpect(content().string(Matchers.containsString("Less than 8 disability codes have been used in your return")));
  }

  @Test
  void aYearThatIsNotACensusYearIsA400NeverA500() throws Exception {
    for (String year : List.of("abc", "1900", "99999", "2020", "2028", "-1", "20 26")) {
      mvc.perform(get("/staff/returns").param("year", year).with(as(officer)))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(Matchers.containsString("Choose a census year from 2021 to 2027")));
      mvc.perform(get("/staff/returns/cin-census.xml").param("year", year).with(as(officer)))
          .andExpect(status().isBadRequest())
          .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
          .andExpect(jsonPath("$.errors.year").value(Matchers.startsWith("Choose a census year")));
    }
  }

  @Test
  void anotherCouncilsChildrenAreNeverInTheFile() throws Exception {
    String key = "elsewhere:" + UUID.randomUUID();
    UUID elsewhere = episode(WEST_BERKSHIRE, key, "Wes", day("2016-06-06"), null);
    StaffUser theirs = MashTesting.named("Wes Worker", WEST_BERKSHIRE, "SOCIAL_WORKER");
    details.record(theirs, elsewhere, new CensusDetail("M", "WBRI", List.of("NONE"), null, "UN2", "6"));
    String id = CinCensus.laChildId(key);
    assertThat(censuses.of(WEST_BERKSHIRE, 2026).children()).extracting(Census.Child::laChildId).contains(id);
    assertThat(censuses.of(OXFORDSHIRE, 2026).children()).extracting(Census.Child::laChildId).doesNotContain(id);
    mvc.perform(get("/staff/returns/cin-census.xml").param("year", "2026").with(as(officer)))
        .andExpect(content().string(Matchers.not(Matchers.containsString(id))));
  }

  @Test
  void everyDemoCouncilsCensusHoldsDozensOfChildrenAndNoError() {
    for (UUID council : COUNCILS) {
      Census all = censuses.of(council, 2026);
      // The demo's children only (R__demo_work_casework, R__demo_work_protection), not other tests' on the same database.
      Census census = new Census(all.year(), all.la(), all.council(),
          all.children().stream().filter(c -> c.episodeId().toString().startsWith("00000000-0000-4000-")).toList());
      assertThat(census.children()).as("children in %s's census", census.council()).hasSizeGreaterThanOrEqualTo(24);
      List<CensusRules.Failure> failures = CensusRules.check(census, calendar);
      System.out.printf("%s: %d children, queries %s%n", census.council(), census.children().size(), failures.stream()
          .collect(java.util.stream.Collectors.groupingBy(f -> f.rule().code(), java.util.TreeMap::new, java.util.stream.Collectors.counting())));
      assertThat(failures)
          .as("errors in %s's census", census.council())
          .filteredOn(f -> f.rule().kind() == CensusRules.Kind.ERROR)
          .extracting(f -> f.rule().code() + " " + f.child().name())
          .isEmpty();
    }
  }
}
