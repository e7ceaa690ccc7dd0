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
}
