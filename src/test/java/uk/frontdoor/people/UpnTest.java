package uk.frontdoor.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpnTest {

  @ParameterizedTest
  @ValueSource(strings = {"A950000178301", "H243278544154", "X845212818005", "a950 0001 7830 1"})
  void theDfeWorkedExamplesPass(String typed) {
    assertThat(Upn.check(typed)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "R247962919251, CHECK_LETTER",
    "X428558133462, CHECK_LETTER",
    "A95000017830, WRONG_LENGTH",
    "A9500001783012, WRONG_LENGTH",
    "1950000178301, WRONG_FORMAT",
    "A95000017830I, WRONG_FORMAT"
  })
  void mistakesAreNamed(String typed, Upn.Problem problem) {
    assertThat(Upn.check(typed)).contains(problem);
    assertThat(Upn.parse(typed)).isEmpty();
  }

  @Test
  void theCheckLetterIsTheWeightedSumModulo23() {
    String rest = "201234567890";
    int sum = 0;
    for (int i = 0; i < rest.length(); i++) {
      sum += (rest.charAt(i) - '0') * (i + 2);
    }
    char letter = "ABCDEFGHJKLMNPQRTUVWXYZ".charAt(sum % 23);
    assertThat(Upn.check(letter + rest)).isEmpty();
    char wrong = letter == 'A' ? 'B' : 'A';
    assertThat(Upn.check(wrong + rest)).contains(Upn.Problem.CHECK_LETTER);
  }
}
