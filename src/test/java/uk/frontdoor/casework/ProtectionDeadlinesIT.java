package uk.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.frontdoor.mash.MashTesting.as;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.platform.Tenancy;

/**
 * The team manager's child protection deadlines on a moved clock: initial conferences due for the
 * enquiries that need one and have none held, reviews due, visits overdue in the council's working
 * days (across Christmas 2026, when 25 and 28 December are bank holidays), plans over 2 years; the
 * overdue first, on the caseloads page and in short on the home page.
 */
@IntegrationTest
class ProtectionDeadlinesIT {

  static final UUID SOUTHAMPTON = UUID.fromString("00000000-0000-4000-8000-000000000003");

  @Autowired ProtectionDeadlines deadlines;
  @Autowired MockMvc mvc;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  final StaffUser manager = MashTesting.named("Sol Manager", SOUTHAMPTON, "TEAM_MANAGER");

  private ProtectionRows rows() {
    return new ProtectionRows(jdbc, transactions, tenancy, SOUTHAMPTON);
  }

  private List<Tuple> of(Set<UUID> episodes) {
    return deadlines.of(SOUTHAMPTON).stream().filter(d -> episodes.contains(d.episodeId()))
        .map(d -> Tuple.tuple(d.childName(), d.what(), d.at())).toList();
  }

  private static Instant endOf(String day) {
    return LocalDate.parse(day).plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant();
  }

  @Test
  void theOverdueComeFirstThenPlansOverTwoYearsThenTheSoonest() throws Exception {
    ProtectionRows rows = rows();
    // Friday 27 November 2026, 16:15.
    UUID open = rows.episode("Abe", "Enquiring", LocalDate.of(2015, 1, 1), null, null);
    rows.enquiry(open, LocalDate.of(2026, 11, 10), LocalDate.of(2026, 12, 1), "OPEN", null);
    UUID waiting = rows.episode("Bea", "Waiting", LocalDate.of(2016, 1, 1), null, null);
    rows.enquiry(waiting, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 23), "COMPLETED", "CONFERENCE");
    UUID held = rows.episode("Cal", "Held", LocalDate.of(2017, 1, 1), null, null);
    UUID heldEnquiry = rows.enquiry(held, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 22), "COMPLETED", "CONFERENCE");
    rows.initialHeld(heldEnquiry, held, LocalDate.of(2026, 10, 20));
    UUID notNeeded = rows.episode("Dee", "Unsubstantiated", LocalDate.of(2018, 1, 1), null, null);
    rows.enquiry(notNeeded, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 24), "COMPLETED", "NOT_SUBSTANTIATED");
    UUID late = rows.episode("Eve", "Lateview", LocalDate.of(2012, 1, 1), null, null);
    rows.plan(late, LocalDate.of(2026, 8, 3), LocalDate.of(2026, 11, 3));
    rows.visit(late, LocalDate.of(2026, 11, 20));
    UUID longPlan = rows.episode("Fin", "Longplan", LocalDate.of(2011, 1, 1), null, null);
    rows.plan(longPlan, LocalDate.of(2024, 6, 3), LocalDate.of(2027, 1, 15));
    rows.visit(longPlan, LocalDate.of(2026, 11, 26));

    Set<UUID> mine = Set.of(open, waiting, held, notNeeded, late, longPlan);
    assertThat(of(mine)).as("the soonest first; no visit is overdue yet; no conference where one is held or none is needed")
        .containsExactly(
            Tuple.tuple("Fin Longplan", ProtectionDeadlines.LONG, LocalDate.of(2026, 6, 3).atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant()),
            Tuple.tuple("Eve Lateview", ProtectionDeadlines.REVIEW, endOf("2026-11-03")),
            Tuple.tuple("Bea Waiting", ProtectionDeadlines.INITIAL, endOf("2026-11-23")),
            Tuple.tuple("Abe Enquiring", ProtectionDeadlines.INITIAL, endOf("2026-12-01")),
            Tuple.tuple("Fin Longplan", ProtectionDeadlines.REVIEW, endOf("2027-01-15")));

    // On the page the overdue come first, then plans over 2 years, then the soonest.
    String page = mvc.perform(get("/staff/casework/caseloads").with(as(manager))).andReturn().getResponse().getContentAsString();
    String section = page.substring(page.indexOf("id=\"child-protection\""));
    assertThat(section).containsSubsequence("Eve Lateview", "Overdue by", "Bea Waiting", "Overdue by", "Fin Longplan", "Over 2 years",
        "Open since 3 June 2024", "Abe Enquiring", "2 working days left: due by the end of Tuesday 1 December");
    String home = mvc.perform(get("/staff").with(as(manager))).andReturn().getResponse().getContentAsString();
    assertThat(home).contains("Child protection").containsPattern("\\d+ child protection deadlines: \\d+ overdue\\.")
        .contains("See every child protection deadline");

    // Eve's last visit was Friday 20 November: 10 working days on is the end of Friday 4 December.
    clock.moveTo(Instant.parse("2026-12-04T12:00:00Z"));
    assertThat(of(Set.of(late))).extracting(t -> t.toList().get(1)).doesNotContain(ProtectionDeadlines.VISIT);
    clock.moveTo(Instant.parse("2026-12-05T09:00:00Z"));
    assertThat(of(Set.of(late))).first().isEqualTo(Tuple.tuple("Eve Lateview", ProtectionDeadlines.REVIEW, endOf("2026-11-03")));
    assertThat(of(Set.of(late))).contains(Tuple.tuple("Eve Lateview", ProtectionDeadlines.VISIT, endOf("2026-12-04")));
  }

  @Test
  void aVisitIsOverdueTenWorkingDaysOnNotCountingChristmasAndBoxingDaysSubstitute() throws Exception {
    ProtectionRows rows = rows();
    UUID gus = rows.episode("Gus", "Christmas", LocalDate.of(2014, 1, 1), null, null);
    rows.plan(gus, LocalDate.of(2026, 12, 10), LocalDate.of(2027, 3, 10));
    UUID hope = rows.episode("Hope", "Noneyet", LocalDate.of(2015, 1, 1), null, null);
    rows.plan(hope, LocalDate.of(2026, 12, 14), LocalDate.of(2027, 3, 14));
    // Gus was last seen on Friday 18 December. Monday 21 to Thursday 24 are 4; Friday 25 and Monday 28 December are
    // bank holidays; 29 to 31 make 7; Friday 1 January is a bank holiday; Monday 4 to Wednesday 6 January make 10.
    rows.visit(gus, LocalDate.of(2026, 12, 18));
    // Hope has had no visit since her plan started on Monday 14 December: 15 to 24 December are 8, then (over the
    // two bank holidays) 29 and 30 December: due by the end of Wednesday 30 December.
    clock.moveTo(Instant.parse("2026-12-30T20:00:00Z"));
    assertThat(of(Set.of(gus, hope))).extracting(t -> t.toList().get(1)).doesNotContain(ProtectionDeadlines.VISIT);
    clock.moveTo(Instant.parse("2026-12-31T09:00:00Z"));
    assertThat(of(Set.of(gus, hope))).contains(Tuple.tuple("Hope Noneyet", ProtectionDeadlines.VISIT, endOf("2026-12-30")))
        .noneMatch(t -> t.toList().get(0).equals("Gus Christmas") && t.toList().get(1).equals(ProtectionDeadlines.VISIT));
    clock.moveTo(Instant.parse("2027-01-06T23:59:00Z"));
    assertThat(of(Set.of(gus))).extracting(t -> t.toList().get(1)).doesNotContain(ProtectionDeadlines.VISIT);
    clock.moveTo(Instant.parse("2027-01-07T09:00:00Z"));
    assertThat(of(Set.of(gus))).first().isEqualTo(Tuple.tuple("Gus Christmas", ProtectionDeadlines.VISIT, endOf("2027-01-06")));
    String page = mvc.perform(get("/staff/casework/caseloads").with(as(manager))).andReturn().getResponse().getContentAsString();
    assertThat(page.substring(page.indexOf("id=\"child-protection\""))).containsSubsequence(
        "Gus Christmas", ProtectionDeadlines.VISIT, "Overdue", "was due by the end of Wednesday 6 January");
  }
}
