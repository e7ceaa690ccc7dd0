package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

  @Test
  void anEmailAddressKeepsItsFirstLetterAndItsDomain() {
    assertThat(LogSafe.email("sam.patel@example.org")).isEqualTo("s***@example.org");
    assertThat(LogSafe.email("not an address")).isEqualTo("***");
    assertThat(LogSafe.email("@example.org")).isEqualTo("***");
    assertThat(LogSafe.email(null)).isEqualTo("***");
  }

  @Test
  void aMessageLosesItsEmailAddressesAndNhsNumbers() {
    assertThat(LogSafe.text("Invalid Addresses: <sam.patel@example.org>, jo@nhs.example.net; 943 476 5919 and 9434765919"))
        .isEqualTo("Invalid Addresses: <s***@example.org>, j***@nhs.example.net; ********** and **********");
    assertThat(LogSafe.text("referral FD-2026-000123 of 2026-11-27, contact 6f1c1c2e-0000-4000-8000-000000000001"))
        .isEqualTo("referral FD-2026-000123 of 2026-11-27, contact 6f1c1c2e-0000-4000-8000-000000000001");
  }

  @Test
  void aFailureIsItsKindAndItsSafeMessageWithItsCauses() {
    Exception failure = new IllegalStateException("could not send", new IllegalArgumentException("bad address x@example.org"));
    assertThat(LogSafe.failure(failure))
        .isEqualTo("IllegalStateException: could not send; caused by IllegalArgumentException: bad address x***@example.org");
  }
}
