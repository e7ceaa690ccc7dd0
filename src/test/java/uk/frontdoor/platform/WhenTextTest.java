package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WhenTextTest {

  private final WhenText when = new WhenText(Instant.parse("2026-11-27T16:15:00Z"));

  @Test
  void saysTimesTheGovUkWay() {
    assertThat(when.at(Instant.parse("2026-11-27T16:30:00Z"))).isEqualTo("4:30pm today");
    assertThat(when.at(Instant.parse("2026-11-28T12:00:00Z"))).isEqualTo("midday tomorrow");
    assertThat(when.at(Instant.parse("2026-11-30T08:30:00Z"))).isEqualTo("8:30am on Monday 30 November");
  }

  @Test
  void usesUkTimeInSummer() {
    WhenText summer = new WhenText(Instant.parse("2026-07-03T10:00:00Z"));
    assertThat(summer.at(Instant.parse("2026-07-03T16:00:00Z"))).isEqualTo("5pm today");
  }

  @Test
  void saysADayAndATimeForARecord() {
    assertThat(when.dateAndTime(Instant.parse("2026-11-27T16:15:00Z"))).isEqualTo("27 November 2026 at 4:15pm");
    assertThat(when.dateAndTime(Instant.parse("2026-07-01T11:00:00Z"))).isEqualTo("1 July 2026 at midday");
  }

  @Test
  void saysADayInUkTime() {
    assertThat(when.date(Instant.parse("2026-11-27T16:15:00Z"))).isEqualTo("27 November 2026");
    // 11:30pm on 30 June in UTC is already 1 July in the UK.
    assertThat(when.date(Instant.parse("2026-06-30T23:30:00Z"))).isEqualTo("1 July 2026");
  }

  @Test
  void saysADeadlineOneWayAndNeverNamesTheDayAfterAWorkingDayDeadline() {
    // A deadline ending at midnight (the end of a working day, exclusive) is said as the last day it includes.
    assertThat(when.by(Instant.parse("2026-11-28T00:00:00Z"))).isEqualTo("by the end of today");
    assertThat(when.by(Instant.parse("2026-12-01T00:00:00Z"))).isEqualTo("by the end of Monday 30 November");
    assertThat(when.by(Instant.parse("2026-12-05T00:00:00Z"))).isEqualTo("by the end of Friday 4 December");
    // A deadline in working hours is said with its time, and with its date unless it is today.
    assertThat(when.by(Instant.parse("2026-11-27T17:00:00Z"))).isEqualTo("by 5pm today");
    assertThat(when.by(Instant.parse("2026-11-30T12:30:00Z"))).isEqualTo("by 12:30pm on Monday 30 November");
    // Midnight in UK summer time is 11pm UTC.
    WhenText summer = new WhenText(Instant.parse("2026-07-01T10:00:00Z"));
    assertThat(summer.by(Instant.parse("2026-07-03T23:00:00Z"))).isEqualTo("by the end of Friday 3 July");
  }
}
