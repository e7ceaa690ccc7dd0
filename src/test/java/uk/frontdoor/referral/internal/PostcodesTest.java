package uk.frontdoor.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.frontdoor.platform.FieldErrors;

class PostcodesTest {

  private final FieldErrors errors = new FieldErrors();

  @Test
  void writesAPostcodeAsTheRoyalMailDoes() {
    assertThat(Postcodes.tidy(" ox16 5aa ", errors)).isEqualTo("OX16 5AA");
    assertThat(Postcodes.tidy("so143ex", errors)).isEqualTo("SO14 3EX");
    assertThat(errors.isEmpty()).isTrue();
  }

  @Test
  void noPostcodeIsNotAnError() {
    assertThat(Postcodes.tidy("  ", errors)).isNull();
    assertThat(Postcodes.tidy(null, errors)).isNull();
    assertThat(errors.isEmpty()).isTrue();
  }

  @Test
  void keepsWhatWasTypedWhenItIsNotAPostcode() {
    assertThat(Postcodes.tidy("NOT A POSTCODE", errors)).isEqualTo("NOT A POSTCODE");
    assertThat(errors.asMap()).containsEntry("postcode", "Enter a real postcode, like OX1 1AA, or leave it empty");
  }
}
