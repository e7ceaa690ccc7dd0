package uk.frontdoor.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.frontdoor.mash.MashTesting.as;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.casework.Episodes;
import uk.frontdoor.casework.ProtectionRows;
import uk.frontdoor.identity.StaffDirectory;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.returns.Dashboard.Measure;
import uk.frontdoor.returns.Dashboard.Period;
import uk.frontdoor.returns.Dashboard.Row;

/**
 * The dashboards' measures computed on known rows of 2023 (a year the demo data leaves empty) and,
 * where bank holidays count, of May to July 2024 (the calendar's first year, also empty), on
 * real PostgreSQL: contacts by source and week, conversion to referrals, MASH decisions in one
 * working day, re-referrals, assessments in 45 working days and initial conferences in 15 (each
 * counted across a bank holiday, one day either side of the limit), plans by category and length,
 * and LADO timeliness; another council's rows never counted; the page for performance officers and
 * managers alone, its tables holding the same figures, a month not offered refused beside the
 * field, and each view audited; casework's measures for one team of the council (the team each
 * child's episode is allocated to), the MASH's and the LADO's the whole council's.
 */
@IntegrationTest
class DashboardIT {

  static final UUID OXFORDSHIRE = ReturnsIT.OXFORDSHIRE;
  static final UUID WEST_BERKSHIRE = ReturnsIT.WEST_BERKSHIRE;
  static final Period YEAR = new Period(YearMonth.of(2023, 12));

  @Autowired Dashboard dashboard;
  @Autowired AuditLog audit;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;
  @Autowired TestClock clock;
  @Autowired Episodes episodes;
  @Autowired StaffDirectory directory;

  final StaffUser officer = MashTesting.named("Pat Performance", OXFORDSHIRE, "PERFORMANCE_OFFICER");
  final StaffUser worker = MashTesting.named("Sam Worker", OXFORDSHIRE, "SOCIAL_WORKER");

  static boolean written;

  private ReturnsRows rows() {
    return new ReturnsRows(jdbc, transactions, tenancy, worker.id());
  }

  /** UK time on a day of 2023 or so. */
  static Timestamp uk(String dayAndTime) {
    return Timestamp.from(LocalDateTime.parse(dayAndTime).atZone(UkTime.ZONE).toInstant());
  }

  /** A contact, and where it was decided its decision, authorised by someone else. */
  private void contact(UUID authority, String route, String received, String due, String outcome, String authorised) {
    UUID id = UUID.randomUUID();
    rows().sql(authority, """
        INSERT INTO mash_contact (authority_id, id, referral_id, reference, channel, route, immediate_danger, received_at, status,
            clock_started_at, decision_due_at)
        VALUES (?, ?, ?, ?, 'ONLINE', ?, false, ?, 'AUTHORISED', ?, ?)
        """, authority, id, UUID.randomUUID(), "DASH-" + id.toString().substring(0, 8), route, uk(received), uk(received), uk(due));
    if (outcome != null) {
      rows().sql(authority, """
          INSERT INTO mash_decision (authority_id, contact_id, threshold_level, rationale, outcome, next_steps, decided_by, decided_by_name,
              decided_at, authorised_by, authorised_by_name, authorised_at)
          VALUES (?, ?, 3, 'Known rows.', ?, 'None.', ?, 'Test worker', ?, ?, 'Test manager', ?)
          """, authority, id, outcome, worker.id(), uk(authorised), UUID.randomUUID(), uk(authorised));
    }
  }

  /** An allegation that arrived and was concluded at these times. */
  private void allegation(String received, String concluded) {
    UUID id = UUID.randomUUID();
    rows().sql(OXFORDSHIRE, "INSERT INTO lado_allegation (authority_id, id, referral_id, reference, received_at, status)"
        + " VALUES (?, ?, ?, ?, ?, 'CONCLUDED')", OXFORDSHIRE, id, UUID.randomUUID(), "DASH-L-" + id.toString().substring(0, 8), uk(received));
    rows().sql(OXFORDSHIRE, "INSERT INTO lado_allegation_status_change (authority_id, allegation_id, seq, at, from_status, to_status, command,"
        + " actor_id, actor_name) VALUES (?, ?, 1, ?, 'MANAGED', 'CONCLUDED', 'CONCLUDE', ?, 'Test LADO')", OXFORDSHIRE, id, uk(concluded), worker.id());
  }

  /** A child in need episode of the test's own, referred on the day. */
  private UUID episode(String key, String referred, boolean reReferral) {
    UUID id = rows().episode(OXFORDSHIRE, key, "Dana", LocalDate.parse("2015-06-01"), null);
    rows().sql(OXFORDSHIRE, "UPDATE casework_episode SET referral_date = ?, re_referral = ? WHERE id = ?", LocalDate.parse(referred), reReferral, id);
    return id;
  }

  @BeforeEach
  void knownRows() {
    if (written) {
      return;
    }
    written = true;
    // Mon 6 March 2023: a professional's contact decided in its working day, a referral; the public's on Wed 8 March decided late.
    contact(OXFORDSHIRE, "PROFESSIONAL", "2023-03-06T10:00", "2023-03-07T00:00", "CHILD_AND_FAMILY_ASSESSMENT", "2023-03-06T15:00");
    contact(OXFORDSHIRE, "MEMBER_OF_PUBLIC", "2023-03-08T10:00", "2023-03-09T00:00", "NO_FURTHER_ACTION", "2023-03-10T11:00");
    // Mon 13 March: a professional's, a strategy discussion authorised only in 2024 (a referral of March, a decision of 2024).
    contact(OXFORDSHIRE, "PROFESSIONAL", "2023-03-13T09:00", "2023-03-14T00:00", "STRATEGY_DISCUSSION", "2024-01-10T11:00");
    // Fri 30 December 2022, decided on Tue 3 January 2023 (Monday the 2nd a bank holiday): in time, a decision of January alone.
    contact(OXFORDSHIRE, "PARENT_CARER", "2022-12-30T10:00", "2023-01-04T00:00", "EARLY_HELP", "2023-01-03T10:00");
    // Another council's contact of the same week is never Oxfordshire's.
    contact(WEST_BERKSHIRE, "PROFESSIONAL", "2023-03-07T10:00", "2023-03-08T00:00", "STRATEGY_DISCUSSION", "2023-03-07T12:00");

    // May 2023: two referrals, one a re-referral.
    UUID ann = episode("dash:ann", "2023-05-02", true);
    UUID ben = episode("dash:ben", "2023-05-10", false);
    // A team manager allocates Ann to the MASH and Ben to the Locality and Community Support Service.
    StaffUser teamManager = MashTesting.named("Tess Manager", OXFORDSHIRE, "TEAM_MANAGER");
    UUID lead = directory.withAnyRole(OXFORDSHIRE, List.of("SOCIAL_WORKER")).get(0).id();
    assertThat(episodes.allocate(teamManager, ann, lead, "MASH", null)).isEqualTo(Episodes.Result.DONE);
    assertThat(episodes.allocate(teamManager, ben, lead, "LCSS", null)).isEqualTo(Episodes.Result.DONE);
    // Working days in 2024, the first year of the calendar's bank holidays (the demo leaves May to July empty). Both assessments
    // start on Thu 2 May; counting the bank holidays of 6 and 27 May, Mon 8 July is the 45th working day after, Tue 9 July the 46th.
    rows().assessment(OXFORDSHIRE, ann, "2024-05-02", "2024-07-08");
    rows().assessment(OXFORDSHIRE, ben, "2024-05-02", "2024-07-09");
    // Section 47 enquiries from Fri 17 May 2024: across 27 May, Mon 10 June is the 15th working day after, Tue 11 June the 16th.
    ProtectionRows protection = new ProtectionRows(jdbc, transactions, tenancy, OXFORDSHIRE);
    UUID annEnquiry = protection.enquiry(ann, LocalDate.parse("2024-05-17"), LocalDate.parse("2024-06-10"), "COMPLETED", "CONFERENCE");
    protection.initialHeld(annEnquiry, ann, LocalDate.parse("2024-06-10"));
    UUID benEnquiry = protection.enquiry(ben, LocalDate.parse("2024-05-17"), LocalDate.parse("2024-06-10"), "COMPLETED", "CONFERENCE");
    protection.initialHeld(benEnquiry, ben, LocalDate.parse("2024-06-11"));
    // Ann's plan open at the year's end (neglect); Ben's earlier one, physical abuse, lasted nine months and ended in October.
    protection.plan(ann, LocalDate.parse("2023-09-22"), LocalDate.parse("2023-12-22"));
    UUID benPlan = protection.plan(ben, LocalDate.parse("2023-01-10"), LocalDate.parse("2023-04-10"));
    rows().sql(OXFORDSHIRE, "UPDATE casework_protection_plan SET initial_category = 'PHY', latest_category = 'PHY' WHERE id = ?", benPlan);
    protection.end(benPlan, LocalDate.parse("2023-10-20"));

    // April 2023: three allegations resolved, one within a month, one within three, one after more than six.
    allegation("2023-04-03T10:00", "2023-04-20T10:00");
    allegation("2023-02-15T10:00", "2023-04-25T10:00");
    allegation("2022-10-01T10:00", "2023-04-28T10:00");
  }

  private Measure measure(String id) {
    return measure(id, YEAR);
  }

  private Measure measure(String id, Period period) {
    return measure(id, period, null);
  }

  private Measure measure(String id, Period period, String team) {
    return dashboard.of(OXFORDSHIRE, period, team).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Number> month(Measure m, String month) {
    return m.rows().stream().filter(r -> r.label().equals(month)).map(Row::figures).findFirst().orElseThrow();
  }

  private static List<Number> figures(Number... figures) {
    return Arrays.asList(figures);
  }

  @Test
  void contactsAreCountedBySourceAndWeekAndTheirConversionToReferralsByMonth() {
    Measure contacts = measure("contacts");
    assertThat(contacts.columns()).containsExactly("Week", "Professional", "Member of the public", "Parent or carer asking for help",
        "Child or young person", "All contacts");
    // Weeks from Monday 26 December 2022, the week of 1 January 2023, to the week of 31 December 2023.
    assertThat(contacts.rows().get(0).label()).isEqualTo("Week beginning 26 Dec 2022");
    assertThat(contacts.rows()).hasSize(53);
    assertThat(month(contacts, "Week beginning 6 Mar 2023")).containsExactly(1L, 1L, 0L, 0L, 2L);
    assertThat(month(contacts, "Week beginning 13 Mar 2023")).containsExactly(1L, 0L, 0L, 0L, 1L);
    long all = contacts.rows().stream().mapToLong(r -> r.figures().get(4).longValue()).sum();
    assertThat(all).as("the contact of 2022 and West Berkshire's are not counted").isEqualTo(3);

    Measure conversion = measure("conversion");
    assertThat(month(conversion, "March 2023")).isEqualTo(figures(3, 2L, 67));
    assertThat(month(conversion, "January 2023")).isEqualTo(figures(0, 0L, null));
  }

  @Test
  void decisionsAreInTimeWhenAuthorisedWithinTheContactsOneWorkingDay() {
    Measure decisions = measure("decisions");
    assertThat(month(decisions, "March 2023")).isEqualTo(figures(2, 1L, 50));
    assertThat(month(decisions, "January 2023")).isEqualTo(figures(1, 1L, 100));
    assertThat(decisions.standard()).contains("within one working day");
  }

  @Test
  void reReferralsAssessmentsAndConferencesAreCountedInWorkingDaysAcrossBankHolidays() {
    assertThat(month(measure("re-referrals"), "May 2023")).isEqualTo(figures(2, 1L, 50));
    Period year2024 = new Period(YearMonth.of(2024, 12));
    Measure assessments = measure("assessments", year2024);
    assertThat(month(assessments, "July 2024")).isEqualTo(figures(2, 1L, 50));
    assertThat(month(assessments, "May 2024")).isEqualTo(figures(0, 0L, null));
    assertThat(month(measure("conferences", year2024), "June 2024")).isEqualTo(figures(2, 1L, 50));
  }

  @Test
  void plansAreCountedByCategoryAtTheEndAndByLengthWhenEnded() {
    Measure categories = measure("plan-categories");
    assertThat(categories.rows()).extracting(Row::label).containsExactly("Neglect", "Physical abuse", "Sexual abuse", "Emotional abuse", "Multiple");
    assertThat(categories.rows()).extracting(r -> r.figures().get(0)).containsExactly(1L, 0L, 0L, 0L, 0L);
    Measure lengths = measure("plan-lengths");
    assertThat(lengths.rows()).extracting(r -> r.figures().get(0)).containsExactly(0L, 0L, 1L, 0L, 0L);
    assertThat(Dashboard.length(LocalDate.parse("2023-01-10"), LocalDate.parse("2023-04-09"))).isZero();
    assertThat(Dashboard.length(LocalDate.parse("2023-01-10"), LocalDate.parse("2023-04-10"))).isEqualTo(1);
    assertThat(Dashboard.length(LocalDate.parse("2021-01-10"), LocalDate.parse("2023-01-10"))).isEqualTo(4);
  }

  @Test
  void ladoTimelinessIsCountedByMonthAgainstKeepingChildrenSafeInEducationsTargets() {
    Measure lado = measure("lado");
    assertThat(month(lado, "April 2023")).isEqualTo(figures(3, 1L, 2L, 33, 67));
    assertThat(month(lado, "May 2023")).isEqualTo(figures(0, 0L, 0L, null, null));
    assertThat(lado.target()).isEqualTo(80.0);
    assertThat(lado.standard()).contains("80%", "90%");
  }

  @Test
  void thePageDrawsEachMeasureWithATableOfTheSameFiguresAndAuditsEachView() throws Exception {
    int before = audit.about(OXFORDSHIRE, Dashboard.SUBJECT, "2023-01-01/2023-12-31").size();
    String page = mvc.perform(get("/staff/returns/dashboard").param("month", "2023-12").with(as(officer)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("January 2023 to December 2023");
    assertThat(page.split("role=\"img\"", -1)).hasSize(9 + 1);
    assertThat(page).contains("<title id=\"chart-decisions-title\">MASH decisions within one working day, January 2023 to December 2023</title>");
    // The decisions table's row for March: 2 authorised, 1 in time, 50%.
    String decisions = page.substring(page.indexOf("id=\"decisions-table\""));
    decisions = decisions.substring(decisions.indexOf(">March 2023<") + 1);
    assertThat(decisions.substring(0, decisions.indexOf("</tr>")).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip())
        .isEqualTo("March 2023 2 1 50%");
    assertThat(audit.about(OXFORDSHIRE, Dashboard.SUBJECT, "2023-01-01/2023-12-31")).hasSize(before + 1).last().satisfies(entry -> {
      assertThat(entry.action()).isEqualTo("DASHBOARD_VIEWED");
      assertThat(entry.actorName()).isEqualTo("Pat Performance");
      assertThat(entry.detail()).isEqualTo("Dashboards for January 2023 to December 2023");
    });
  }

  @Test
  void casework_sMeasuresAreCountedForOneTeamAndTheMashsAndLadosStayTheCouncils() throws Exception {
    Period year2024 = new Period(YearMonth.of(2024, 12));
    // Ann (the MASH): the re-referral, the assessment in time, the conference in time, the plan open at the year's end.
    assertThat(month(measure("re-referrals", YEAR, "MASH"), "May 2023")).isEqualTo(figures(1, 1L, 100));
    assertThat(month(measure("assessments", year2024, "MASH"), "July 2024")).isEqualTo(figures(1, 1L, 100));
    assertThat(month(measure("conferences", year2024, "MASH"), "June 2024")).isEqualTo(figures(1, 1L, 100));
    assertThat(measure("plan-categories", YEAR, "MASH").rows()).extracting(r -> r.figures().get(0)).containsExactly(1L, 0L, 0L, 0L, 0L);
    assertThat(measure("plan-lengths", YEAR, "MASH").rows()).extracting(r -> r.figures().get(0)).containsExactly(0L, 0L, 0L, 0L, 0L);
    // Ben (the LCSS): no re-referral, the assessment and the conference a day late, his plan of nine months ended.
    assertThat(month(measure("re-referrals", YEAR, "LCSS"), "May 2023")).isEqualTo(figures(1, 0L, 0));
    assertThat(month(measure("assessments", year2024, "LCSS"), "July 2024")).isEqualTo(figures(1, 0L, 0));
    assertThat(month(measure("conferences", year2024, "LCSS"), "June 2024")).isEqualTo(figures(1, 0L, 0));
    assertThat(measure("plan-categories", YEAR, "LCSS").rows()).extracting(r -> r.figures().get(0)).containsExactly(0L, 0L, 0L, 0L, 0L);
    assertThat(measure("plan-lengths", YEAR, "LCSS").rows()).extracting(r -> r.figures().get(0)).containsExactly(0L, 0L, 1L, 0L, 0L);
    // A team with none of the children counts none; the MASH's contacts and the LADO's allegations stay the council's.
    assertThat(month(measure("re-referrals", YEAR, "EDT"), "May 2023")).isEqualTo(figures(0, 0L, null));
    assertThat(month(measure("conversion", YEAR, "LCSS"), "March 2023")).isEqualTo(figures(3, 2L, 67));
    assertThat(month(measure("lado", YEAR, "LCSS"), "April 2023")).isEqualTo(figures(3, 1L, 2L, 33, 67));

    int before = audit.about(OXFORDSHIRE, Dashboard.SUBJECT, "2024-01-01/2024-12-31").size();
    String page = mvc.perform(get("/staff/returns/dashboard").param("month", "2024-12").param("team", "LCSS").with(as(officer)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("<option value=\"LCSS\" selected=\"selected\">Locality and Community Support Service</option>")
        .contains("<option value=\"\">All teams</option>")
        .contains("For Locality and Community Support Service alone.")
        .contains("The whole council’s: the MASH and the LADO record no teams.")
        .contains("<title id=\"chart-assessments-title\">Assessments within 45 working days, Locality and Community Support Service,"
            + " January 2024 to December 2024</title>")
        .contains("<title id=\"chart-decisions-title\">MASH decisions within one working day, January 2024 to December 2024</title>");
    // The assessments table's row for July: Ben's, a day late.
    String assessments = page.substring(page.indexOf("id=\"assessments-table\""));
    assessments = assessments.substring(assessments.indexOf(">July 2024<") + 1);
    assertThat(assessments.substring(0, assessments.indexOf("</tr>")).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip())
        .isEqualTo("July 2024 1 0 0%");
    assertThat(audit.about(OXFORDSHIRE, Dashboard.SUBJECT, "2024-01-01/2024-12-31")).hasSize(before + 1).last()
        .satisfies(entry -> assertThat(entry.detail())
            .isEqualTo("Dashboards for January 2024 to December 2024, casework of Locality and Community Support Service"));

    for (String bad : List.of("XYZ", "<script>", "lcss", "Locality and Community Support Service")) {
      mvc.perform(get("/staff/returns/dashboard").param("month", "2024-12").param("team", bad).with(as(officer)))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(Matchers.containsString("id=\"team-error\"")))
          .andExpect(content().string(Matchers.containsString("Choose one of the council’s teams, or all teams")))
          .andExpect(content().string(Matchers.containsString("govuk-error-summary")));
    }
    // West Berkshire's teams are not Oxfordshire's.
    mvc.perform(get("/staff/returns/dashboard").param("team", "CAAS").with(as(officer))).andExpect(status().isBadRequest());
    mvc.perform(get("/staff/returns/dashboard").param("team", "").with(as(officer))).andExpect(status().isOk());
  }

  @Test
  void managersAndPerformanceOfficersAloneOpenItAndAMonthNotOfferedIsRefusedBesideTheField() throws Exception {
    for (String role : List.of("TEAM_MANAGER", "MASH_MANAGER", "PERFORMANCE_OFFICER")) {
      mvc.perform(get("/staff/returns/dashboard").with(as(MashTesting.named("Manager", OXFORDSHIRE, role))))
          .andExpect(status().isOk())
          .andExpect(content().string(Matchers.containsString("December 2025 to November 2026")));
    }
    for (String role : List.of("SOCIAL_WORKER", "MASH_SOCIAL_WORKER", "LADO")) {
      mvc.perform(get("/staff/returns/dashboard").with(as(MashTesting.named("Someone", OXFORDSHIRE, role)))).andExpect(status().isForbidden());
    }
    for (String bad : List.of("abc", "2023-11", "2026-12", "2026-13", "99999-01")) {
      mvc.perform(get("/staff/returns/dashboard").param("month", bad).with(as(officer)))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(Matchers.containsString("id=\"month-error\"")))
          .andExpect(content().string(Matchers.containsString("Choose the last month of the 12 from December 2023 to November 2026")))
          .andExpect(content().string(Matchers.containsString("govuk-error-summary")));
    }
    // A month later the year to January 2027 is offered, and December 2023 no longer.
    clock.moveTo(Instant.parse("2027-01-04T10:00:00Z"));
    mvc.perform(get("/staff/returns/dashboard").with(as(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("February 2026 to January 2027")));
    mvc.perform(get("/staff/returns/dashboard").param("month", "2023-12").with(as(officer))).andExpect(status().isBadRequest());
  }
}
