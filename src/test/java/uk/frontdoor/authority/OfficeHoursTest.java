package uk.frontdoor.authority;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.frontdoor.authority.OfficeHours.Open;
import uk.frontdoor.authority.OfficeHours.Unstated;

/** Office hours as configured, and said in words. */
class OfficeHoursTest {

  static final Map<String, String> OXFORDSHIRE =
      Map.of(
          "MONDAY", "08:30-17:00",
          "TUESDAY", "08:30-17:00",
          "WEDNESDAY", "08:30-17:00",
          "THURSDAY", "08:30-17:00",
          "FRIDAY", "08:30-16:00");

  static final Map<String, String> NORTHAMPTONSHIRE =
      Map.of(
          "MONDAY", "unstated",
          "TUESDAY", "unstated",
          "WEDNESDAY", "unstated",
          "THURSDAY", "unstated",
          "FRIDAY", "unstated");

  private static Map<String, String> monday(String value) {
    Map<String, String> days = new HashMap<>();
    days.put("MONDAY", value);
    return days;
  }

  @Test
  void parsesOpeningAndClosingTimes() {
    OfficeHours hours = OfficeHours.parse(OXFORDSHIRE, false, true);
    assertThat(hours.on(MONDAY)).contains(new Open(LocalTime.of(8, 30), LocalTime.of(17, 0)));
    assertThat(hours.on(FRIDAY)).contains(new Open(LocalTime.of(8, 30), LocalTime.of(16, 0)));
    assertThat(hours.on(SATURDAY)).isEmpty();
    assertThat(hours.closedOnBankHolidays()).isTrue();
    assertThat(hours.alwaysOpen()).isFalse();
    assertThat(hours.hoursStated()).isTrue();
  }

  @Test
  void theBuilderMakesTheSameHoursAsParsing() {
    OfficeHours built =
        OfficeHours.builder()
            .open(MONDAY, "08:30", "17:00")
            .open(TUESDAY, "08:30", "17:00")
            .open(WEDNESDAY, "08:30", "17:00")
            .open(THURSDAY, "08:30", "17:00")
            .open(FRIDAY, "08:30", "16:00")
            .build();
    assertThat(built).isEqualTo(OfficeHours.parse(OXFORDSHIRE, false, true));
    assertThat(OfficeHours.builder().closedOnBankHolidays(false).build().closedOnBankHolidays()).isFalse();
  }

  @Test
  void midnightAtTheEndOfTheDayIsWritten2400() {
    OfficeHours hours = OfficeHours.parse(monday("18:00-24:00"), false, true);
    Open open = (Open) hours.on(MONDAY).orElseThrow();
    assertThat(open.closes()).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(open.closesAtMidnight()).isTrue();
    assertThat(hours.describe()).containsExactly("Monday, 6pm to midnight");
  }

  @Test
  void unstatedHoursAreKeptAsUnstated() {
    OfficeHours hours = OfficeHours.parse(NORTHAMPTONSHIRE, false, true);
    assertThat(hours.on(TUESDAY)).contains(new Unstated());
    assertThat(hours.on(SUNDAY)).isEmpty();
    assertThat(hours.hoursStated()).isFalse();
    assertThat(OfficeHours.builder().open(MONDAY, "09:00", "17:00").unstated(FRIDAY).build().hoursStated())
        .isFalse();
  }

  @Test
  void anOfficeOpenAnyTimeHasNoDays() {
    OfficeHours anyTime = OfficeHours.anyTime();
    assertThat(anyTime.alwaysOpen()).isTrue();
    assertThat(anyTime.closedOnBankHolidays()).isFalse();
    assertThat(anyTime.days()).isEmpty();
    assertThat(anyTime.hoursStated()).isTrue();
    assertThat(OfficeHours.parse(Map.of(), true, false)).isEqualTo(anyTime);
  }

  @Test
  void alwaysOpenCannotAlsoHaveDaysOrCloseOnBankHolidays() {
    assertThatThrownBy(() -> OfficeHours.parse(OXFORDSHIRE, true, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OfficeHours.parse(Map.of(), true, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "25:00-17:00",
        "17:00-08:30",
        "08:30-08:30",
        "08:30-00:00",
        "24:00-24:00",
        "08:60-17:00",
        "8:30-17:00",
        "08:30 to 17:00",
        "08:30-",
        "",
        "Unstated",
        "closed"
      })
  void badHoursAreRejectedNamingTheDay(String value) {
    assertThatThrownBy(() -> OfficeHours.parse(monday(value), false, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MONDAY");
  }

  @Test
  void missingHoursAreRejectedNamingTheDay() {
    assertThatThrownBy(() -> OfficeHours.parse(monday(null), false, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MONDAY");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Monday", "MON", "FUNDAY", "", "BANK_HOLIDAY"})
  void unknownDayNamesAreRejected(String name) {
    assertThatThrownBy(() -> OfficeHours.parse(Map.of(name, "08:30-17:00"), false, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + name + "'");
  }

  @Test
  void theBuilderRejectsBadTimesToo() {
    assertThatThrownBy(() -> OfficeHours.builder().open(FRIDAY, "17:00", "08:30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FRIDAY");
  }

  @Test
  void describesOxfordshireStyleHoursGroupingDaysWithTheSameHours() {
    assertThat(OfficeHours.parse(OXFORDSHIRE, false, true).describe())
        .containsExactly("Monday to Thursday, 8:30am to 5pm", "Friday, 8:30am to 4pm");
  }

  @Test
  void describesUnstatedHoursWithoutInventingTimes() {
    assertThat(OfficeHours.parse(NORTHAMPTONSHIRE, false, true).describe())
        .containsExactly("Monday to Friday, hours not published");
  }

  @Test
  void describesAnOfficeOpenAnyTime() {
    assertThat(OfficeHours.anyTime().describe()).containsExactly("Any time, every day");
  }

  @Test
  void daysWithTheSameHoursAreGroupedOnlyWhenConsecutive() {
    OfficeHours hours =
        OfficeHours.builder()
            .open(MONDAY, "09:00", "17:00")
            .open(WEDNESDAY, "09:00", "17:00")
            .open(THURSDAY, "09:00", "17:00")
            .unstated(FRIDAY)
            .open(SATURDAY, "09:00", "12:00")
            .open(SUNDAY, "00:00", "24:00")
            .build();
    assertThat(hours.describe())
        .containsExactly(
            "Monday, 9am to 5pm",
            "Wednesday to Thursday, 9am to 5pm",
            "Friday, hours not published",
            "Saturday, 9am to midday",
            "Sunday, all day");
  }

  @Test
  void anOfficeOpenNoDayHasNoLines() {
    assertThat(OfficeHours.parse(Map.of(), false, true).describe()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "08:30, 8:30am",
    "17:00, 5pm",
    "16:30, 4:30pm",
    "12:00, midday",
    "12:30, 12:30pm",
    "00:00, midnight",
    "00:30, 12:30am",
    "09:05, 9:05am"
  })
  void writesTimesTheGovUkWay(String time, String words) {
    assertThat(OfficeHours.clock(LocalTime.parse(time))).isEqualTo(words);
  }

  @Test
  void theDaysCannotBeChangedAfterwards() {
    Map<DayOfWeek, OfficeHours.Day> days = new EnumMap<>(DayOfWeek.class);
    days.put(MONDAY, new Unstated());
    OfficeHours hours = new OfficeHours(false, true, days);
    days.put(TUESDAY, new Unstated());
    assertThat(hours.on(TUESDAY)).isEmpty();
    assertThatThrownBy(() -> hours.days().put(WEDNESDAY, new Unstated()))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
