package uk.frontdoor.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A council's closures and shorter days in its calendar: working days, office status and working time. */
class SpecialDaysTest {

  static final WorkingCalendar PLAIN = WorkingCalendar.englandAndWales();
  static final OfficeHours HOURS = weekdays("08:30", "17:00");

  static OfficeHours weekdays(String opens, String closes) {
    OfficeHours.Builder builder = OfficeHours.builder();
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      builder.open(day, opens, closes);
    }
    return builder.build();
  }

  static Instant uk(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2026, month, day, hour, minute).atZone(UkTime.ZONE).toInstant();
  }

  static WorkingCalendar with(SpecialDays.Day... days) {
    return PLAIN.withSpecialDays(SpecialDays.of(List.of(days)));
  }

  @Test
  void aClosureIsNotAWorkingDayAndMovesADeadlinePastIt() {
    WorkingCalendar closed = with(new SpecialDays.Day(LocalDate.of(2026, 11, 30), null, "Training day"));
    Instant friday = uk(11, 27, 16, 15);
    assertThat(PLAIN.addWorkingDays(friday, 1)).isEqualTo(uk(12, 1, 0, 0));
    assertThat(closed.addWorkingDays(friday, 1)).isEqualTo(uk(12, 2, 0, 0));
    assertThat(closed.workingDaysBetween(friday, uk(12, 1, 12, 0))).isEqualTo(1);
    assertThat(closed.officeStatus(HOURS, uk(11, 30, 10, 0)).state()).isEqualTo(OfficeStatus.State.CLOSED);
    assertThat(closed.nextOpening(HOURS, uk(11, 27, 17, 30))).contains(uk(12, 1, 8, 30));
  }

  @Test
  void aShorterDayClosesEarlyButStillCounts() {
    WorkingCalendar shorter = with(new SpecialDays.Day(LocalDate.of(2026, 12, 24), LocalTime.of(13, 0), "Christmas Eve"));
    assertThat(shorter.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
    OfficeStatus morning = shorter.officeStatus(HOURS, uk(12, 24, 10, 0));
    assertThat(morning.state()).isEqualTo(OfficeStatus.State.OPEN);
    assertThat(morning.changesAt()).contains(uk(12, 24, 13, 0));
    assertThat(shorter.officeStatus(HOURS, uk(12, 24, 14, 0)).state()).isEqualTo(OfficeStatus.State.CLOSED);
    assertThat(PLAIN.officeStatus(HOURS, uk(12, 24, 14, 0)).state()).isEqualTo(OfficeStatus.State.OPEN);
    assertThat(shorter.addWorkingTime(HOURS, uk(12, 24, 12, 0), java.time.Duration.ofHours(2)))
        .as("an hour on Christmas Eve, the next after Christmas and Boxing Day's bank holidays (28th) and the weekend")
        .contains(uk(12, 29, 9, 30));
  }

  @Test
  void anEarlyCloseBeforeTheOfficeOpensShutsItAndOneAfterItClosesChangesNothing() {
    WorkingCalendar early = with(
        new SpecialDays.Day(LocalDate.of(2026, 12, 1), LocalTime.of(8, 0), "Shut"),
        new SpecialDays.Day(LocalDate.of(2026, 12, 2), LocalTime.of(18, 0), "Late"));
    assertThat(early.officeStatus(HOURS, uk(12, 1, 9, 0)).state()).isEqualTo(OfficeStatus.State.CLOSED);
    assertThat(early.officeStatus(HOURS, uk(12, 2, 16, 0)).changesAt()).isEqualTo(Optional.of(uk(12, 2, 17, 0)));
  }
}
