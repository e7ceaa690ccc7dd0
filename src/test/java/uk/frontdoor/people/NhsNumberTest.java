package uk.frontdoor.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "6541003238", "6716689966", "4010232137"})
  void realNumbersPass(String typed) {
    assertThat(NhsNumber.check(typed)).isEmpty();
    assertThat(NhsNumber.parse(typed)).get().extracting(NhsNumber::value).asString().hasSize(10);
  }

  @ParameterizedTest
  @CsvSource({
    "9434765918, CHECK_DIGIT",
    "0000000001, CHECK_DIGIT",
    "2222222222, CHECK_DIGIT",
    "943476591, WRONG_LENGTH",
    "94347659190, WRONG_LENGTH",
    "94347A5919, NOT_DIGITS"
  })
  void mistakesAreNamed(String typed, NhsNumber.Problem problem) {
    assertThat(NhsNumber.check(typed)).contains(problem);
    assertThat(NhsNumber.parse(typed)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000010"})
  void aCheckDigitOfTenIsNeverIssued(String digits) {
    // 1×10 + 0 + ... + 1×2 = 12; 12 mod 11 = 1; 11 − 1 = 10: no valid check digit exists.
    assertThat(NhsNumber.check(digits)).contains(NhsNumber.Problem.CHECK_DIGIT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"943 476 5919"})
  void isShownInThreeGroups(String typed) {
    assertThat(NhsNumber.parse(typed).orElseThrow().formatted()).isEqualTo("943 476 5919");
  }
}
