package uk.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.frontdoor.casework.CaseworkTesting.authorisedDecision;
import static uk.frontdoor.casework.CaseworkTesting.child;
import static uk.frontdoor.casework.CaseworkTesting.referralAbout;
import static uk.frontdoor.mash.MashTesting.as;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.casework.EmergencyProtection.Kind;
import uk.frontdoor.casework.EmergencyProtections.Result;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashDecisions;
import uk.frontdoor.mash.MashQueue;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.mash.Outcome;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.workflow.EveryMove;
import uk.frontdoor.referral.Referrals;

/**
 * Emergency protection orders and police protection on real PostgreSQL: an order lasts at most 8
 * days and is extended once only, by at most 7; police protection is refused beyond 72 hours and
 * shows its time left; bad dates and times are errors beside their fields, keeping what was typed;
 * another council's episode is "page not found"; each step is audited and in the chronology; every
 * command of both tables in every status moves as the table says or is refused. The test clock
 * stands at Friday 27 November 2026, 4:15pm, the day of each child's referral.
 */
@IntegrationTest
class EmergencyProtectionIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID WEST_BERKSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000005");

  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired MashDecisions decisions;
  @Autowired Episodes episodes;
  @Autowired EmergencyProtections protections;
  @Autowired Chronology chronology;
  @Autowired AuditLog audit;
  @Autowired EveryMove everyMove;
  @Autowired TestClock clock;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  final StaffUser worker = MashTesting.named("Sam Social", OXFORDSHIRE, "SOCIAL_WORKER");

  private UUID decided(String first, String last) {
    String reference = authorisedDecision(referrals, queue, decisions, OXFORDSHIRE, referralAbout(child(first, last, "2016-01-01")),
        Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    return CaseworkTesting.episodesOf(transactions, tenancy, jdbc, OXFORDSHIRE, reference, 1).get(0);
  }

  /** A UK time on a day of the test's weeks (GMT in November and December). */
  private static Instant at(String dayAndTime) {
    return Instant.parse(dayAndTime + ":00Z");
  }

  private MockHttpServletRequestBuilder send(UUID episode, String step, String... nameValuePairs) {
    MockHttpServletRequestBuilder post = post("/staff/casework/episodes/" + episode + "/emergency-protection/" + step)
        .with(as(worker)).with(csrf());
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      post.param(nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return post;
  }

  private static String[] day(String prefix, String on, String... more) {
    LocalDate date = LocalDate.parse(on);
    String[] fields = new String[6 + more.length];
    fields[0] = prefix + "Day";
    fields[1] = "" + date.getDayOfMonth();
    fields[2] = prefix + "Month";
    fields[3] = "" + date.getMonthValue();
    fields[4] = prefix + "Year";
    fields[5] = "" + date.getYear();
    System.arraycopy(more, 0, fields, 6, more.length);
    return fields;
  }

  private static String[] join(String[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }

  @Test
  void anOrderLastsAtMostEightDaysAndIsExtendedOnceOnlyByAtMostSeven() throws Exception {
    UUID id = decided("Ada", "Fairweather");
    String page = "/staff/casework/episodes/" + id + "#emergency-protection";
    String[] made = day("start", "2026-11-27", "startTime", "11am", "court", "Oxford Family Court");
    mvc.perform(send(id, "order", join(made, day("end", "2026-12-06"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Error: Record an emergency protection order")))
        .andExpect(content().string(containsString("An emergency protection order lasts at most 8 days (Children Act 1989, section 45): "
            + "the end date must be by 5 December 2026")))
        .andExpect(content().string(containsString("value=\"Oxford Family Court\"")));
    assertThat(protections.of(OXFORDSHIRE, id)).as("a refused order stores nothing").isEmpty();
    mvc.perform(send(id, "order", join(made, day("end", "2026-12-04")))).andExpect(redirectedUrl(page));
    assertThat(protections.recordOrder(worker, id, at("2026-11-27T15:00"), "Oxford Family Court", LocalDate.parse("2026-12-04")))
        .as("a second order while the first is in force").isEqualTo(Result.OVERLAPS);

    EmergencyProtection order = protections.of(OXFORDSHIRE, id).get(0);
    assertThat(order.status()).isEqualTo(EmergencyProtectionOrderStatus.MADE);
    assertThat(order.startedAt()).isEqualTo(at("2026-11-27T11:00"));
    assertThat(order.timeLeft(clock.instant())).isEqualTo("8 days");
    mvc.perform(get("/staff/casework/episodes/" + id).with(as(worker)))
        .andExpect(content().string(containsString("Oxford Family Court")))
        .andExpect(content().string(containsString("8 days")))
        .andExpect(content().string(containsString("/emergency-protection/" + order.id() + "/extension")));

    String extension = order.id() + "/extension";
    mvc.perform(send(id, extension, join(day("extended", "2026-11-27"), day("newEnd", "2026-12-12"))))
        .andExpect(content().string(containsString("An extension adds at most 7 days (Children Act 1989, section 45): "
            + "the new end date must be by 11 December 2026")));
    mvc.perform(send(id, extension, join(day("extended", "2026-11-27"), day("newEnd", "2026-12-04"))))
        .andExpect(content().string(containsString("The new end date must be after 4 December 2026, the order’s end date")));
    clock.moveTo(at("2026-12-04T10:00"));
    mvc.perform(send(id, extension, join(day("extended", "2026-12-04"), day("newEnd", "2026-12-11")))).andExpect(redirectedUrl(page));
    assertThat(protections.extend(worker, id, order.id(), LocalDate.parse("2026-12-04"), LocalDate.parse("2026-12-10")))
        .as("once only").isEqualTo(Result.EXTENDED_ALREADY);
    mvc.perform(send(id, extension, join(day("extended", "2026-12-04"), day("newEnd", "2026-12-10"))))
        .andExpect(content().string(containsString("An emergency protection order can be extended once only")));
    mvc.perform(get("/staff/casework/episodes/" + id).with(as(worker)))
        .andExpect(content().string(containsString("On 4 December 2026, to 11 December 2026")))
        .andExpect(content().string(not(containsString("/emergency-protection/" + order.id() + "/extension"))));

    mvc.perform(send(id, order.id() + "/end", day("ended", "2026-12-04", "endedTime", "3pm", "reason", "")))
        .andExpect(content().string(containsString("Say why the order was discharged")));
    mvc.perform(send(id, order.id() + "/end", day("ended", "2026-12-04", "endedTime", "9am", "reason", "Discharged: the father left")))
        .andExpect(redirectedUrl(page));
    EmergencyProtection done = protections.of(OXFORDSHIRE, id).get(0);
    assertThat(done.status()).isEqualTo(EmergencyProtectionOrderStatus.DISCHARGED);
    assertThat(done.extendedTo()).isEqualTo(LocalDate.parse("2026-12-11"));
    assertThat(done.lastDay()).isEqualTo(LocalDate.parse("2026-12-04"));
    assertThat(protections.end(worker, id, order.id(), at("2026-12-04T10:00"), "Again")).isEqualTo(Result.WRONG_STAGE);

    assertThat(chronology.of(OXFORDSHIRE, episodes.find(OXFORDSHIRE, id).orElseThrow()))
        .filteredOn(e -> e.kind().equals(EmergencyProtectionChronology.KIND))
        .extracting(ChronologyEntry::what)
        .containsExactly(
            "Emergency protection order made by Oxford Family Court, to the end of 4 December 2026",
            "Emergency protection order extended to the end of 11 December 2026",
            "Emergency protection order discharged:\nDischarged: the father left");
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, id.toString())).extracting(AuditEntry::action)
        .containsSubsequence("EMERGENCY_PROTECTION_ORDER", "EMERGENCY_PROTECTION_EXTENDED", "EMERGENCY_PROTECTION_ENDED");
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, id.toString())).extracting(AuditEntry::detail)
        .contains("Ada Fairweather. Emergency protection order made on 27 November 2026 at 11am by Oxford Family Court, ending on 4 December 2026");
  }

  @Test
  void policeProtectionShowsItsTimeLeftAndIsRefusedBeyondSeventyTwoHours() throws Exception {
    UUID id = decided("Billy", "Stroud");
    String page = "/staff/casework/episodes/" + id + "#emergency-protection";
    String[] taken = day("start", "2026-11-26", "startTime", "10:30pm", "force", "Thames Valley Police", "reference", "PC 1234, URN 43/11");
    mvc.perform(send(id, "police", taken)).andExpect(redirectedUrl(page));
    EmergencyProtection p = protections.of(OXFORDSHIRE, id).get(0);
    assertThat(p.kind()).isEqualTo(Kind.POLICE_PROTECTION);
    mvc.perform(get("/staff/casework/episodes/" + id).with(as(worker)))
        .andExpect(content().string(containsString("54 hours 15 minutes")))
        .andExpect(content().string(containsString("29 November 2026 at 10:30pm")));
    assertThat(protections.extend(worker, id, p.id(), LocalDate.parse("2026-11-27"), LocalDate.parse("2026-11-30")))
        .as("police protection is not extended").isEqualTo(Result.NOT_FOUND);
    mvc.perform(get("/staff/casework/episodes/" + id + "/emergency-protection/" + p.id() + "/extension").with(as(worker)))
        .andExpect(status().isNotFound());

    clock.moveTo(at("2026-11-30T09:00"));
    mvc.perform(get("/staff/casework/episodes/" + id).with(as(worker)))
        .andExpect(content().string(containsString("Police protection lasts at most 72 hours: record when it ended.")));
    assertThat(protections.recordPoliceProtection(worker, id, at("2026-11-27T08:00"), "Thames Valley Police", "PC 9", null, null))
        .as("its 72 hours passed with no end given").isEqualTo(Result.LIMIT_PASSED);
    mvc.perform(send(id, p.id() + "/end", day("ended", "2026-11-29", "endedTime", "11pm")))
        .andExpect(content().string(containsString("Police protection lasts at most 72 hours (Children Act 1989, section 46): "
            + "it must have ended by 29 November 2026 at 10:30pm")))
        .andExpect(content().string(containsString("value=\"11pm\"")));
    mvc.perform(send(id, "police", join(day("start", "2026-11-27", "startTime", "8am", "force", "Thames Valley Police", "reference", "PC 77"),
            day("ended", "2026-11-30", "endedTime", "8:01am"))))
        .andExpect(content().string(containsString("it must have ended by 30 November 2026 at 8am")))
        .andExpect(content().string(containsString("value=\"PC 77\"")));
    assertThat(protections.end(worker, id, p.id(), at("2026-11-29T22:31"), null)).isEqualTo(Result.TOO_LONG);
    assertThat(protections.end(worker, id, p.id(), at("2026-11-26T22:00"), null)).isEqualTo(Result.TOO_EARLY);
    mvc.perform(send(id, p.id() + "/end", day("ended", "2026-11-28", "endedTime", "2pm", "reason", "")))
        .andExpect(redirectedUrl(page));
    assertThat(protections.of(OXFORDSHIRE, id).get(0).status()).isEqualTo(PoliceProtectionStatus.ENDED);
    assertThat(protections.recordPoliceProtection(worker, id, at("2026-11-29T08:00"), "Thames Valley Police", "PC 9",
        at("2026-11-29T18:00"), "Home with his aunt")).as("a later one, given its end").isEqualTo(Result.DONE);
    assertThat(chronology.of(OXFORDSHIRE, episodes.find(OXFORDSHIRE, id).orElseThrow()))
        .filteredOn(e -> e.kind().equals(EmergencyProtectionChronology.KIND))
        .extracting(ChronologyEntry::what)
        .containsExactly(
            "Police protection: taken by Thames Valley Police (PC 1234, URN 43/11)",
            "Police protection ended",
            "Police protection: taken by Thames Valley Police (PC 9)",
            "Police protection ended:\nHome with his aunt");
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, id.toString())).extracting(AuditEntry::action)
        .containsSubsequence("POLICE_PROTECTION", "EMERGENCY_PROTECTION_ENDED", "POLICE_PROTECTION", "EMERGENCY_PROTECTION_ENDED");
  }

  @Test
  void badDatesAndTimesAreErrorsBesideTheirFieldsKeepingWhatWasTyped() throws Exception {
    UUID id = decided("Cora", "Linden");
    mvc.perform(send(id, "order", "startDay", "31", "startMonth", "2", "startYear", "2026", "startTime", "25:00", "court", "",
            "endDay", "x", "endMonth", "12", "endYear", "2026"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Date the order was made must be a real date")))
        .andExpect(content().string(containsString("id=\"startTime-error\"")))
        .andExpect(content().string(containsString("Enter the court that made the order")))
        .andExpect(content().string(containsString("End date must be a real date")))
        .andExpect(content().string(containsString("value=\"31\"")))
        .andExpect(content().string(containsString("value=\"25:00\"")));
    mvc.perform(send(id, "police", join(day("start", "2026-11-19", "startTime", "9am", "force", "Thames Valley Police", "reference", "PC 1"))))
        .andExpect(content().string(containsString("The date must be on or after 20 November 2026, a week before the referral date")));
    mvc.perform(send(id, "police", join(day("start", "2026-11-27", "startTime", "5pm", "force", "Thames Valley Police", "reference", "PC 1"))))
        .andExpect(content().string(containsString("The time must be in the past")));
    mvc.perform(send(id, "police", join(day("start", "2026-11-28", "startTime", "", "force", "", "reference", "PC 1"))))
        .andExpect(content().string(containsString("The date must be today or in the past")))
        .andExpect(content().string(containsString("Enter the time, like 9:30am or 14:30")))
        .andExpect(content().string(containsString("Enter the police force")));
    mvc.perform(send(id, "police", join(day("start", "2026-11-27", "startTime", "9am", "force", "TVP", "reference", "PC 1"),
            new String[] {"endedDay", "27", "endedTime", "8am"})))
        .andExpect(content().string(containsString("Date police protection ended must include a day, month and year")));
    mvc.perform(send(id, "police", join(day("start", "2026-11-27", "startTime", "9am", "force", "TVP", "reference", "PC 1"),
            day("ended", "2026-11-27", "endedTime", "8am"))))
        .andExpect(content().string(containsString("The end must be after it began, at 27 November 2026 at 9am")));
    assertThat(protections.of(OXFORDSHIRE, id)).isEmpty();
  }

  @Test
  void anotherCouncilsEpisodeIsNotFoundAndOnlyASocialWorkerOrTeamManagerRecords() throws Exception {
    UUID id = decided("Dot", "Marsh");
    assertThat(protections.recordOrder(worker, id, at("2026-11-27T09:00"), "Oxford Family Court", LocalDate.parse("2026-12-01")))
        .isEqualTo(Result.DONE);
    UUID order = protections.of(OXFORDSHIRE, id).get(0).id();
    StaffUser west = MashTesting.named("Wes Worker", WEST_BERKSHIRE, "SOCIAL_WORKER");
    for (String path : List.of("order", "police", order + "/extension", order + "/end")) {
      mvc.perform(get("/staff/casework/episodes/" + id + "/emergency-protection/" + path).with(as(west))).andExpect(status().isNotFound());
      mvc.perform(post("/staff/casework/episodes/" + id + "/emergency-protection/" + path).with(as(west)).with(csrf())
          .param("startDay", "27").param("startMonth", "11").param("startYear", "2026").param("startTime", "9am")
          .param("court", "Reading").param("force", "TVP").param("reference", "1")).andExpect(status().isNotFound());
      mvc.perform(get("/staff/casework/episodes/" + id + "/emergency-protection/" + path)
          .with(as(MashTesting.named("Fay Helper", OXFORDSHIRE, "FAMILY_HELP")))).andExpect(status().isForbidden());
    }
    assertThat(protections.recordOrder(west, id, at("2026-11-27T09:00"), "Reading", LocalDate.parse("2026-12-01"))).isEqualTo(Result.NOT_FOUND);
    assertThat(protections.of(WEST_BERKSHIRE, id)).isEmpty();
    assertThat(protections.of(OXFORDSHIRE, id)).hasSize(1);
    mvc.perform(get("/staff/casework/episodes/" + id + "/emergency-protection/" + UUID.randomUUID() + "/end").with(as(worker)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/staff/casework/episodes/" + id + "/emergency-protection/nonsense/end").with(as(worker))).andExpect(status().isNotFound());
    mvc.perform(get("/staff/casework/episodes/" + id + "/emergency-protection/order").with(as(worker))).andExpect(status().isOk());
    StaffUser familyHelp = MashTesting.named("Fay Helper", OXFORDSHIRE, "FAMILY_HELP");
    assertThat(protections.recordOrder(familyHelp, id, at("2026-11-27T09:00"), "Oxford", LocalDate.parse("2026-12-01")))
        .isEqualTo(Result.NOT_ELIGIBLE);
  }

  @Test
  void everyDemoCouncilHasAnOrderExtendedAndOneDischargedAndPoliceProtectionEndedWithinTheLimits() {
    for (int c = 1; c <= 5; c++) {
      UUID council = UUID.fromString("00000000-0000-4000-8000-00000000000" + c);
      List<EmergencyProtection> all = new java.util.ArrayList<>();
      // The demo numbers its councils by name, not by id: each council's children are found among all five numbers.
      for (int n = 1; n <= 5; n++) {
        for (int k : new int[] {4, 6, 11, 12}) {
          all.addAll(protections.of(council, UUID.fromString("00000000-0000-4000-7" + n + "00-" + String.format("%012d", k))));
        }
      }
      assertThat(all).as("council %s's demo emergency protection", council).extracting(EmergencyProtection::status)
          .containsExactlyInAnyOrder(EmergencyProtectionOrderStatus.EXTENDED, PoliceProtectionStatus.ENDED,
              EmergencyProtectionOrderStatus.DISCHARGED, PoliceProtectionStatus.ENDED);
      for (EmergencyProtection p : all) {
        assertThat(p.lastDay()).isBefore(LocalDate.ofInstant(clock.instant(), uk.frontdoor.authority.UkTime.ZONE));
        assertThat(p.order() ? p.endsOn().isAfter(p.firstDay().plusDays(8)) : p.endedAt().isAfter(p.limit())).isFalse();
      }
    }
  }

  @Test
  void everyCommandOfBothTablesInEveryStatusMovesAsTheTableSaysOrIsRefused() throws Exception {
    UUID id = decided("Eli", "Everymove");
    Episode episode = episodes.find(OXFORDSHIRE, id).orElseThrow();
    Instant now = clock.instant();
    assertThat(everyMove.check(EmergencyProtections.ORDERS, OXFORDSHIRE, () -> transactions.execute(status -> {
      tenancy.bind(OXFORDSHIRE);
      return protections.start(worker, episode, Kind.EMERGENCY_PROTECTION_ORDER, now, "Oxford", LocalDate.parse("2026-11-30"), null, null);
    }))).containsExactly(
        "MADE EXTEND to EXTENDED",
        "MADE DISCHARGE to DISCHARGED",
        "EXTENDED EXTEND refused",
        "EXTENDED DISCHARGE to DISCHARGED",
        "DISCHARGED EXTEND refused",
        "DISCHARGED DISCHARGE refused");
    assertThat(everyMove.check(EmergencyProtections.POLICE, OXFORDSHIRE, () -> transactions.execute(status -> {
      tenancy.bind(OXFORDSHIRE);
      return protections.start(worker, episode, Kind.POLICE_PROTECTION, now.minus(Duration.ofHours(1)), null, null, "TVP", "PC 1");
    }))).containsExactly(
        "TAKEN END to ENDED",
        "ENDED END refused");
  }
}
