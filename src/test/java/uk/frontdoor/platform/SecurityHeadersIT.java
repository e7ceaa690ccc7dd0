package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import uk.frontdoor.IntegrationTest;

/**
 * The security headers on every response from the running server, over a real socket: pages,
 * files, APIs, Spring's error pages, and the servlet container's own answers to requests it
 * refuses before any application code runs.
 */
@IntegrationTest
class SecurityHeadersIT {

  @LocalServerPort int port;

  /** A raw HTTP/1.1 exchange: the status line and the headers (names in lower case). */
  record Answer(String statusLine, Map<String, String> headers) {
    int status() {
      return Integer.parseInt(statusLine.split(" ")[1]);
    }
  }

  private Answer send(String requestLine, String... headers) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
      for (String header : headers) {
        request.append(header).append("\r\n");
      }
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      in.transferTo(read);
      String text = read.toString(StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      String[] lines = (end < 0 ? text : text.substring(0, end)).split("\r\n");
      Map<String, String> parsed = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          parsed.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
        }
      }
      return new Answer(lines[0], parsed);
    }
  }

  private static void assertSecure(Answer answer) {
    assertThat(answer.headers())
        .as(answer.statusLine())
        .containsEntry("content-security-policy", SecurityHeaders.CONTENT_SECURITY_POLICY)
        .containsEntry("x-content-type-options", "nosniff")
        .containsEntry("x-frame-options", "DENY")
        .containsEntry("referrer-policy", "same-origin");
    assertThat(answer.headers().get("content-security-policy")).contains("frame-ancestors 'none'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/oxfordshire/report-a-concern",
        "/oxfordshire/report-online/danger",
        "/staff/sign-in",
        "/no-such-council/report-a-concern",
        "/css/frontdoor.css",
        "/api/v1/oxfordshire/referrals/FD-NOPE",
        "/actuator/health"
      })
  void applicationAnswersCarryTheHeaders(String path) throws IOException {
    Answer answer = send("GET " + path + " HTTP/1.1");
    assertThat(answer.status()).isLessThan(500);
    assertSecure(answer);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /oxfordshire%2Freport-a-concern HTTP/1.1",
        "GET /oxfordshire/%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
        "GET /a%00b HTTP/1.1",
        "GET /?q=<script> HTTP/1.1",
        "GET /a b HTTP/1.1",
        "GET /% HTTP/1.1",
        "GET /;jsessionid=x/../staff HTTP/1.1",
        "BREW / HTTP/1.1",
        "GET / HTTP/7.0",
        "GET"
      })
  void theContainersOwnRefusalsCarryTheHeaders(String requestLine) throws IOException {
    Answer answer = send(requestLine);
    assertThat(answer.status()).as("refused: 4xx, or 505 for an HTTP version it does not speak").isBetween(400, 505).isNotEqualTo(500);
    assertSecure(answer);
  }

  @Test
  void springsErrorPathCarriesTheHeaders() throws IOException {
    assertSecure(send("GET /error HTTP/1.1"));
  }

  @Test
  void aMalformedHeaderIsRefusedWithTheHeaders() throws IOException {
    Answer answer = send("GET / HTTP/1.1", "Bad Header: x", "X-Test: \u0001");
    assertThat(answer.status()).isEqualTo(400);
    assertSecure(answer);
  }

  @Test
  void noStrictTransportSecurityOutsideProductionWhereItIsSet() throws IOException {
    assertThat(send("GET / HTTP/1.1").headers()).doesNotContainKey("strict-transport-security");
    Properties production = new Properties();
    try (InputStream in = new ClassPathResource("application-production.properties").getInputStream()) {
      production.load(in);
    }
    assertThat(production.getProperty("frontdoor.security.hsts")).isEqualTo("max-age=31536000; includeSubDomains");
    assertThat(SecurityHeaders.everyResponse(production.getProperty("frontdoor.security.hsts")))
        .containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
}
