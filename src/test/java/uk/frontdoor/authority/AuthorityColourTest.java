package uk.frontdoor.authority;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A council's header colour must carry white text at 4.5:1 or more (WCAG 1.4.3). */
class AuthorityColourTest {

  @ParameterizedTest
  @CsvSource({
    "#243b53, true",
    "#0b0c0c, true",
    "#1d70b8, true",
    "#767676, true",
    "#777777, false",
    "#ffdd00, false",
    "#ffffff, false",
    "red, false",
    "#12345, false",
    "'', false"
  })
  void whiteTextMustBeReadable(String colour, boolean readable) {
    assertThat(Authority.readableOnWhiteText(colour)).isEqualTo(readable);
  }
}
