package uk.frontdoor.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped England and Wales bank holidays, and reading GOV.UK's file format. */
class BankHolidaysTest {

  private static final String FILE = "/authority/bank-holidays.json";

  private static InputStream shipped() {
    return BankHolidaysTest.class.getResourceAsStream(FILE);
  }

  private static BankHolidays englandAndWales() throws IOException {
    try (InputStream json = shipped()) {
      return BankHolidays.fromGovUkJson(json, "england-and-wales");
    }
  }

  private static BankHolidays parse(String json, String division) {
    return BankHolidays.fromGovUkJson(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), division);
  }

  private static List<LocalDate> holidaysIn(BankHolidays holidays, int year) {
    List<LocalDate> found = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (holidays.isHoliday(d)) {
        found.add(d);
      }
    }
    return found;
  }

  @Test
  void listsEightHolidaysInEachYearFrom2024To2027() throws IOException {
    BankHolidays holidays = englandAndWales();
    for (int year = 2024; year <= 2027; year++) {
      assertThat(holidaysIn(holidays, year)).as("bank holidays in %d", year).hasSize(8);
    }
  }

  @Test
  void listsTheDatesOfTheReferenceTable() throws IOException {
    BankHolidays holidays = englandAndWales();
    assertThat(holidaysIn(holidays, 2024))
        .extracting(LocalDate::toString)
        .containsExactly(
            "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06",
            "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26");
    assertThat(holidaysIn(holidays, 2025))
        .extracting(LocalDate::toString)
        .containsExactly(
            "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05",
            "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26");
    assertThat(holidaysIn(holidays, 2026))
        .extracting(LocalDate::toString)
        .containsExactly(
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04",
            "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28");
    assertThat(holidaysIn(holidays, 2027))
        .extracting(LocalDate::toString)
        .containsExactly(
            "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03",
            "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28");
  }

  @Test
  void everyHolidayFallsOnAWeekday() throws IOException {
    BankHolidays holidays = englandAndWales();
    for (LocalDate d = holidays.firstCovered(); !d.isAfter(holidays.lastCovered()); d = d.plusDays(1)) {
      if (holidays.isHoliday(d)) {
        assertThat(d.getDayOfWeek()).as("day of the week of %s", d)
            .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      }
    }
  }

  @Test
  void coversEveryDayFrom2024To2027() throws IOException {
    BankHolidays holidays = englandAndWales();
    assertThat(holidays.firstCovered()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(holidays.lastCovered()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(holidays.covers(LocalDate.of(2027, 12, 31))).isTrue();
    assertThat(holidays.covers(LocalDate.of(2028, 1, 1))).isFalse();
    assertThat(holidays.covers(LocalDate.of(2023, 12, 31))).isFalse();
  }

  @Test
  void namesEachHoliday() throws IOException {
    BankHolidays holidays = englandAndWales();
    assertThat(holidays.title(LocalDate.of(2026, 12, 28))).contains("Boxing Day");
    assertThat(holidays.title(LocalDate.of(2027, 12, 27))).contains("Christmas Day");
    assertThat(holidays.title(LocalDate.of(2026, 4, 3))).contains("Good Friday");
    assertThat(holidays.title(LocalDate.of(2026, 12, 29))).isEmpty();
    assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 26))).isFalse();
  }

  @Test
  void theFileMarksExactlyTheSubstituteDays() throws IOException {
    JsonNode events;
    try (InputStream json = shipped()) {
      events = JsonMapper.builder().build().readTree(json).path("england-and-wales").path("events");
    }
    List<String> substitutes = new ArrayList<>();
    for (JsonNode event : events) {
      if (event.path("notes").stringValue().equals("Substitute day")) {
        substitutes.add(event.path("date").stringValue());
      }
    }
    assertThat(substitutes).containsExactly("2026-12-28", "2027-12-27", "2027-12-28");
  }

  @Test
  void readsOnlyTheDivisionAskedFor() {
    String json =
        """
        {"england-and-wales": {"division": "england-and-wales", "events": [
           {"title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": true}]},
         "scotland": {"division": "scotland", "events": [
           {"title": "2 January", "date": "2026-01-02", "notes": "", "bunting": true}]}}
        """;
    BankHolidays holidays = parse(json, "england-and-wales");
    assertThat(holidays.isHoliday(LocalDate.of(2026, 12, 25))).isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2026, 1, 2))).isFalse();
  }

  @Test
  void anUnknownDivisionIsRejected() throws IOException {
    try (InputStream json = shipped()) {
      assertThatThrownBy(() -> BankHolidays.fromGovUkJson(json, "wales-only"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("wales-only");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "{\"england-and-wales\": {\"events\": [",
        "[]",
        "{\"england-and-wales\": {\"events\": []}}",
        "{\"england-and-wales\": {\"events\": {}}}",
        "{\"england-and-wales\": {\"events\": [{\"title\": \"Christmas Day\"}]}}",
        "{\"england-and-wales\": {\"events\": [{\"title\": \"Christmas Day\", \"date\": \"2026-13-25\"}]}}",
        "{\"england-and-wales\": {\"events\": [{\"date\": \"2026-12-25\"}]}}",
        "{\"england-and-wales\": {\"events\": [{\"title\": \"A\", \"date\": \"2026-12-25\"},"
            + " {\"title\": \"B\", \"date\": \"2026-12-25\"}]}}",
        "{\"england-and-wales\": {\"events\": [{\"title\": \"A\", \"date\": \"2026-12-25\"}]}} {}"
      })
  void aMalformedFileIsRejected(String json) {
    assertThatThrownBy(() -> parse(json, "england-and-wales"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bank holiday");
  }

  @Test
  void aStreamThatCannotBeReadIsAnInputOutputError() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }
        };
    assertThatThrownBy(() -> BankHolidays.fromGovUkJson(broken, "england-and-wales"))
        .isInstanceOf(UncheckedIOException.class);
  }
}
