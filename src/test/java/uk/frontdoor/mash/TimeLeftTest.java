package uk.frontdoor.mash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.frontdoor.authority.WorkingCalendar;

/** Time left, as a worker reads it, across weekends and the clock change. */
class TimeLeftTest {

  static final WorkingCalendar CALENDAR = WorkingCalendar.englandAndWales();

  private static Instant london(String local) {
    return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/London")).toInstant();
  }

  @Test
  void workingDaysLeftSkipTheWeekend() {
    TimeLeft left = TimeLeft.until(london("2026-11-27T16:15"), london("2026-12-02T00:00"), CALENDAR);
    assertThat(left.text()).isEqualTo("2 working days left: due by the end of Tuesday 1 December");
    assertThat(left.overdue()).isFalse();
    assertThat(left.dueToday()).isFalse();
  }

  @Test
  void onTheLastDayTheHoursLeftAreShown() {
    TimeLeft left = TimeLeft.until(london("2026-11-30T21:30"), london("2026-12-01T00:00"), CALENDAR);
    assertThat(left.text()).isEqualTo("Due by the end of today (2 hours left)");
    assertThat(left.dueToday()).isTrue();
    assertThat(TimeLeft.until(london("2026-11-30T23:59:30"), london("2026-12-01T00:00"), CALENDAR).text())
        .isEqualTo("Due by the end of today (1 minute left)");
  }

  @Test
  void overdueSaysByHowMuchAndWhenItWasDue() {
    assertThat(TimeLeft.until(london("2026-12-01T00:45"), london("2026-12-01T00:00"), CALENDAR).text())
        .isEqualTo("Overdue by 45 minutes (was due by the end of Monday 30 November)");
    assertThat(TimeLeft.until(london("2026-12-01T01:00"), london("2026-12-01T00:00"), CALENDAR).text())
        .isEqualTo("Overdue by 1 hour (was due by the end of Monday 30 November)");
    TimeLeft days = TimeLeft.until(london("2026-12-03T09:00"), london("2026-12-01T00:00"), CALENDAR);
    assertThat(days.text()).isEqualTo("Overdue by 2 days (was due by the end of Monday 30 November)");
    assertThat(days.overdue()).isTrue();
  }

  @Test
  void aDeadlineAcrossTheClockChangeIsCountedInUkDays() {
    // The clocks went back at 02:00 on Sunday 25 October 2026.
    TimeLeft left = TimeLeft.until(london("2026-10-23T17:00"), london("2026-10-27T00:00"), CALENDAR);
    assertThat(left.text()).isEqualTo("1 working day left: due by the end of Monday 26 October");
  }
}
