package uk.frontdoor.authority;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.frontdoor.authority.OfficeStatus.State;

/**
 * Working days, deadlines and office hours in UK time. Instants are written in UTC: UK time is UTC
 * in winter (GMT) and UTC+1 in summer (BST, 29 March to 25 October 2026).
 */
class WorkingCalendarTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.englandAndWales();

  private static final OfficeHours OXFORDSHIRE =
      OfficeHours.parse(OfficeHoursTest.OXFORDSHIRE, false, true);

  private static final OfficeHours WEST_BERKSHIRE =
      OfficeHours.parse(
          Map.of(
              "MONDAY", "08:30-17:00",
              "TUESDAY", "08:30-17:00",
              "WEDNESDAY", "08:30-17:00",
              "THURSDAY", "08:30-17:00",
              "FRIDAY", "08:30-16:30"),
          false,
          true);

  private static final OfficeHours SOUTHAMPTON = OfficeHours.anyTime();

  private static final OfficeHours NORTHAMPTONSHIRE =
      OfficeHours.parse(OfficeHoursTest.NORTHAMPTONSHIRE, false, true);

  private static Instant at(String utc) {
    return Instant.parse(utc);
  }

  private static OfficeStatus open(String changesAt) {
    return new OfficeStatus(State.OPEN, Optional.of(at(changesAt)));
  }

  private static OfficeStatus closed(String changesAt) {
    return new OfficeStatus(State.CLOSED, Optional.of(at(changesAt)));
  }

  @Test
  void usesUkTime() {
    assertThat(CALENDAR.zone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(CALENDAR.londonDate(at("2026-10-24T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 10, 25));
    assertThat(CALENDAR.londonDate(at("2026-11-27T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 11, 27));
  }

  @Nested
  class WorkingDays {

    @Test
    void weekdaysThatAreNotBankHolidays() {
      assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 11, 27))).isTrue();
      assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
      assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse();
      assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
    }

    @Test
    void aSubstituteBankHolidayIsNotAWorkingDay() {
      assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
      assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
      assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 12, 27))).isFalse();
      assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 12, 28))).isFalse();
    }
  }

  @Nested
  class Deadlines {

    @Test
    void oneWorkingDayFromFridayAfternoonEndsWithMonday() {
      assertThat(CALENDAR.addWorkingDays(at("2026-11-27T16:15:00Z"), 1))
          .isEqualTo(at("2026-12-01T00:00:00Z"));
    }

    @Test
    void theStartDayIsDayZeroEvenAtAWeekend() {
      assertThat(CALENDAR.addWorkingDays(at("2026-11-28T10:00:00Z"), 1))
          .isEqualTo(at("2026-12-01T00:00:00Z"));
      assertThat(CALENDAR.addWorkingDays(at("2026-11-27T00:00:00Z"), 1))
          .isEqualTo(at("2026-12-01T00:00:00Z"));
      assertThat(CALENDAR.addWorkingDays(at("2026-11-26T23:59:59Z"), 1))
          .isEqualTo(at("2026-11-28T00:00:00Z"));
    }

    @Test
    void christmasAndTheSubstituteBoxingDayAreSkipped() {
      assertThat(CALENDAR.addWorkingDays(at("2026-12-24T10:00:00Z"), 1))
          .isEqualTo(at("2026-12-30T00:00:00Z"));
    }

    @Test
    void goodFridayAndEasterMondayAreSkipped() {
      assertThat(CALENDAR.addWorkingDays(at("2026-04-02T09:00:00Z"), 1))
          .as("end of Tuesday 7 April, BST")
          .isEqualTo(at("2026-04-07T23:00:00Z"));
    }

    @Test
    void fortyFiveWorkingDaysForAnAssessment() {
      assertThat(CALENDAR.addWorkingDays(at("2026-11-02T10:00:00Z"), 45))
          .as("end of Thursday 7 January 2027")
          .isEqualTo(at("2027-01-08T00:00:00Z"));
      assertThat(CALENDAR.addWorkingDays(at("2026-03-10T10:00:00Z"), 45))
          .as("end of Friday 15 May 2026, across the clocks going forward and Easter")
          .isEqualTo(at("2026-05-15T23:00:00Z"));
    }

    @Test
    void fifteenWorkingDaysForAnInitialConference() {
      assertThat(CALENDAR.addWorkingDays(at("2026-12-16T14:00:00Z"), 15))
          .as("end of Monday 11 January 2027")
          .isEqualTo(at("2027-01-12T00:00:00Z"));
    }

    @Test
    void theLastDayOfADeadlineIsItsNthWorkingDayInSummerTimeToo() {
      assertThat(CALENDAR.nthWorkingDayAfter(LocalDate.of(2026, 12, 16), 15)).isEqualTo(LocalDate.of(2027, 1, 11));
      assertThat(CALENDAR.nthWorkingDayAfter(LocalDate.of(2026, 4, 2), 1)).as("over Easter, BST").isEqualTo(LocalDate.of(2026, 4, 7));
      SpecialDays closure = new SpecialDays(java.util.List.of(new SpecialDays.Day(LocalDate.of(2026, 4, 7), null, "Closed")));
      assertThat(CALENDAR.withSpecialDays(closure).nthWorkingDayAfter(LocalDate.of(2026, 4, 2), 1))
          .as("and the council's closure").isEqualTo(LocalDate.of(2026, 4, 8));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void aDeadlineIsAtLeastOneWorkingDay(int n) {
      assertThatThrownBy(() -> CALENDAR.addWorkingDays(at("2026-11-27T16:15:00Z"), n))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNightTheClocksGoBackCountsFromSunday() {
      Instant start = at("2026-10-24T23:30:00Z");
      assertThat(CALENDAR.londonDate(start)).isEqualTo(LocalDate.of(2026, 10, 25));
      assertThat(CALENDAR.addWorkingDays(start, 1))
          .as("end of Monday 26 October, GMT")
          .isEqualTo(at("2026-10-27T00:00:00Z"));
    }

    @Test
    void aDeadlineCanEndInSummerTime() {
      assertThat(CALENDAR.addWorkingDays(at("2026-03-27T10:00:00Z"), 1))
          .as("end of Monday 30 March, BST")
          .isEqualTo(at("2026-03-30T23:00:00Z"));
      assertThat(CALENDAR.addWorkingDays(at("2026-03-29T00:30:00Z"), 1))
          .as("from 00:30 GMT on the Sunday the clocks go forward")
          .isEqualTo(at("2026-03-30T23:00:00Z"));
      assertThat(CALENDAR.addWorkingDays(at("2026-03-26T10:00:00Z"), 1))
          .as("end of Friday 27 March, still GMT")
          .isEqualTo(at("2026-03-28T00:00:00Z"));
    }
  }

  @Nested
  class Counting {

    @Test
    void countsWorkingDaysAfterTheStartDayUpToTheEndDay() {
      Instant fridayAfternoon = at("2026-11-27T16:15:00Z");
      assertThat(CALENDAR.workingDaysBetween(fridayAfternoon, at("2026-11-29T12:00:00Z"))).isZero();
      assertThat(CALENDAR.workingDaysBetween(fridayAfternoon, at("2026-11-30T00:00:00Z"))).isEqualTo(1);
      assertThat(CALENDAR.workingDaysBetween(fridayAfternoon, at("2026-12-04T23:59:59Z"))).isEqualTo(5);
      assertThat(CALENDAR.workingDaysBetween(at("2026-12-24T10:00:00Z"), at("2026-12-29T12:00:00Z")))
          .isEqualTo(1);
    }

    @Test
    void nothingIsCountedBackwardsOrWithinADay() {
      Instant start = at("2026-11-27T16:15:00Z");
      assertThat(CALENDAR.workingDaysBetween(start, start)).isZero();
      assertThat(CALENDAR.workingDaysBetween(start, at("2026-11-20T16:15:00Z"))).isZero();
      assertThat(CALENDAR.workingDaysBetween(at("2026-11-26T08:00:00Z"), at("2026-11-26T20:00:00Z")))
          .isZero();
    }

    @Test
    void theDayChangesAtUkMidnightAcrossTheClocksGoingForward() {
      Instant saturdayNight = at("2026-03-28T23:30:00Z");
      assertThat(CALENDAR.workingDaysBetween(saturdayNight, at("2026-03-29T22:59:59Z")))
          .as("23:59:59 BST on Sunday 29 March")
          .isZero();
      assertThat(CALENDAR.workingDaysBetween(saturdayNight, at("2026-03-29T23:00:00Z")))
          .as("00:00 BST on Monday 30 March")
          .isEqualTo(1);
      assertThat(CALENDAR.workingDaysBetween(at("2026-03-27T12:00:00Z"), at("2026-04-02T12:00:00Z")))
          .isEqualTo(4);
    }

    @Test
    void theDayChangesAtUkMidnightAcrossTheClocksGoingBack() {
      Instant sunday = at("2026-10-24T23:30:00Z");
      assertThat(CALENDAR.workingDaysBetween(sunday, at("2026-10-25T23:59:59Z"))).isZero();
      assertThat(CALENDAR.workingDaysBetween(sunday, at("2026-10-26T00:00:00Z"))).isEqualTo(1);
      assertThat(CALENDAR.workingDaysBetween(at("2026-10-23T22:59:59Z"), at("2026-10-26T12:00:00Z")))
          .as("from 23:59:59 BST on Friday 23 October")
          .isEqualTo(1);
    }

    @Test
    void aDeadlineIsJustAfterItsLastWorkingDay() {
      Duration step = Duration.ofHours(7).plusMinutes(13).plusSeconds(17);
      for (Instant start = at("2024-01-01T00:00:00Z");
          start.isBefore(at("2027-10-01T00:00:00Z"));
          start = start.plus(step)) {
        for (int n : new int[] {1, 2, 3, 5, 10, 15, 45}) {
          Instant deadline = CALENDAR.addWorkingDays(start, n);
          assertThat(CALENDAR.workingDaysBetween(start, deadline.minusNanos(1)))
              .as("%d working days from %s", n, start)
              .isEqualTo(n);
          assertThat(CALENDAR.isWorkingDay(CALENDAR.londonDate(deadline.minusNanos(1))))
              .as("last day of %d working days from %s", n, start)
              .isTrue();
          assertThat(deadline.atZone(CALENDAR.zone()).toLocalTime()).isEqualTo("00:00");
        }
      }
    }
  }

  @Nested
  class OfficeStatusAndNextOpening {

    @Test
    void oxfordshireHasClosedByFridayAt415AndOpensOnMonday() {
      Instant fridayAfternoon = at("2026-11-27T16:15:00Z");
      assertThat(CALENDAR.officeStatus(OXFORDSHIRE, fridayAfternoon)).isEqualTo(closed("2026-11-30T08:30:00Z"));
      assertThat(CALENDAR.nextOpening(OXFORDSHIRE, fridayAfternoon)).contains(at("2026-11-30T08:30:00Z"));
    }

    @Test
    void westBerkshireIsStillOpenOnFridayAt415UntilHalfPastFour() {
      Instant fridayAfternoon = at("2026-11-27T16:15:00Z");
      assertThat(CALENDAR.officeStatus(WEST_BERKSHIRE, fridayAfternoon)).isEqualTo(open("2026-11-27T16:30:00Z"));
      assertThat(CALENDAR.nextOpening(WEST_BERKSHIRE, fridayAfternoon)).contains(fridayAfternoon);
    }

    @Test
    void opensAtTheOpeningTimeAndClosesAtTheClosingTime() {
      assertThat(CALENDAR.officeStatus(OXFORDSHIRE, at("2026-11-30T08:29:59Z"))).isEqualTo(closed("2026-11-30T08:30:00Z"));
      assertThat(CALENDAR.officeStatus(OXFORDSHIRE, at("2026-11-30T08:30:00Z"))).isEqualTo(open("2026-11-30T17:00:00Z"));
      assertThat(CALENDAR.officeStatus(OXFORDSHIRE, at("2026-11-30T17:00:00Z"))).isEqualTo(closed("2026-12-01T08:30:00Z"));
    }

    @Test
    void closedOnTheSubstituteBoxingDay() {
      assertThat(CALENDAR.officeStatus(OXFORDSHIRE, at("2026-12-28T11:00:00Z"))).isEqualTo(closed("2026-12-29T08:30:00Z"));
      assertThat(CALENDAR.nextOpening(OXFORDSHIRE, at("2026-12-26T12:00:00Z"))).contains(at("2026-12-29T08:30:00Z"));
    }

    @Test
    void closedOnGoodFridayUntilTheTuesdayAfterEaster() {
      assertThat(CALENDAR.officeStatus(OXFORDSHIRE, at("2026-04-03T09:00:00Z")))
          .as("10am BST on Good Friday; opens 8:30am BST on Tuesday 7 April")
          .isEqualTo(closed("2026-04-07T07:30:00Z"));
    }

    @Test
    void anOfficeOpenOnBankHolidaysOpensOnThem() {
      OfficeHours openOnBankHolidays =
          OfficeHours.builder().open(MONDAY, "09:00", "17:00").closedOnBankHolidays(false).build();
      assertThat(CALENDAR.officeStatus(openOnBankHolidays, at("2026-12-28T11:00:00Z")))
          .isEqualTo(open("2026-12-28T17:00:00Z"));
    }

    @Test
    void hoursFollowUkTimeAcrossTheClocksGoingBack() {
      assertThat(CALENDAR.officeStatus(OXFORDSHIRE, at("2026-10-23T07:00:00Z")))
          .as("8am BST on Friday 23 October")
          .isEqualTo(closed("2026-10-23T07:30:00Z"));
      assertThat(CALENDAR.officeStatus(OXFORDSHIRE, at("2026-10-23T07:30:00Z")))
          .as("8:30am BST, open until 4pm BST")
          .isEqualTo(open("2026-10-23T15:00:00Z"));
      assertThat(CALENDAR.nextOpening(OXFORDSHIRE, at("2026-10-25T01:30:00Z")))
          .as("8:30am GMT on Monday 26 October")
          .contains(at("2026-10-26T08:30:00Z"));
      assertThat(CALENDAR.officeStatus(OXFORDSHIRE, at("2026-10-26T08:00:00Z")))
          .isEqualTo(closed("2026-10-26T08:30:00Z"));
    }

    @Test
    void hoursFollowUkTimeAcrossTheClocksGoingForward() {
      assertThat(CALENDAR.officeStatus(OXFORDSHIRE, at("2026-03-27T16:15:00Z")))
          .as("4:15pm GMT on Friday 27 March; opens 8:30am BST on Monday")
          .isEqualTo(closed("2026-03-30T07:30:00Z"));
      assertThat(CALENDAR.officeStatus(OXFORDSHIRE, at("2026-03-30T07:30:00Z")))
          .isEqualTo(open("2026-03-30T16:00:00Z"));
    }

    @Test
    void southamptonAnswersAnyTime() {
      OfficeStatus alwaysOpen = new OfficeStatus(State.OPEN, Optional.empty());
      Instant sundayNight = at("2026-11-29T03:00:00Z");
      Instant christmasDay = at("2026-12-25T12:00:00Z");
      assertThat(CALENDAR.officeStatus(SOUTHAMPTON, sundayNight)).isEqualTo(alwaysOpen);
      assertThat(CALENDAR.officeStatus(SOUTHAMPTON, christmasDay)).isEqualTo(alwaysOpen);
      assertThat(CALENDAR.nextOpening(SOUTHAMPTON, christmasDay)).contains(christmasDay);
    }

    @Test
    void unpublishedHoursAreUnknownOnTheDayAndNeverGuessed() {
      Instant tuesday = at("2026-11-24T14:00:00Z");
      assertThat(CALENDAR.officeStatus(NORTHAMPTONSHIRE, tuesday))
          .isEqualTo(new OfficeStatus(State.UNKNOWN, Optional.empty()));
      assertThat(CALENDAR.nextOpening(NORTHAMPTONSHIRE, tuesday)).isEmpty();
    }

    @Test
    void anOfficeWithUnpublishedHoursIsClosedAtTheWeekendAndOnBankHolidays() {
      OfficeStatus closedUntilUnknown = new OfficeStatus(State.CLOSED, Optional.empty());
      Instant saturday = at("2026-11-28T14:00:00Z");
      Instant summerBankHoliday = at("2026-08-31T13:00:00Z");
      assertThat(CALENDAR.officeStatus(NORTHAMPTONSHIRE, saturday)).isEqualTo(closedUntilUnknown);
      assertThat(CALENDAR.officeStatus(NORTHAMPTONSHIRE, summerBankHoliday)).isEqualTo(closedUntilUnknown);
      assertThat(CALENDAR.nextOpening(NORTHAMPTONSHIRE, saturday)).isEmpty();
    }

    @Test
    void theNextOpeningIsKnownOnlyIfNoUnpublishedDayComesFirst() {
      OfficeHours mondayKnown =
          OfficeHours.builder().open(MONDAY, "09:00", "17:00").unstated(TUESDAY).build();
      assertThat(CALENDAR.officeStatus(mondayKnown, at("2026-11-28T14:00:00Z")))
          .isEqualTo(closed("2026-11-30T09:00:00Z"));
      assertThat(CALENDAR.officeStatus(mondayKnown, at("2026-11-30T18:00:00Z")))
          .isEqualTo(new OfficeStatus(State.CLOSED, Optional.empty()));
    }

    @Test
    void hoursRunningPastMidnightCloseWhenTheyEnd() {
      OfficeHours.Builder builder = OfficeHours.builder();
      for (DayOfWeek day : DayOfWeek.values()) {
        builder.open(day, "00:00", "24:00");
      }
      OfficeHours allDayExceptBankHolidays = builder.build();
      assertThat(CALENDAR.officeStatus(allDayExceptBankHolidays, at("2026-12-24T12:00:00Z")))
          .isEqualTo(open("2026-12-25T00:00:00Z"));
      assertThat(CALENDAR.officeStatus(allDayExceptBankHolidays, at("2026-12-25T12:00:00Z")))
          .isEqualTo(closed("2026-12-26T00:00:00Z"));
      assertThat(CALENDAR.officeStatus(allDayExceptBankHolidays, at("2026-12-26T12:00:00Z")))
          .isEqualTo(open("2026-12-28T00:00:00Z"));

      OfficeHours neverCloses = builder.closedOnBankHolidays(false).build();
      assertThat(CALENDAR.officeStatus(neverCloses, at("2026-12-25T12:00:00Z")))
          .isEqualTo(new OfficeStatus(State.OPEN, Optional.empty()));

      OfficeHours lateMonday =
          OfficeHours.builder().open(MONDAY, "18:00", "24:00").open(TUESDAY, "00:00", "02:00").build();
      assertThat(CALENDAR.officeStatus(lateMonday, at("2026-11-30T20:00:00Z")))
          .isEqualTo(open("2026-12-01T02:00:00Z"));
    }

    @Test
    void anOfficeThatNeverOpensHasNoNextOpening() {
      OfficeHours never = OfficeHours.parse(Map.of(), false, true);
      assertThat(CALENDAR.officeStatus(never, at("2026-11-27T12:00:00Z")))
          .isEqualTo(new OfficeStatus(State.CLOSED, Optional.empty()));
      assertThat(CALENDAR.nextOpening(never, at("2026-11-27T12:00:00Z"))).isEmpty();
    }
  }

  @Nested
  class WorkingTime {

    private Optional<Instant> fourHoursFrom(OfficeHours hours, String start) {
      return CALENDAR.addWorkingTime(hours, at(start), java.time.Duration.ofHours(4));
    }

    @Test
    void theClockRunsOnlyWhileTheOfficeIsOpen() {
      // West Berkshire: 15 minutes left on Friday, the rest from Monday's 08:30 opening.
      assertThat(fourHoursFrom(WEST_BERKSHIRE, "2026-11-27T16:15:00Z")).contains(at("2026-11-30T12:15:00Z"));
      // Oxfordshire closed at 16:00: all four hours on Monday.
      assertThat(fourHoursFrom(OXFORDSHIRE, "2026-11-27T16:15:00Z")).contains(at("2026-11-30T12:30:00Z"));
      assertThat(fourHoursFrom(OXFORDSHIRE, "2026-11-30T09:00:00Z")).contains(at("2026-11-30T13:00:00Z"));
    }

    @Test
    void anOfficeThatNeverClosesCountsEveryHour() {
      assertThat(fourHoursFrom(SOUTHAMPTON, "2026-11-27T22:00:00Z")).contains(at("2026-11-28T02:00:00Z"));
    }

    @Test
    void christmasAndTheSubstituteBoxingDayAreNotWorkingTime() {
      // Two hours on Christmas Eve; the office reopens on Tuesday 29 December 2026.
      assertThat(fourHoursFrom(OXFORDSHIRE, "2026-12-24T15:00:00Z")).contains(at("2026-12-29T10:30:00Z"));
    }

    @Test
    void onlyPositiveWorkingTime() {
      assertThatThrownBy(() -> CALENDAR.addWorkingTime(OXFORDSHIRE, at("2026-11-30T09:00:00Z"), java.time.Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
