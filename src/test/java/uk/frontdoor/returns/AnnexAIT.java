package uk.frontdoor.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.frontdoor.mash.MashTesting.as;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.casework.CensusDetail;
import uk.frontdoor.casework.CensusDetails;
import uk.frontdoor.casework.Episodes;
import uk.frontdoor.casework.EmergencyProtections;
import uk.frontdoor.casework.ProtectionRows;
import uk.frontdoor.identity.StaffDirectory;
import uk.frontdoor.identity.StaffMember;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashContact;
import uk.frontdoor.mash.MashQueue;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Route;

/**
 * Ofsted's Annex A workbook on real PostgreSQL: seven sheets in order, each header the reference's
 * columns (typed here from statutory-rules §3.6, not taken from the code), a child referred in the
 * period in the referrals and assessments with the right dates, a child outside it and another
 * council's child never; bad periods 400s naming the field; every download audited; a performance
 * officer's alone; list 7 says whether emergency protection fell in the six months before the
 * period's end, at both edges.
 */
@IntegrationTest
class AnnexAIT {

  static final UUID OXFORDSHIRE = ReturnsIT.OXFORDSHIRE;
  static final UUID WEST_BERKSHIRE = ReturnsIT.WEST_BERKSHIRE;

  static final List<String> CHILD = List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)");

  /** The reference's lists and columns after the child's, as §3.6 gives them. */
  static final List<List<String>> REFERENCE = List.of(
      List.of("List 1 Contacts", "Date of Contact", "Contact Source"),
      List.of("List 2 Early Help", "Assessment start date", "Assessment completion date", "Organisation completing assessment"),
      List.of("List 3 Referrals", "Date of referral", "Referral Source", "Referral NFA?", "Number of Referrals in Last 12 Months",
          "Allocated Team", "Allocated Worker"),
      List.of("List 4 Assessments", "Does the Child have a Disability", "Continuous Assessment Start Date",
          "Child Seen During Continuous Assessment", "Continuous Assessment Date of Authorisation",
          "Was the child assessed as requiring LA children's social care support?", "Allocated Team", "Allocated Worker"),
      List.of("List 5 Section 47", "Does the Child have a Disability", "Strategy discussion initiating Section 47 Enquiry Start Date",
          "Was an Initial Child Protection Conference deemed unnecessary?", "Date of Initial Child Protection Conference",
          "Did the Initial Child Protection Conference Result in a Child Protection Plan", "Number of Section 47 Enquiries in the last 12 months",
          "Number of ICPCs in the last 12 months", "Allocated Team", "Allocated Worker"),
      List.of("List 6 Children in Need", "Does the Child have a Disability", "CIN Start Date", "Primary Need Code", "Date Child Was Last Seen",
          "CIN Closure Date", "Reason for Closure", "Case Status", "Allocated Team", "Allocated Worker"),
      List.of("List 7 Child Protection", "Does the Child have a Disability", "Child Protection Plan Start Date", "Initial Category of Abuse",
          "Latest Category of Abuse", "Date of the Last Statutory Visit", "Was the Child Seen Alone?", "Date of latest review conference",
          "Child Protection Plan End Date", "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
          "Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker"));

  @Autowired CensusDetails details;
  @Autowired EmergencyProtections emergencyProtections;
  @Autowired AnnexA annexA;
  @Autowired Authorities authorities;
  @Autowired Episodes episodes;
  @Autowired StaffDirectory directory;
  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired AuditLog audit;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  final StaffUser officer = MashTesting.named("Pat Performance", OXFORDSHIRE, "PERFORMANCE_OFFICER");
  final StaffUser worker = MashTesting.named("Sam Worker", OXFORDSHIRE, "SOCIAL_WORKER");
  final StaffUser westWorker = MashTesting.named("Wes Worker", WEST_BERKSHIRE, "SOCIAL_WORKER");

  private ReturnsRows rows() {
    return new ReturnsRows(jdbc, transactions, tenancy, worker.id());
  }

  /** An episode of a test's child, referred on this day. */
  private UUID episode(UUID authority, String key, String first, String referred) {
    UUID id = rows().episode(authority, key, first, LocalDate.parse("2016-03-04"), null);
    rows().sql(authority, "UPDATE casework_episode SET referral_date = ? WHERE id = ?", LocalDate.parse(referred), id);
    return id;
  }

  private XSSFWorkbook download(String from, String to) throws Exception {
    byte[] bytes = mvc.perform(get("/staff/returns/annex-a.xlsx").param("from", from).param("to", to).with(as(officer)))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .andExpect(header().string("Content-Disposition", Matchers.containsString("filename=\"ofsted-annex-a-oxfordshire-county-council-to-" + to + ".xlsx\"")))
        .andReturn().getResponse().getContentAsByteArray();
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  /** The rows of a sheet whose first cell is the child's ID. */
  private static List<Row> rowsOf(Sheet sheet, String childId) {
    List<Row> rows = new ArrayList<>();
    for (Row row : sheet) {
      if (row.getRowNum() > 0 && row.getCell(0) != null && childId.equals(row.getCell(0).getStringCellValue())) {
        rows.add(row);
      }
    }
    return rows;
  }

  private static LocalDate date(Cell cell) {
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd/MM/yyyy");
    return cell.getLocalDateTimeCellValue().toLocalDate();
  }

  @Test
  void theWorkbookHasTheReferencesListsAndColumnsAndThePeriodsChildren() throws Exception {
    UUID ann = episode(OXFORDSHIRE, "annex:ann", "Ann", "2026-01-05");
    details.record(worker, ann, new CensusDetail("F", "MWBA", List.of("NONE"), "A950000178301", null, "2A"));
    rows().assessment(OXFORDSHIRE, ann, "2026-01-06", "2026-02-10");
    // A team manager allocates Ann to a social worker of Oxfordshire's Locality and Community Support Service.
    StaffMember lead = directory.withAnyRole(OXFORDSHIRE, List.of("SOCIAL_WORKER")).get(0);
    assertThat(episodes.allocate(MashTesting.named("Tess Manager", OXFORDSHIRE, "TEAM_MANAGER"), ann, lead.id(), "LCSS", null))
        .isEqualTo(Episodes.Result.DONE);
    // Ann was seen alone on a visit during her assessment, and seen again (not alone) in March; a planned visit saw nobody yet.
    for (String[] v : new String[][] {{"2026-01-20", "true", "true", "DONE"}, {"2026-03-09", "true", "false", "DONE"}, {null, null, null, "PLANNED"}}) {
      rows().sql(OXFORDSHIRE, """
          INSERT INTO casework_visit (authority_id, id, episode_id, status, planned_on, done_on, who_seen, child_seen, seen_alone, observed,
              planned_by_id, planned_by_name, created_at)
          VALUES (?, ?, ?, ?, DATE '2026-04-20', ?::date, ?, ?::boolean, ?::boolean, ?, ?, 'Sam Worker', TIMESTAMPTZ '2026-01-10 09:00:00+00')
          """, OXFORDSHIRE, UUID.randomUUID(), ann, v[3], v[0], v[0] == null ? null : "Ann and her mother", v[1], v[2],
          v[0] == null ? null : "Ann was cheerful.", worker.id());
    }
    // Pip's plan had a visit during it (seen alone); Quin's only visit came before the plan started.
    ProtectionRows protection = new ProtectionRows(jdbc, transactions, tenancy, OXFORDSHIRE);
    UUID pip = episode(OXFORDSHIRE, "annex:pip", "Pip", "2026-01-12");
    protection.plan(pip, LocalDate.parse("2026-02-02"), LocalDate.parse("2026-05-01"));
    protection.visit(pip, LocalDate.parse("2026-03-03"));
    UUID quin = episode(OXFORDSHIRE, "annex:quin", "Quin", "2026-01-12");
    protection.visit(quin, LocalDate.parse("2026-01-20"));
    protection.plan(quin, LocalDate.parse("2026-02-02"), LocalDate.parse("2026-05-01"));
    UUID old = episode(OXFORDSHIRE, "annex:old", "Olly", "2025-01-06");
    rows().sql(OXFORDSHIRE, "UPDATE casework_episode SET status = 'CLOSED', closure_reason = 'RC8', closed_at = TIMESTAMPTZ '2025-03-03 15:00:00+00'"
        + " WHERE id = ?", old);
    rows().assessment(OXFORDSHIRE, old, "2025-01-07", "2025-02-20");
    UUID west = episode(WEST_BERKSHIRE, "annex:west", "Wendy", "2026-01-05");
    details.record(westWorker, west, new CensusDetail("M", "WBRI", List.of("NONE"), null, "UN1", "6"));

    // A child's own report, as the child route stores it: a contact from the child themselves (1C).
    ReferralDocument own = new ReferralDocument(
        Route.CHILD, null, new ReferralDocument.Referrer("Mia", "The child or young person themselves", null, null, null, null), false,
        List.of(new ReferralDocument.Child("Mia", null, null, null, "12", "Riverside Academy", null, null, null, null, null, null)),
        List.of(), null, new ReferralDocument.Concern("My uncle shouts at me.", null, List.of(HarmCategory.NOT_SURE), false, null, "My uncle"),
        null, null, null, null, null, List.of(new ReferralDocument.Answer("What is happening?", "My uncle shouts at me.")), null);
    MashContact contact = MashTesting.submitted(referrals, queue, OXFORDSHIRE, own);
    UUID early = episode(OXFORDSHIRE, "annex:early", "Eve", "2026-03-02");
    rows().sql(OXFORDSHIRE, "UPDATE casework_episode SET level = 'EARLY_HELP' WHERE id = ?", early);

    try (XSSFWorkbook book = download("2025-12-01", "2026-11-30")) {
      assertThat(book.getNumberOfSheets()).as("the seven lists and the notes").isEqualTo(8);
      assertThat(book.getSheetAt(7).getSheetName()).isEqualTo("Notes");
      assertThat(book.getSheetAt(7).getRow(0).getCell(0).getStringCellValue()).startsWith("Allocated Team and Allocated Worker (lists 3 to 7): the team and the lead practitioner");
      assertThat(book.getSheetAt(7).getRow(1).getCell(0).getStringCellValue()).startsWith("Subject to Emergency Protection Order")
          .contains("Y where");
      for (int i = 0; i < REFERENCE.size(); i++) {
        Sheet sheet = book.getSheetAt(i);
        assertThat(sheet.getSheetName()).isEqualTo(REFERENCE.get(i).get(0));
        List<String> expected = new ArrayList<>(CHILD);
        expected.addAll(REFERENCE.get(i).subList(1, REFERENCE.get(i).size()));
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        assertThat(header).as("the header of %s", sheet.getSheetName()).isEqualTo(expected);
      }

      String annId = CinCensus.laChildId("annex:ann");
      List<Row> referred = rowsOf(book.getSheet("List 3 Referrals"), annId);
      assertThat(referred).hasSize(1);
      Row referral = referred.get(0);
      DataFormatter text = new DataFormatter();
      assertThat(text.formatCellValue(referral.getCell(1))).isEqualTo("b) Female");
      assertThat(text.formatCellValue(referral.getCell(2))).isEqualTo("g) MWBA");
      assertThat(date(referral.getCell(3))).isEqualTo(LocalDate.parse("2016-03-04"));
      assertThat(referral.getCell(4).getNumericCellValue()).isEqualTo(10);
      assertThat(date(referral.getCell(5))).isEqualTo(LocalDate.parse("2026-01-05"));
      assertThat(text.formatCellValue(referral.getCell(5))).isEqualTo("05/01/2026");
      assertThat(text.formatCellValue(referral.getCell(6))).isEqualTo("2A");
      assertThat(text.formatCellValue(referral.getCell(7))).isEqualTo("b) No");
      assertThat(referral.getCell(8).getNumericCellValue()).isEqualTo(1);
      assertThat(text.formatCellValue(referral.getCell(9))).as("the allocated team").isEqualTo("Locality and Community Support Service");
      assertThat(text.formatCellValue(referral.getCell(10))).as("the allocated worker").isEqualTo(lead.displayName());

      List<Row> assessed = rowsOf(book.getSheet("List 4 Assessments"), annId);
      assertThat(assessed).hasSize(1);
      assertThat(text.formatCellValue(assessed.get(0).getCell(5))).isEqualTo("b) No");
      assertThat(date(assessed.get(0).getCell(6))).isEqualTo(LocalDate.parse("2026-01-06"));
      assertThat(text.formatCellValue(assessed.get(0).getCell(7))).as("seen during the assessment").isEqualTo("a) Yes");
      assertThat(date(assessed.get(0).getCell(8))).isEqualTo(LocalDate.parse("2026-02-10"));
      assertThat(text.formatCellValue(assessed.get(0).getCell(10))).isEqualTo("Locality and Community Support Service");
      assertThat(text.formatCellValue(assessed.get(0).getCell(11))).isEqualTo(lead.displayName());
      List<Row> inNeed = rowsOf(book.getSheet("List 6 Children in Need"), annId);
      assertThat(inNeed).hasSize(1);
      assertThat(date(inNeed.get(0).getCell(8))).as("the date Ann was last seen").isEqualTo(LocalDate.parse("2026-03-09"));
      assertThat(text.formatCellValue(inNeed.get(0).getCell(12))).isEqualTo("Locality and Community Support Service");

      List<Row> pipPlan = rowsOf(book.getSheet("List 7 Child Protection"), CinCensus.laChildId("annex:pip"));
      assertThat(pipPlan).hasSize(1);
      assertThat(date(pipPlan.get(0).getCell(9))).as("the last statutory visit").isEqualTo(LocalDate.parse("2026-03-03"));
      assertThat(text.formatCellValue(pipPlan.get(0).getCell(10))).as("seen alone").isEqualTo("a) Yes");
      assertThat(text.formatCellValue(pipPlan.get(0).getCell(15))).as("Pip's team, while she waits for allocation").isEqualTo("Not allocated");
      assertThat(text.formatCellValue(pipPlan.get(0).getCell(16))).isEqualTo("Not allocated");
      List<Row> quinPlan = rowsOf(book.getSheet("List 7 Child Protection"), CinCensus.laChildId("annex:quin"));
      assertThat(quinPlan).hasSize(1);
      assertThat(quinPlan.get(0).getCell(9)).as("no visit during the plan").isNull();
      assertThat(quinPlan.get(0).getCell(10)).isNull();

      List<Row> helped = rowsOf(book.getSheet("List 2 Early Help"), CinCensus.laChildId("annex:early"));
      assertThat(helped).hasSize(1);
      assertThat(date(helped.get(0).getCell(5))).isEqualTo(LocalDate.parse("2026-03-02"));
      assertThat(helped.get(0).getCell(6)).isNull();
      assertThat(text.formatCellValue(helped.get(0).getCell(7))).isEqualTo("Oxfordshire County Council");
      assertThat(rowsOf(book.getSheet("List 3 Referrals"), CinCensus.laChildId("annex:early"))).as("early help is not a referral").isEmpty();
      Sheet contacts = book.getSheet("List 1 Contacts");
      List<Row> contacted = rowsOf(contacts, contact.reference());
      assertThat(contacted).hasSize(1);
      assertThat(date(contacted.get(0).getCell(5))).isEqualTo(LocalDate.ofInstant(contact.receivedAt(), UkTime.ZONE));
      assertThat(text.formatCellValue(contacted.get(0).getCell(6))).isEqualTo("1C");
      // Mia gave her age, not her date of birth, and the child route asks no gender.
      assertThat(text.formatCellValue(contacted.get(0).getCell(1))).isEqualTo("c) Not stated/recorded");
      assertThat(contacted.get(0).getCell(3)).isNull();
      for (Row row : contacts) {
        if (row.getRowNum() > 0) {
          assertThat(date(row.getCell(5))).isBetween(LocalDate.parse("2025-12-01"), LocalDate.parse("2026-11-30"));
          assertThat(text.formatCellValue(row.getCell(6))).isIn("1A", "1C", "1D", "10");
        }
      }

      String oldId = CinCensus.laChildId("annex:old");
      String westId = CinCensus.laChildId("annex:west");
      for (Sheet sheet : book) {
        assertThat(rowsOf(sheet, oldId)).as("the child outside the period in %s", sheet.getSheetName()).isEmpty();
        assertThat(rowsOf(sheet, westId)).as("West Berkshire's child in %s", sheet.getSheetName()).isEmpty();
      }
    }
    // The child of early 2025 (a year DashboardIT leaves alone) is in a period of its own, and West Berkshire's child in West Berkshire's lists alone.
    try (XSSFWorkbook book = download("2025-01-01", "2025-03-31")) {
      assertThat(rowsOf(book.getSheet("List 3 Referrals"), CinCensus.laChildId("annex:old"))).hasSize(1);
      assertThat(rowsOf(book.getSheet("List 3 Referrals"), CinCensus.laChildId("annex:ann"))).isEmpty();
    }
  }

  @Test
  void listSevenSaysYWhereEmergencyProtectionFellInTheSixMonthsBeforeThePeriodsEnd() {
    // The period ends on 30 September 2026, so its six months run from 30 March 2026 (British Summer Time from 29 March).
    ProtectionRows protection = new ProtectionRows(jdbc, transactions, tenancy, OXFORDSHIRE);
    java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
    java.util.function.BiFunction<String, String, UUID> onAPlan = (key, y) -> {
      UUID id = episode(OXFORDSHIRE, "annex:ep:" + key, key, "2026-03-01");
      protection.plan(id, LocalDate.parse("2026-04-01"), LocalDate.parse("2026-07-01"));
      expected.put(CinCensus.laChildId("annex:ep:" + key), y);
      return id;
    };
    java.util.function.Function<String, java.time.Instant> uk = at -> java.time.LocalDateTime.parse(at).atZone(UkTime.ZONE).toInstant();
    // Police protection ending on the window's first day, and one ending the day before.
    assertThat(emergencyProtections.recordPoliceProtection(worker, onAPlan.apply("firstday", "Y"), uk.apply("2026-03-29T20:00"), "TVP", "PC 1",
        uk.apply("2026-03-30T00:30"), null)).isEqualTo(EmergencyProtections.Result.DONE);
    assertThat(emergencyProtections.recordPoliceProtection(worker, onAPlan.apply("daybefore", "N"), uk.apply("2026-03-28T09:00"), "TVP", "PC 2",
        uk.apply("2026-03-29T23:30"), null)).isEqualTo(EmergencyProtections.Result.DONE);
    // An order that ran out before the window, but whose extension reached into it.
    UUID extended = onAPlan.apply("extended", "Y");
    assertThat(emergencyProtections.recordOrder(worker, extended, uk.apply("2026-03-20T10:00"), "Oxford Family Court",
        LocalDate.parse("2026-03-28"))).isEqualTo(EmergencyProtections.Result.DONE);
    assertThat(emergencyProtections.extend(worker, extended, emergencyProtections.of(OXFORDSHIRE, extended).get(0).id(),
        LocalDate.parse("2026-03-27"), LocalDate.parse("2026-03-30"))).isEqualTo(EmergencyProtections.Result.DONE);
    // An order discharged the day before the window, which it would otherwise have reached.
    UUID discharged = onAPlan.apply("discharged", "N");
    assertThat(emergencyProtections.recordOrder(worker, discharged, uk.apply("2026-03-25T10:00"), "Oxford Family Court",
        LocalDate.parse("2026-04-02"))).isEqualTo(EmergencyProtections.Result.DONE);
    assertThat(emergencyProtections.end(worker, discharged, emergencyProtections.of(OXFORDSHIRE, discharged).get(0).id(),
        uk.apply("2026-03-29T16:00"), "Discharged")).isEqualTo(EmergencyProtections.Result.DONE);
    // Police protection begun late on the period's last day, and an order made the next day.
    assertThat(emergencyProtections.recordPoliceProtection(worker, onAPlan.apply("lastday", "Y"), uk.apply("2026-09-30T23:00"), "TVP", "PC 3",
        uk.apply("2026-10-01T02:00"), null)).isEqualTo(EmergencyProtections.Result.DONE);
    assertThat(emergencyProtections.recordOrder(worker, onAPlan.apply("after", "N"), uk.apply("2026-10-01T00:30"), "Oxford Family Court",
        LocalDate.parse("2026-10-05"))).isEqualTo(EmergencyProtections.Result.DONE);
    onAPlan.apply("none", "N");
    // Another council's child protected in the window does not make Oxfordshire's child of the same key a Y.
    UUID west = episode(WEST_BERKSHIRE, "annex:ep:none", "West", "2026-03-01");
    assertThat(emergencyProtections.recordPoliceProtection(westWorker, west, uk.apply("2026-06-01T10:00"), "TVP", "PC 4",
        uk.apply("2026-06-01T12:00"), null)).isEqualTo(EmergencyProtections.Result.DONE);

    List<List<Object>> listSeven = annexA.rows(OXFORDSHIRE, new AnnexA.Period(LocalDate.parse("2025-10-01"), LocalDate.parse("2026-09-30"))).get(6);
    java.util.Map<String, Object> found = new java.util.LinkedHashMap<>();
    listSeven.stream().filter(row -> expected.containsKey(row.get(0))).forEach(row -> found.put((String) row.get(0), row.get(13)));
    assertThat(found).as("list 7's column 14, Subject to Emergency Protection Order or Protected Under Police Powers").isEqualTo(expected);
  }

  @Test
  void everyDemoCouncilHasAYearOfContactsInListOneWithTheirChildrensDates() {
    for (Authority council : authorities.all()) {
      if (!ReturnsIT.DEMO_SLUGS.contains(council.slug())) {
        continue; // councils other tests add in the product have no demo contacts
      }
      List<List<Object>> contacts = annexA.rows(council.id().value(), new AnnexA.Period(LocalDate.parse("2025-12-01"), LocalDate.parse("2026-11-27")))
          .get(0);
      assertThat(contacts).as("%s's contacts", council.slug()).hasSizeGreaterThan(80);
      assertThat(contacts.stream().filter(row -> row.get(3) instanceof LocalDate && row.get(4) instanceof Integer))
          .as("%s's contacts with the child's date of birth and age", council.slug()).hasSizeGreaterThan(80);
      assertThat(contacts.stream().map(row -> row.get(6)).distinct())
          .as("%s's contact sources", council.slug()).contains("1A", "1C", "1D", "10");
    }
  }

  @Test
  void aBadPeriodIsA400NamingTheFieldOnThePageAndTheDownload() throws Exception {
    List<List<String>> bad = List.of(
        List.of("from", "abc", "2026-11-30"), List.of("from", "2026-02-30", "2026-11-30"), List.of("to", "2025-12-01", "30/11/2026"),
        List.of("to", "2026-12-01", "2026-11-30"), List.of("to", "2022-01-01", "2026-11-30"), List.of("from", "1066-10-14", "1067-10-14"),
        List.of("to", "2025-12-01", "99999-01-01"), List.of("to", "2025-12-01", ""));
    for (List<String> b : bad) {
      mvc.perform(get("/staff/returns/annex-a.xlsx").param("from", b.get(1)).param("to", b.get(2)).with(as(officer)))
          .andExpect(status().isBadRequest())
          .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
          .andExpect(jsonPath("$.errors." + b.get(0)).exists());
      mvc.perform(get("/staff/returns/annex-a").param("from", b.get(1)).param("to", b.get(2)).with(as(officer)))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(Matchers.containsString("id=\"" + b.get(0) + "-error\"")))
          .andExpect(content().string(Matchers.containsString("govuk-error-summary")));
    }
    mvc.perform(get("/staff/returns/annex-a").param("from", "2025-12-01").param("to", "2026-11-30").with(as(officer)))
        .andExpect(redirectedUrl("/staff/returns/annex-a.xlsx?from=2025-12-01&to=2026-11-30"));
  }

  @Test
  void theListsAreAPerformanceOfficersAndEveryDownloadIsAudited() throws Exception {
    mvc.perform(get("/staff/returns").with(as(officer)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Ofsted Annex A")))
        .andExpect(content().string(Matchers.containsString("action=\"/staff/returns/annex-a\"")));
    mvc.perform(get("/staff/returns/annex-a.xlsx").with(as(worker))).andExpect(status().isForbidden());
    mvc.perform(get("/staff/returns/annex-a").with(as(worker))).andExpect(status().isForbidden());

    int before = audit.about(OXFORDSHIRE, AnnexA.SUBJECT, "2025-12-01/2026-11-30").size();
    download("2025-12-01", "2026-11-30").close();
    assertThat(audit.about(OXFORDSHIRE, AnnexA.SUBJECT, "2025-12-01/2026-11-30")).hasSize(before + 1).last().satisfies(entry -> {
      assertThat(entry.action()).isEqualTo("ANNEX_A_DOWNLOADED");
      assertThat(entry.actorName()).isEqualTo("Pat Performance");
      assertThat(entry.detail()).isEqualTo("Ofsted Annex A lists 1 to 7 for 2025-12-01 to 2026-11-30");
    });
    // With no period, the 12 months to today.
    mvc.perform(get("/staff/returns/annex-a.xlsx").with(as(officer))).andExpect(status().isOk());
  }
}
