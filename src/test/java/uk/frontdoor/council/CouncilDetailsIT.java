package uk.frontdoor.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.frontdoor.mash.MashTesting.as;
import static uk.frontdoor.mash.MashTesting.named;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.Audience;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.identity.StaffUser;

/**
 * A council administrator changes the council's details in the product: each change a version in
 * effect now or from a moment ahead, which the public pages serve once the clock reaches it (not
 * before), a scheduled one withdrawable, every change in the history and the audit, and bad input a
 * GOV.UK error keeping what was typed. The clock is fixed at Friday 27 November 2026 16:15.
 * Northamptonshire does not publish its office hours.
 */
@IntegrationTest
class CouncilDetailsIT {

  static final UUID NORTHAMPTONSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000004");

  @Autowired MockMvc mvc;
  @Autowired TestClock clock;
  @Autowired Authorities authorities;
  @Autowired AuditLog audit;

  @Autowired
  @Qualifier("ownerDataSource")
  DataSource ownerDataSource;

  final StaffUser admin = named("Ada Admin", NORTHAMPTONSHIRE, "COUNCIL_ADMINISTRATOR");

  @AfterEach
  void putTheDemoCouncilBack() {
    JdbcClient.create(ownerDataSource).sql("DELETE FROM authority_version WHERE authority_id = ?").param(NORTHAMPTONSHIRE).update();
  }

  static MockHttpServletRequestBuilder weekdayHours(String opens, String closes) {
    MockHttpServletRequestBuilder request = post("/staff/council/office-hours").with(csrf());
    for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
      request.param(day + "-opens", opens).param(day + "-closes", closes);
    }
    return request.param("answers", "HOURS").param("closedOnBankHolidays", "true").param("outOfHours", "outside office hours");
  }

  private String contactNow() throws Exception {
    return mvc.perform(get("/api/v1/authorities/northamptonshire/contact-now")).andReturn().getResponse().getContentAsString();
  }

  private void moveTo(int year, int month, int day, int hour, int minute) {
    clock.moveTo(LocalDateTime.of(year, month, day, hour, minute).atZone(UkTime.ZONE).toInstant());
  }

  @Test
  void christmasHoursScheduledAheadShowOnTheDayNotBefore() throws Exception {
    assertThat(contactNow()).contains("\"officeState\":\"UNKNOWN\"");
    mvc.perform(weekdayHours("9am", "13:00").with(as(admin))
            .param("fromDay", "24").param("fromMonth", "12").param("fromYear", "2026").param("reason", "Christmas hours"))
        .andExpect(redirectedUrl("/staff/council"));

    assertThat(contactNow()).as("not before the day").contains("\"officeState\":\"UNKNOWN\"");
    mvc.perform(get("/staff/council/history").with(as(admin)))
        .andExpect(content().string(containsString("Office hours")))
        .andExpect(content().string(containsString("Scheduled")))
        .andExpect(content().string(containsString("Christmas hours")))
        .andExpect(content().string(containsString("Ada Admin, 4:15pm today")));
    mvc.perform(get("/staff/council").with(as(admin))).andExpect(content().string(containsString("1 change is scheduled")));

    moveTo(2026, 12, 23, 23, 59);
    assertThat(contactNow()).contains("\"officeState\":\"UNKNOWN\"");
    moveTo(2026, 12, 24, 10, 0);
    assertThat(contactNow()).contains("\"officeState\":\"OPEN\"").contains("\"nextChange\":\"2026-12-24T13:00:00Z\"");
    assertThat(authorities.get(NORTHAMPTONSHIRE).officeHours().describe()).containsExactly("Monday to Friday, 9am to 1pm");
    mvc.perform(get("/staff/council/history").with(as(admin)))
        .andExpect(content().string(containsString("In effect")))
        .andExpect(content().string(not(containsString("Withdraw"))));
    assertThat(audit.about(NORTHAMPTONSHIRE, CouncilChanges.SUBJECT, "v" + latestVersion()))
        .extracting(AuditEntry::action).containsExactly("COUNCIL_DETAILS_CHANGED");
  }

  @Test
  void aChangeNowIsServedAtOnceAndAScheduledOneCanBeWithdrawnBeforeItStarts() throws Exception {
    mvc.perform(post("/staff/council/teams/MASH").with(csrf()).with(as(admin))
            .param("name", "Multi-Agency Safeguarding Hub (MASH)").param("phone", "0300 126 7999")
            .param("email", "mash@northamptonshire.example").param("availability", "OFFICE_HOURS").param("frontDoor", "true")
            .param("audiences", "PUBLIC", "PROFESSIONAL").param("reason", "New number"))
        .andExpect(redirectedUrl("/staff/council"));
    mvc.perform(get("/api/v1/authorities/northamptonshire/contact-now"))
        .andExpect(jsonPath("$.callNow.phone").value("0300 126 7999"));

    mvc.perform(post("/staff/council/guidance").with(csrf()).with(as(admin))
            .param("documentName", "the new thresholds").param("fromDay", "1").param("fromMonth", "1").param("fromYear", "2027")
            .param("reason", "New year's wording"))
        .andExpect(redirectedUrl("/staff/council"));
    long scheduled = latestVersion();
    mvc.perform(post("/staff/council/history/" + scheduled + "/withdraw").with(csrf()).with(as(admin)))
        .andExpect(redirectedUrl("/staff/council/history"));
    mvc.perform(get("/staff/council/history").with(as(admin))).andExpect(content().string(containsString("Withdrawn")));
    moveTo(2027, 1, 2, 9, 0);
    assertThat(authorities.get(NORTHAMPTONSHIRE).thresholdGuide().documentName()).isNotEqualTo("the new thresholds");
    assertThat(authorities.get(NORTHAMPTONSHIRE).team("MASH").orElseThrow().phone()).isEqualTo("0300 126 7999");

    mvc.perform(post("/staff/council/history/" + scheduled + "/withdraw").with(csrf()).with(as(admin)))
        .andExpect(redirectedUrl("/staff/council/history"));
    assertThat(audit.about(NORTHAMPTONSHIRE, CouncilChanges.SUBJECT, "v" + scheduled))
        .extracting(AuditEntry::action).containsExactly("COUNCIL_DETAILS_CHANGED", "COUNCIL_DETAILS_WITHDRAWN");
  }

  @Test
  void aVersionInEffectCannotBeWithdrawnNorAnotherCouncilsVersion() throws Exception {
    mvc.perform(post("/staff/council/guidance").with(csrf()).with(as(admin))
        .param("documentName", "the guide").param("reason", "Plainer"));
    long now = latestVersion();
    mvc.perform(post("/staff/council/history/" + now + "/withdraw").with(csrf()).with(as(admin)))
        .andExpect(redirectedUrl("/staff/council/history"));
    mvc.perform(get("/staff/council/history").with(as(admin))).andExpect(content().string(not(containsString("Withdrawn"))));

    mvc.perform(post("/staff/council/guidance").with(csrf()).with(as(admin))
        .param("documentName", "later").param("fromDay", "1").param("fromMonth", "2").param("fromYear", "2027").param("reason", "Later"));
    long later = latestVersion();
    StaffUser otherCouncil = named("Olly Other", UUID.fromString("00000000-0000-4000-8000-000000000002"), "COUNCIL_ADMINISTRATOR");
    mvc.perform(post("/staff/council/history/" + later + "/withdraw").with(csrf()).with(as(otherCouncil)));
    mvc.perform(get("/staff/council/history").with(as(admin))).andExpect(content().string(not(containsString("Withdrawn"))));
    mvc.perform(get("/staff/council/history").with(as(otherCouncil))).andExpect(content().string(not(containsString("Later"))));
  }

  @Test
  void badHoursNumbersAndDatesAreGovUkErrorsKeepingWhatWasTyped() throws Exception {
    mvc.perform(weekdayHours("17:00", "9am").with(as(admin)).param("reason", "Typo"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Monday: the office must close after it opens")))
        .andExpect(content().string(containsString("value=\"17:00\"")));
    mvc.perform(weekdayHours("25:00", "5pm").with(as(admin)).param("reason", "x"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Monday: enter the opening time like 8:30am or 08:30")))
        .andExpect(content().string(containsString("value=\"25:00\"")));
    mvc.perform(weekdayHours("9am", "5pm").with(as(admin))
            .param("fromDay", "1").param("fromMonth", "11").param("fromYear", "2026"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The date it takes effect must be today or later")))
        .andExpect(content().string(containsString("Enter why you are making this change")));
    mvc.perform(post("/staff/council/teams/MASH").with(csrf()).with(as(admin))
            .param("name", "MASH").param("phone", "call us").param("email", "not-an-email").param("reason", "x"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter a phone number with 10 to 13 digits")))
        .andExpect(content().string(containsString("value=\"call us\"")))
        .andExpect(content().string(containsString("Enter an email address in the correct format")));
    mvc.perform(post("/staff/council/threshold-levels/2").with(csrf()).with(as(admin))
            .param("name", "Early help").param("indicators", "- an example with no domain").param("reason", "x"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Start the indicators with a domain")));
    mvc.perform(get("/staff/council/teams/NOPE").with(as(admin))).andExpect(status().isNotFound());
    assertThat(versions()).isZero();
  }

  @Test
  void aLevelStartsFromTheStandardIndicatorsAndKeepsTheCouncilsOwn() throws Exception {
    String page = mvc.perform(get("/staff/council/threshold-levels/2").with(as(admin))).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("- ");
    mvc.perform(post("/staff/council/threshold-levels/2").with(csrf()).with(as(admin))
            .param("name", "Early help").param("indicators", "Parents and carers\n- Our own example\n- Another")
            .param("reason", "Local indicators"))
        .andExpect(redirectedUrl("/staff/council"));
    var level = authorities.get(NORTHAMPTONSHIRE).thresholdGuide().level(2).orElseThrow();
    assertThat(level.indicators()).hasSize(1);
    assertThat(level.indicators().get(0).examples()).containsExactly("Our own example", "Another");
    assertThat(authorities.get(NORTHAMPTONSHIRE).thresholdLevels()).hasSize(4);
  }

  static MockHttpServletRequestBuilder team(String path, String name, String phone, String availability, boolean frontDoor) {
    return post("/staff/council/teams/" + path).with(csrf()).param("name", name).param("phone", phone)
        .param("availability", availability).param("frontDoor", Boolean.toString(frontDoor));
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  @Test
  void aTeamAddedNowIsOfferedOnTheRoutesOfTheAudienceItServesAndItsCodeIsTheCouncilsOnly() throws Exception {
    mvc.perform(team("new", "Family Help Hub", "01604 000 111", "OFFICE_HOURS", true).with(as(admin)).param("audiences", "PUBLIC")
            .param("hours", "9am to 5pm, Monday to Friday").param("reason", "A new line for families"))
        .andExpect(redirectedUrl("/staff/council"))
        .andExpect(flash().attribute("done", "Family Help Hub (FHH) is added. The public pages show it now."));
    var added = authorities.get(NORTHAMPTONSHIRE).team("FHH").orElseThrow();
    assertThat(added.frontDoor()).isTrue();
    assertThat(added.audiences()).containsExactly(Audience.PUBLIC);
    assertThat(page("/northamptonshire/report-a-concern/member-of-the-public")).contains("Family Help Hub").contains("01604 000 111");
    assertThat(page("/northamptonshire/report-a-concern/professional")).doesNotContain("Family Help Hub");
    mvc.perform(get("/api/v1/authorities/northamptonshire/contact-now"))
        .andExpect(content().string(containsString("\"code\":\"FHH\"")));
    mvc.perform(get("/staff/council/history").with(as(admin)))
        .andExpect(content().string(containsString("Team added: Family Help Hub")))
        .andExpect(content().string(containsString("A new line for families")));
    assertThat(audit.about(NORTHAMPTONSHIRE, CouncilChanges.SUBJECT, "v" + latestVersion()))
        .extracting(AuditEntry::action).containsExactly("COUNCIL_DETAILS_CHANGED");

    mvc.perform(team("new", "Family Help Hub", "01604 000 222", "OFFICE_HOURS", true).with(as(admin)).param("audiences", "PROFESSIONAL")
            .param("code", "fhh").param("reason", "Professionals' line"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The council has a team with the code FHH already: enter another code")))
        .andExpect(content().string(containsString("value=\"fhh\"")));
    mvc.perform(team("new", "Family Help Hub", "01604 000 222", "OFFICE_HOURS", true).with(as(admin)).param("audiences", "PROFESSIONAL")
            .param("reason", "Professionals' line"))
        .andExpect(redirectedUrl("/staff/council"));
    assertThat(authorities.get(NORTHAMPTONSHIRE).team("FHH-2").orElseThrow().audiences()).containsExactly(Audience.PROFESSIONAL);
    assertThat(page("/northamptonshire/report-a-concern/professional")).contains("01604 000 222");

    mvc.perform(post("/staff/council/teams/new").with(csrf()).with(as(admin))
            .param("code", "1 bad!").param("name", "").param("reason", "x"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter a code of 2 to 20 letters, digits or hyphens")))
        .andExpect(content().string(containsString("Enter the team’s name")))
        .andExpect(content().string(containsString("Select when the team answers")))
        .andExpect(content().string(containsString("Select whether the team takes new concerns about children")))
        .andExpect(content().string(containsString("Select who the team’s line is for")));
    assertThat(versions()).isEqualTo(2);
  }

  @Test
  void noChangeLeavesAnAudienceWithoutAFrontDoorAndATeamTheDetailsNameIsNotRemoved() throws Exception {
    mvc.perform(team("OOH", "Out-of-hours team", "01604 626 938", "OUT_OF_HOURS", false).with(as(admin))
            .param("audiences", "PUBLIC", "PROFESSIONAL").param("reason", "The MASH takes every call"))
        .andExpect(redirectedUrl("/staff/council"));
    assertThat(authorities.get(NORTHAMPTONSHIRE).team("OOH").orElseThrow().frontDoor()).isFalse();
    assertThat(authorities.get(NORTHAMPTONSHIRE).team("OOH").orElseThrow().audiences()).isEmpty();

    mvc.perform(team("MASH", "MASH", "0300 126 7000", "OFFICE_HOURS", false).with(as(admin))
            .param("audiences", "PUBLIC", "PROFESSIONAL").param("reason", "x"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(
            "This change would leave no team taking new concerns from members of the public: make another team take them first")));
    mvc.perform(team("MASH", "MASH", "0300 126 7000", "OFFICE_HOURS", true).with(as(admin)).param("audiences", "PUBLIC").param("reason", "x"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("would leave no team taking new concerns from professionals")))
        .andExpect(content().string(containsString("value=\"0300 126 7000\"")));

    mvc.perform(get("/staff/council/teams/MASH/remove").with(as(admin)))
        .andExpect(content().string(containsString("This team cannot be removed")))
        .andExpect(content().string(containsString("Removing Multi-Agency Safeguarding Hub (MASH) would leave no team taking new concerns from members of the public")))
        .andExpect(content().string(containsString("is named by level 4 of the threshold guide")))
        .andExpect(content().string(not(containsString("Remove team</button>"))));
    mvc.perform(post("/staff/council/teams/MASH/remove").with(csrf()).with(as(admin)).param("reason", "Closing"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("This team cannot be removed")));
    mvc.perform(get("/staff/council/teams/LADO/remove").with(as(admin)))
        .andExpect(content().string(containsString("send concerns about adults who work with children to the LADO")));
    mvc.perform(post("/staff/council/teams/LADO/remove").with(csrf()).with(as(admin)).param("reason", "x"))
        .andExpect(status().isOk());
    assertThat(authorities.get(NORTHAMPTONSHIRE).team("MASH")).isPresent();
    assertThat(authorities.get(NORTHAMPTONSHIRE).team("LADO")).isPresent();
    assertThat(versions()).isEqualTo(1);
    mvc.perform(get("/staff/council/teams/NOPE/remove").with(as(admin))).andExpect(status().isNotFound());
  }

  @Test
  void aRemovalScheduledAheadTakesEffectOnlyWhenTheClockReachesIt() throws Exception {
    mvc.perform(get("/staff/council/teams/OOH/remove").with(as(admin)))
        .andExpect(content().string(containsString("Remove team</button>")));
    mvc.perform(post("/staff/council/teams/OOH/remove").with(csrf()).with(as(admin))
            .param("fromDay", "1").param("fromMonth", "12").param("fromYear", "2026").param("fromTime", "9am")
            .param("reason", "The MASH answers at any time from December"))
        .andExpect(redirectedUrl("/staff/council"))
        .andExpect(flash().attribute("done", "Out-of-hours team will be removed 9am on Tuesday 1 December."));
    mvc.perform(get("/staff/council/history").with(as(admin)))
        .andExpect(content().string(containsString("Team removed: Out-of-hours team")))
        .andExpect(content().string(containsString("Scheduled")));
    mvc.perform(get("/staff/council/teams/new").with(as(admin)))
        .andExpect(content().string(containsString("A change to the teams is scheduled")))
        .andExpect(content().string(containsString("Team removed: Out-of-hours team, 9am on Tuesday 1 December.")));

    moveTo(2026, 12, 1, 8, 59);
    assertThat(contactNow()).contains("01604 626 938");
    assertThat(authorities.get(NORTHAMPTONSHIRE).team("OOH")).isPresent();
    moveTo(2026, 12, 1, 9, 0);
    assertThat(contactNow()).doesNotContain("01604 626 938");
    assertThat(authorities.get(NORTHAMPTONSHIRE).team("OOH")).isEmpty();
    assertThat(page("/northamptonshire/report-a-concern")).doesNotContain("Out-of-hours team");
    mvc.perform(get("/staff/council/teams/OOH").with(as(admin))).andExpect(status().isNotFound());
    assertThat(audit.about(NORTHAMPTONSHIRE, CouncilChanges.SUBJECT, "v" + latestVersion()))
        .extracting(AuditEntry::action).containsExactly("COUNCIL_DETAILS_CHANGED");
  }

  @Test
  void officeHoursSetBackToNotPublishedAreWhatThePublicPagesSay() throws Exception {
    mvc.perform(weekdayHours("9am", "5pm").with(as(admin)).param("reason", "Our hours are published now"))
        .andExpect(redirectedUrl("/staff/council"));
    assertThat(page("/northamptonshire/report-a-concern")).contains("The office is open now").doesNotContain("does not publish its office hours");
    assertThat(checked("HOURS")).isTrue();

    mvc.perform(post("/staff/council/office-hours").with(csrf()).with(as(admin)).param("answers", "NOT_PUBLISHED")
            .param("MONDAY-opens", "9am").param("MONDAY-closes", "5pm").param("reason", "x"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Select the days the office opens, or give its hours")));
    mvc.perform(post("/staff/council/office-hours").with(csrf()).with(as(admin)).param("reason", "x"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Select when the office answers")));
    mvc.perform(post("/staff/council/office-hours").with(csrf()).with(as(admin)).param("answers", "NOT_PUBLISHED")
            .param("unpublishedDays", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
            .param("closedOnBankHolidays", "true").param("outOfHours", "during the evening, at night or at the weekend")
            .param("reason", "We no longer publish our hours"))
        .andExpect(redirectedUrl("/staff/council"));
    assertThat(authorities.get(NORTHAMPTONSHIRE).officeHours().hoursStated()).isFalse();
    assertThat(authorities.get(NORTHAMPTONSHIRE).officeHours().describe()).containsExactly("Monday to Friday, hours not published");
    assertThat(page("/northamptonshire/report-a-concern")).contains("does not publish its office hours");
    assertThat(contactNow()).contains("\"officeState\":\"UNKNOWN\"");
    assertThat(checked("NOT_PUBLISHED")).isTrue();
    assertThat(checked("HOURS")).isFalse();
    mvc.perform(get("/staff/council/history").with(as(admin)))
        .andExpect(content().string(containsString("We no longer publish our hours")));
    assertThat(audit.about(NORTHAMPTONSHIRE, CouncilChanges.SUBJECT, "v" + latestVersion()))
        .extracting(AuditEntry::action).containsExactly("COUNCIL_DETAILS_CHANGED");
  }

  /** Whether the office hours page has this answer to when the office answers chosen. */
  private boolean checked(String answers) throws Exception {
    String form = mvc.perform(get("/staff/council/office-hours").with(as(admin))).andReturn().getResponse().getContentAsString();
    return java.util.regex.Pattern.compile("name=\"answers\" value=\"" + answers + "\"[^>]*checked").matcher(form).find();
  }

  private long latestVersion() {
    return JdbcClient.create(ownerDataSource).sql("SELECT max(id) FROM authority_version WHERE authority_id = ?")
        .param(NORTHAMPTONSHIRE).query(Long.class).single();
  }

  private long versions() {
    return JdbcClient.create(ownerDataSource).sql("SELECT count(*) FROM authority_version WHERE authority_id = ?")
        .param(NORTHAMPTONSHIRE).query(Long.class).single();
  }
}
