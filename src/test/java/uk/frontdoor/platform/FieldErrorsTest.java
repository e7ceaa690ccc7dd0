package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates typed as day, month and year: a child's birth, or an unborn child's expected date. */
class FieldErrorsTest {

  static final LocalDate TODAY = LocalDate.parse("2026-11-27");

  @Test
  void aBornChildHasADateOfBirthInThePast() {
    FieldErrors errors = new FieldErrors();
    FieldErrors.ChildDates dates = errors.childDates("2", "3", "2016", "", " ", null, TODAY);
    assertThat(errors.isEmpty()).isTrue();
    assertThat(dates.born()).isEqualTo(LocalDate.parse("2016-03-02"));
    assertThat(dates.expected()).isNull();
  }

  @Test
  void anUnbornChildHasAnExpectedDateWithinTenMonths() {
    FieldErrors errors = new FieldErrors();
    FieldErrors.ChildDates dates = errors.childDates(null, null, null, "14", "3", "2027", TODAY);
    assertThat(errors.isEmpty()).isTrue();
    assertThat(dates.expected()).isEqualTo(LocalDate.parse("2027-03-14"));

    FieldErrors tooFar = new FieldErrors();
    tooFar.childDates(null, null, null, "1", "1", "2028", TODAY);
    assertThat(tooFar.asMap()).containsEntry("dueDay", "Expected date must be within the next 10 months");

    FieldErrors past = new FieldErrors();
    past.childDates(null, null, null, "26", "11", "2026", TODAY);
    assertThat(past.asMap().get("dueDay")).startsWith("Expected date must be today or in the future");
  }

  @Test
  void notBothAndNotHalfADate() {
    FieldErrors both = new FieldErrors();
    FieldErrors.ChildDates dates = both.childDates("2", "3", "2016", "14", "3", "2027", TODAY);
    assertThat(both.asMap()).containsEntry("dueDay", "Give a date of birth or an expected date, not both");
    assertThat(dates.born()).isNull();

    FieldErrors half = new FieldErrors();
    half.childDates("2", "", "2016", "30", "2", "2027", TODAY);
    assertThat(half.asMap())
        .containsEntry("dobDay", "Date of birth must include a day, month and year, or leave it all empty")
        .containsEntry("dueDay", "Expected date must be a real date");

    FieldErrors future = new FieldErrors();
    future.childDates("28", "11", "2026", null, null, null, TODAY);
    assertThat(future.asMap()).containsEntry("dobDay", "Date of birth must be today or in the past");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "01632 960 001, true",
    "07700900982, true",
    "+44 7700 900 982, true",
    "+353 1 234 5678, true",
    "0800 1111, false",
    "12345, false",
    "+44 7700 900 982 12345, false",
    "call me, false",
    "07700-900-982, false",
    "0770 +0900982, false"
  })
  void aPhoneNumberIsDigitsSpacesAndALeadingPlusWithTenToThirteenDigits(String typed, boolean fine) {
    FieldErrors errors = new FieldErrors();
    assertThat(errors.phone("phone", typed, false, null)).isEqualTo(typed.strip());
    assertThat(errors.isEmpty()).isEqualTo(fine);
    if (!fine) {
      assertThat(errors.asMap().get("phone")).contains("10 to 13 digits").contains("only digits, spaces and +");
    }
  }

  @Test
  void aMissingPhoneNumberIsAnErrorOnlyWhenOneIsNeeded() {
    FieldErrors optional = new FieldErrors();
    assertThat(optional.phone("phone", "  ", false, null)).isNull();
    assertThat(optional.isEmpty()).isTrue();
    FieldErrors required = new FieldErrors();
    required.phone("phone", null, true, "Enter a phone number");
    assertThat(required.asMap()).containsEntry("phone", "Enter a phone number");
  }

  @Test
  void errorsHandedOnByARedirectComeBackInOrder() {
    java.util.Map<String, Object> model = new java.util.LinkedHashMap<>();
    assertThat(FieldErrors.flashed(model).isEmpty()).isTrue();
    java.util.Map<String, String> flashed = new java.util.LinkedHashMap<>();
    flashed.put("name", "Enter your name");
    flashed.put("phone", "Enter a phone number with 10 to 13 digits");
    model.put("errors", flashed);
    assertThat(FieldErrors.flashed(model).ordered()).containsExactly(
        java.util.Map.entry("name", "Enter your name"),
        java.util.Map.entry("phone", "Enter a phone number with 10 to 13 digits"));
  }

  @Test
  void aTimeOfDayIsReadAsPeopleTypeItAndAnythingElseIsAnErrorBesideTheField() {
    FieldErrors errors = new FieldErrors();
    assertThat(errors.typedTime("t", "9:30am")).contains(java.time.LocalTime.of(9, 30));
    assertThat(errors.typedTime("t", " 9.30 PM ")).contains(java.time.LocalTime.of(21, 30));
    assertThat(errors.typedTime("t", "14:30")).contains(java.time.LocalTime.of(14, 30));
    assertThat(errors.typedTime("t", "midday")).contains(java.time.LocalTime.NOON);
    assertThat(errors.typedTime("t", "12am")).contains(java.time.LocalTime.MIDNIGHT);
    assertThat(errors.typedTime("t", "")).isEmpty();
    assertThat(errors.isEmpty()).isTrue();
    for (String wrong : new String[] {"25 o'clock", "13pm", "9", "24:00", "9:75", "\u0000"}) {
      FieldErrors one = new FieldErrors();
      assertThat(one.typedTime("t", wrong)).as(wrong).isEmpty();
      assertThat(one.asMap()).as(wrong).containsEntry("t", "Enter the time like 9:30am or 14:30, or leave it empty");
    }
  }

  @Test
  void aDayAndATimeTypedAreOneMomentInTheZoneTheDaysStartWithoutATime() {
    java.time.ZoneId uk = java.time.ZoneId.of("Europe/London");
    assertThat(FieldErrors.typedMoment("25", "11", "2026", "9:30am", uk)).contains(java.time.Instant.parse("2026-11-25T09:30:00Z"));
    assertThat(FieldErrors.typedMoment("25", "6", "2026", "9:30am", uk)).as("summer time").contains(java.time.Instant.parse("2026-06-25T08:30:00Z"));
    assertThat(FieldErrors.typedMoment("25", "11", "2026", null, uk)).contains(java.time.Instant.parse("2026-11-25T00:00:00Z"));
    assertThat(FieldErrors.typedMoment("31", "2", "2026", "9am", uk)).isEmpty();
  }
}
