package uk.frontdoor.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class TotpSecretsTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
  private final TotpSecrets secrets = new TotpSecrets(KEY);

  @Test
  void aSealedSecretOpensOnlyForItsOwnUserAndKey() {
    byte[] secret = secrets.newSecret();
    byte[] sealed = secrets.seal("a@council.example", secret);
    assertThat(sealed).hasSize(1 + 12 + 20 + 16);
    assertThat(secrets.seal("a@council.example", secret)).as("a fresh nonce each time").isNotEqualTo(sealed);
    assertThat(secrets.open("a@council.example", sealed)).isEqualTo(secret);
    assertThatThrownBy(() -> secrets.open("b@council.example", sealed)).isInstanceOf(IllegalStateException.class);
    byte[] otherKey = new byte[32];
    otherKey[0] = 1;
    TotpSecrets other = new TotpSecrets(Base64.getEncoder().encodeToString(otherKey));
    assertThatThrownBy(() -> other.open("a@council.example", sealed)).isInstanceOf(IllegalStateException.class);
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> secrets.open("a@council.example", sealed)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesAKeyThatIsNotThirtyTwoBytes() {
    assertThatThrownBy(() -> new TotpSecrets(Base64.getEncoder().encodeToString(new byte[16])))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new TotpSecrets("not base64!")).isInstanceOf(IllegalStateException.class);
  }
}
