package uk.frontdoor.authority;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

  @ParameterizedTest
  @CsvSource({
    "ox1 1aa, OX1 1AA, OX1",
    "RG127AA, RG12 7AA, RG12",
    "  so14   7dx , SO14 7DX, SO14",
    "W1A 0AX, W1A 0AX, W1A",
    "EC1A 1BB, EC1A 1BB, EC1A",
    "M1 1AE, M1 1AE, M1",
    "GIR 0AA, GIR 0AA, GIR"
  })
  void readsWhatPeopleType(String typed, String normalised, String district) {
    Postcode postcode = Postcode.parse(typed).orElseThrow();
    assertThat(postcode.value()).isEqualTo(normalised);
    assertThat(postcode.district()).isEqualTo(district);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "OX1", "OX1 1A", "QX1 1AA", "OX1 1CA", "OX1 1AI", "12345", "OX1 1AA1", "<script>"})
  void rejectsWhatIsNotAPostcode(String typed) {
    assertThat(Postcode.parse(typed)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"RG8 7AA, RG8, true", "RG8 7AA, RG8 7, true", "RG8 9AA, RG8 7, false", "RG18 1AA, RG1, false"})
  void liesWithinADistrictOrSector(String postcode, String area, boolean within) {
    assertThat(Postcode.parse(postcode).orElseThrow().isWithin(area)).isEqualTo(within);
  }
}
