package uk.frontdoor.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.frontdoor.mash.MashTesting.as;
import static uk.frontdoor.mash.MashTesting.named;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.identity.StaffUser;

/**
 * An administrator uploads GOV.UK's bank holidays file: a good one is used by every calendar at
 * once, a malformed one, one of the wrong shape, or one older than what is known, is a GOV.UK error
 * and changes nothing. From three months before the last bank holiday known, administrators are
 * warned on their pages. The shipped file ends with 28 December 2027.
 */
@IntegrationTest
class BankHolidaysIT {

  static final UUID WEST_BERKSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000005");

  @Autowired MockMvc mvc;
  @Autowired TestClock clock;
  @Autowired WorkingCalendar calendar;
  @Autowired AuditLog audit;

  @Autowired
  @Qualifier("ownerDataSource")
  DataSource ownerDataSource;

  final StaffUser admin = named("Ada Admin", WEST_BERKSHIRE, "COUNCIL_ADMINISTRATOR");

  @AfterEach
  void theShippedFileAgain() {
    JdbcClient.create(ownerDataSource).sql("DELETE FROM authority_bank_holidays").update();
  }

  static String shipped() throws Exception {
    try (InputStream in = BankHolidaysIT.class.getResourceAsStream("/authority/bank-holidays.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private ResultActions upload(String content) throws Exception {
    return mvc.perform(multipart("/staff/council/bank-holidays")
        .file(new MockMultipartFile("file", "bank-holidays.json", "application/json", content.getBytes(StandardCharsets.UTF_8)))
        .with(csrf()).with(as(admin)));
  }

  private long copies() {
    return JdbcClient.create(ownerDataSource).sql("SELECT count(*) FROM authority_bank_holidays").query(Long.class).single();
  }

  @Test
  void aGoodFileIsUsedAtOnce() throws Exception {
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isTrue();
    String newer = shipped().replaceFirst("\"events\"\\s*:\\s*\\[",
        "\"events\": [{\"title\": \"New Year’s Day\", \"date\": \"2028-01-03\", \"notes\": \"Substitute day\", \"bunting\": true},");
    upload(newer).andExpect(redirectedUrl("/staff/council/bank-holidays"));
    assertThat(calendar.bankHolidays().lastHoliday()).isEqualTo(LocalDate.of(2028, 1, 3));
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
    mvc.perform(get("/staff/council/bank-holidays").with(as(admin))).andExpect(content().string(containsString("3 January 2028")));
    assertThat(audit.about(WEST_BERKSHIRE, CouncilChanges.SUBJECT, "england-and-wales"))
        .extracting(AuditEntry::action).contains("BANK_HOLIDAYS_UPLOADED");
  }

  @Test
  void aMalformedFileAWrongShapeOrAnOlderFileChangesNothing() throws Exception {
    upload("{\"england-and-wales\": {\"events\": [").andExpect(status().isOk())
        .andExpect(content().string(containsString("is not valid JSON")));
    upload("{\"scotland\": {\"division\": \"scotland\", \"events\": [{\"title\": \"x\", \"date\": \"2030-01-01\"}]}}")
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("has no division &#39;england-and-wales&#39;")));
    upload("{\"england-and-wales\": {\"events\": [{\"title\": \"Christmas Day\", \"date\": \"25/12/2030\"}]}}")
        .andExpect(status().isOk()).andExpect(content().string(containsString("Not a date in the bank holidays file")));
    upload("{\"england-and-wales\": {\"events\": [{\"title\": \"Christmas Day\", \"date\": \"2026-12-25\"}]}}")
        .andExpect(status().isOk()).andExpect(content().string(containsString("before the last one already known")));
    mvc.perform(multipart("/staff/council/bank-holidays").with(csrf()).with(as(admin)))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Choose GOV.UK’s bank-holidays.json file")));
    assertThat(copies()).isZero();
    assertThat(calendar.bankHolidays().lastHoliday()).isEqualTo(LocalDate.of(2027, 12, 28));
  }

  @Test
  void administratorsAreWarnedFromThreeMonthsBeforeTheLastBankHolidayKnown() throws Exception {
    mvc.perform(get("/staff/admin").with(as(admin))).andExpect(content().string(not(containsString("bank-holidays-warning"))));
    clock.moveTo(LocalDateTime.of(2027, 9, 27, 9, 0).atZone(UkTime.ZONE).toInstant());
    mvc.perform(get("/staff/admin").with(as(admin))).andExpect(content().string(not(containsString("bank-holidays-warning"))));
    clock.moveTo(LocalDateTime.of(2027, 9, 28, 9, 0).atZone(UkTime.ZONE).toInstant());
    mvc.perform(get("/staff/admin").with(as(admin)))
        .andExpect(content().string(containsString("bank-holidays-warning")))
        .andExpect(content().string(containsString("The last bank holiday Front Door knows is 28 December 2027")));
    mvc.perform(get("/staff").with(as(admin))).andExpect(content().string(containsString("bank-holidays-warning")));
    StaffUser worker = named("Wendy Worker", WEST_BERKSHIRE, "MASH_SOCIAL_WORKER");
    mvc.perform(get("/staff").with(as(worker))).andExpect(content().string(not(containsString("bank-holidays-warning"))));
  }
}
