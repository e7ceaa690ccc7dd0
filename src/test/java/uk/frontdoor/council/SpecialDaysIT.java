package uk.frontdoor.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.frontdoor.mash.MashTesting.as;
import static uk.frontdoor.mash.MashTesting.named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashContact;
import uk.frontdoor.mash.MashQueue;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.referral.ReferralSubmissionIT;
import uk.frontdoor.referral.Referrals;

/**
 * A council's own closures and shorter days: a closure is not a working day, so a deadline counted
 * in working days moves past it, and the office shows closed; a shorter day closes the office early
 * (the public "open now" says so). Only the council's own calendar changes. Bracknell Forest's
 * office is open 8:30am to 5pm on weekdays; the clock is at 4:15pm on Friday 27 November 2026.
 */
@IntegrationTest
class SpecialDaysIT {

  static final UUID BRACKNELL_FOREST = UUID.fromString("00000000-0000-4000-8000-000000000002");
  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @Autowired MockMvc mvc;
  @Autowired TestClock clock;
  @Autowired Authorities authorities;
  @Autowired WorkingCalendar calendar;
  @Autowired JdbcClient jdbc;
  @Autowired Referrals referrals;
  @Autowired MashQueue queue;

  @Autowired
  @Qualifier("ownerDataSource")
  DataSource ownerDataSource;

  final StaffUser admin = named("Ada Admin", BRACKNELL_FOREST, "COUNCIL_ADMINISTRATOR");

  @AfterEach
  void noSpecialDays() {
    JdbcClient.create(ownerDataSource).sql("DELETE FROM authority_special_day").update();
  }

  private static Instant uk(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(UkTime.ZONE).toInstant();
  }

  @Test
  void aClosureIsNotAWorkingDaySoTheMashDeadlineMovesPastIt() throws Exception {
    Authority before = authorities.get(BRACKNELL_FOREST);
    Instant now = clock.instant();
    assertThat(calendar.forCouncil(before).addWorkingDays(now, 1)).isEqualTo(uk(2026, 12, 1, 0, 0));

    mvc.perform(post("/staff/council/special-days").with(csrf()).with(as(admin))
            .param("dayDay", "30").param("dayMonth", "11").param("dayYear", "2026").param("kind", "CLOSED")
            .param("description", "Staff training day"))
        .andExpect(redirectedUrl("/staff/council/special-days"));

    Authority bracknell = authorities.get(BRACKNELL_FOREST);
    WorkingCalendar theirs = calendar.forCouncil(bracknell);
    assertThat(theirs.isWorkingDay(LocalDate.of(2026, 11, 30))).isFalse();
    assertThat(theirs.addWorkingDays(now, 1)).as("the MASH's one working day").isEqualTo(uk(2026, 12, 2, 0, 0));
    assertThat(calendar.forCouncil(authorities.get(OXFORDSHIRE)).addWorkingDays(now, 1))
        .as("another council's calendar").isEqualTo(uk(2026, 12, 1, 0, 0));
    clock.moveTo(uk(2026, 11, 30, 10, 0));
    mvc.perform(get("/api/v1/authorities/bracknell-forest/contact-now"))
        .andExpect(jsonPath("$.officeState").value("CLOSED"))
        .andExpect(jsonPath("$.nextChange").value("2026-12-01T08:30:00Z"));
    mvc.perform(get("/staff/council/special-days").with(as(admin)))
        .andExpect(content().string(containsString("Staff training day")))
        .andExpect(content().string(containsString("Closed all day")));
  }

  @Test
  void theMashCountsTimeLeftInTheCouncilsOwnWorkingDays() throws Exception {
    mvc.perform(post("/staff/council/special-days").with(csrf()).with(as(admin))
            .param("dayDay", "30").param("dayMonth", "11").param("dayYear", "2026").param("kind", "CLOSED")
            .param("description", "Staff training day"))
        .andExpect(redirectedUrl("/staff/council/special-days"));
    // Arriving while the office is open, the contact is due by the end of Tuesday 1 December, the
    // council's first working day after today: 1 working day left, not the 2 of bank holidays alone.
    MashContact contact =
        MashTesting.submitted(referrals, queue, BRACKNELL_FOREST, ReferralSubmissionIT.professionalReferral("dsl@example.org"));
    assertThat(contact.decisionDueAt()).isEqualTo(uk(2026, 12, 2, 0, 0));
    mvc.perform(get("/staff/mash/contacts/" + contact.reference()).with(as(named("Wendy Worker", BRACKNELL_FOREST, "MASH_SOCIAL_WORKER"))))
        .andExpect(content().string(containsString("1 working day left: due by the end of Tuesday 1 December")));
    // Other tests leave contacts in this council's queue, so the new one may be on any page.
    String queueRow = null;
    for (int page = 1; queueRow == null && page <= 100; page++) {
      String html = mvc.perform(get("/staff/mash").param("page", String.valueOf(page))
              .with(as(named("Wendy Worker", BRACKNELL_FOREST, "MASH_SOCIAL_WORKER"))))
          .andReturn().getResponse().getContentAsString();
      int at = html.indexOf(contact.reference());
      if (at >= 0) {
        queueRow = html.substring(at, html.indexOf("</tr>", at));
      } else if (!html.contains("rel=\"next\"")) {
        break;
      }
    }
    assertThat(queueRow).contains("1 working day left: due by the end of Tuesday 1 December");
  }

  @Test
  void aShorterDayClosesTheOfficeEarlyAndCanBeRemoved() throws Exception {
    mvc.perform(get("/api/v1/authorities/bracknell-forest/contact-now")).andExpect(jsonPath("$.officeState").value("OPEN"));
    mvc.perform(post("/staff/council/special-days").with(csrf()).with(as(admin))
            .param("dayDay", "27").param("dayMonth", "11").param("dayYear", "2026").param("kind", "SHORTER")
            .param("closesAt", "4pm").param("description", "Early close"))
        .andExpect(redirectedUrl("/staff/council/special-days"));
    mvc.perform(get("/api/v1/authorities/bracknell-forest/contact-now"))
        .andExpect(jsonPath("$.officeState").value("CLOSED"))
        .andExpect(jsonPath("$.callNow.availability").value("OUT_OF_HOURS"));
    assertThat(calendar.forCouncil(authorities.get(BRACKNELL_FOREST)).isWorkingDay(LocalDate.of(2026, 11, 27))).isTrue();

    mvc.perform(post("/staff/council/special-days/2026-11-27/remove").with(csrf()).with(as(admin)))
        .andExpect(redirectedUrl("/staff/council/special-days"));
    mvc.perform(get("/api/v1/authorities/bracknell-forest/contact-now")).andExpect(jsonPath("$.officeState").value("OPEN"));
  }

  @Test
  void badSpecialDaysAreGovUkErrorsKeepingWhatWasTyped() throws Exception {
    mvc.perform(post("/staff/council/special-days").with(csrf()).with(as(admin))
            .param("dayDay", "31").param("dayMonth", "2").param("dayYear", "2027").param("kind", "SHORTER")
            .param("closesAt", "teatime").param("description", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The date must be a real date")))
        .andExpect(content().string(containsString("Enter the time like 1pm or 13:00")))
        .andExpect(content().string(containsString("value=\"teatime\"")))
        .andExpect(content().string(containsString("Enter what the day is")));
    mvc.perform(post("/staff/council/special-days").with(csrf()).with(as(admin))
            .param("dayDay", "1").param("dayMonth", "1").param("dayYear", "2020").param("kind", "CLOSED").param("description", "Past"))
        .andExpect(content().string(containsString("The date must be today or later")));
    assertThat(JdbcClient.create(ownerDataSource).sql("SELECT count(*) FROM authority_special_day").query(Long.class).single()).isZero();
  }

  @Test
  void aCouncilWritesOnlyItsOwnSpecialDays() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
        jdbc.sql("INSERT INTO authority_special_day (authority_id, day, description, by_id, by_name, at) "
            + "VALUES (?, DATE '2026-12-31', 'x', gen_random_uuid(), 'x', now())").param(OXFORDSHIRE).update())
        .isInstanceOf(org.springframework.dao.DataAccessException.class);
  }
}
