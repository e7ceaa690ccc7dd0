package uk.frontdoor.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

  /** The SHA-1 seed of RFC 6238 appendix B. */
  private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
  private static final Instant NOW = Instant.parse("2026-11-27T16:15:00Z");

  @ParameterizedTest(name = "at {0} s the 8-digit code is {1}")
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void matchesTheRfc6238Sha1TestVectors(long epochSecond, String expected) {
    long step = Totp.step(Instant.ofEpochSecond(epochSecond));
    assertThat(Totp.hotp(RFC_SECRET, step, 8)).isEqualTo(expected);
    // Six digits are the same number modulo 10^6: the last six of the eight.
    assertThat(Totp.code(RFC_SECRET, step)).isEqualTo(expected.substring(2));
  }

  @Test
  void stepsAreWholeThirtySecondsSince1970() {
    assertThat(Totp.step(Instant.ofEpochSecond(0))).isZero();
    assertThat(Totp.step(Instant.ofEpochSecond(29))).isZero();
    assertThat(Totp.step(Instant.ofEpochSecond(30))).isEqualTo(1);
    assertThat(Totp.step(Instant.ofEpochSecond(59))).isEqualTo(1);
  }

  @Test
  void takesTheCodeOfTheStepBeforeAtOrAfterNowAndNoOther() {
    long now = Totp.step(NOW);
    for (long step = now - 1; step <= now + 1; step++) {
      assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), NOW, Long.MIN_VALUE))
          .hasValue(step);
    }
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, now - 2), NOW, Long.MIN_VALUE)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, now + 2), NOW, Long.MIN_VALUE)).isEmpty();
  }

  @Test
  void refusesACodeAlreadyUsedOrOlderThanTheLastUsed() {
    long now = Totp.step(NOW);
    String code = Totp.code(RFC_SECRET, now);
    OptionalLong first = Totp.matchingStep(RFC_SECRET, code, NOW, Long.MIN_VALUE);
    assertThat(first).hasValue(now);
    assertThat(Totp.matchingStep(RFC_SECRET, code, NOW, first.getAsLong())).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, now - 1), NOW, now)).isEmpty();
    // The next step's code is still good once.
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, now + 1), NOW, now)).hasValue(now + 1);
  }

  @Test
  void refusesAnythingButSixDigits() {
    String code = Totp.code(RFC_SECRET, Totp.step(NOW));
    assertThat(Totp.matchingStep(RFC_SECRET, null, NOW, Long.MIN_VALUE)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, code.substring(1), NOW, Long.MIN_VALUE)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, code + "0", NOW, Long.MIN_VALUE)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, "12345a", NOW, Long.MIN_VALUE)).isEmpty();
  }

  @Test
  void newSecretsAreTwentyRandomBytes() {
    SecureRandom random = new SecureRandom();
    byte[] one = Totp.newSecret(random);
    assertThat(one).hasSize(20);
    assertThat(Totp.newSecret(random)).isNotEqualTo(one);
  }

  @Test
  void theKeyUriIsWhatAuthenticatorAppsRead() {
    assertThat(Totp.keyUri("Front Door", "mash.worker@oxfordshire.demo", RFC_SECRET))
        .isEqualTo(
            "otpauth://totp/Front%20Door:mash.worker%40oxfordshire.demo"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Front%20Door");
  }

  @Test
  void base32FollowsRfc4648AndReadsWhatPeopleType() {
    // RFC 4648 section 10, without padding.
    String[][] vectors = {{"", ""}, {"f", "MY"}, {"fo", "MZXQ"}, {"foo", "MZXW6"}, {"foob", "MZXW6YQ"},
      {"fooba", "MZXW6YTB"}, {"foobar", "MZXW6YTBOI"}};
    for (String[] vector : vectors) {
      assertThat(Base32.encode(vector[0].getBytes(StandardCharsets.US_ASCII))).isEqualTo(vector[1]);
      assertThat(new String(Base32.decode(vector[1]), StandardCharsets.US_ASCII)).isEqualTo(vector[0]);
    }
    assertThat(Base32.decode("mzxw 6ytb-oi======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    assertThat(Base32.grouped("MZXW6YTBOI")).isEqualTo("MZXW 6YTB OI");
    assertThatThrownBy(() -> Base32.decode("MZ1W")).isInstanceOf(IllegalArgumentException.class);
  }
}
