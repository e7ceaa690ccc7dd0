package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTest {

  private final ClientAddresses addresses = new ClientAddresses(List.of("10.0.0.0/8", "192.0.2.1", "2001:db8:ffff::/48"));

  private String client(String peer, String header, String... values) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr(peer);
    for (String value : values) {
      request.addHeader(header, value);
    }
    return addresses.of(request);
  }

  @Test
  void withNoTrustedProxyEveryHeaderIsIgnored() {
    ClientAddresses none = new ClientAddresses(List.of());
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr("10.1.1.1");
    request.addHeader("X-Forwarded-For", "203.0.113.1");
    request.addHeader("Forwarded", "for=203.0.113.1");
    assertThat(none.of(request)).isEqualTo("10.1.1.1");
  }

  @Test
  void aHeaderFromAnUntrustedPeerIsIgnored() {
    assertThat(client("203.0.113.5", "X-Forwarded-For", "198.51.100.1")).isEqualTo("203.0.113.5");
    assertThat(client("203.0.113.5", "Forwarded", "for=198.51.100.1")).isEqualTo("203.0.113.5");
  }

  @Test
  void aTrustedProxysHeaderIsReadFromTheRightPassingOverTrustedProxies() {
    assertThat(client("10.0.0.1", "X-Forwarded-For", "198.51.100.1")).isEqualTo("198.51.100.1");
    assertThat(client("10.0.0.1", "X-Forwarded-For", "6.6.6.6, 198.51.100.1, 10.2.2.2")).isEqualTo("198.51.100.1");
    assertThat(client("10.0.0.1", "X-Forwarded-For", "6.6.6.6", "198.51.100.1")).isEqualTo("198.51.100.1");
    assertThat(client("192.0.2.1", "X-Forwarded-For", "198.51.100.1")).isEqualTo("198.51.100.1");
    assertThat(client("192.0.2.2", "X-Forwarded-For", "198.51.100.1")).isEqualTo("192.0.2.2");
  }

  @Test
  void forwardedIsReadAsRfc7239WritesIt() {
    assertThat(client("10.0.0.1", "Forwarded", "for=198.51.100.1;proto=https;by=10.0.0.1")).isEqualTo("198.51.100.1");
    assertThat(client("10.0.0.1", "Forwarded", "For=\"198.51.100.1:4711\"")).isEqualTo("198.51.100.1");
    assertThat(client("10.0.0.1", "Forwarded", "for=\"[2001:db8:cafe::17]:4711\"")).isEqualTo("2001:db8:cafe::17");
    assertThat(client("10.0.0.1", "Forwarded", "for=6.6.6.6, for=198.51.100.1, for=10.3.3.3")).isEqualTo("198.51.100.1");
    assertThat(client("2001:db8:ffff::1", "Forwarded", "for=198.51.100.2")).isEqualTo("198.51.100.2");
  }

  @Test
  void aProxyThatCannotSayWhoItStandsForIsTheClient() {
    assertThat(client("10.0.0.1", "Forwarded", "for=unknown")).isEqualTo("10.0.0.1");
    assertThat(client("10.0.0.1", "Forwarded", "for=_hidden")).isEqualTo("10.0.0.1");
    assertThat(client("10.0.0.1", "X-Forwarded-For", "evil.example.org")).isEqualTo("10.0.0.1");
    assertThat(client("10.0.0.1", "X-Forwarded-For", "")).isEqualTo("10.0.0.1");
  }
}
