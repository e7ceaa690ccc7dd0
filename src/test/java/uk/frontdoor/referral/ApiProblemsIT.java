package uk.frontdoor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.IntegrationTest;

/**
 * The problems the partner API answers before a controller is reached (no key, not JSON, too
 * large) are whole RFC 9457 documents, with the same fields as the controller's own.
 */
@IntegrationTest
class ApiProblemsIT {

  @LocalServerPort int port;

  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> post(String key, String contentType, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/oxfordshire/referrals"))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> problem(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    return JsonMapper.builder().build().readValue(response.body(), Map.class);
  }

  @Test
  void noKeyIsA401Problem() throws Exception {
    HttpResponse<String> response = post(null, "application/json", ReferralApiIT.EXAMPLE);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(problem(response))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "type", "about:blank",
                "title", "Unauthorised",
                "status", 401,
                "detail", "Send your organisation's API key as 'Authorization: Bearer <key>'."));
  }

  @Test
  void aBodyThatIsNotJsonIsA415Problem() throws Exception {
    Map<String, Object> problem = problem(post("demo-oxfordshire", "text/plain", ReferralApiIT.EXAMPLE));
    assertThat(problem.keySet()).containsExactlyInAnyOrderElementsOf(List.of("type", "title", "status", "detail"));
    assertThat(problem.get("status")).isEqualTo(415);
    assertThat(problem.get("title")).isEqualTo("Unsupported media type");
  }

  @Test
  void aBodyOverTheLimitIsA413Problem() throws Exception {
    String padded = ReferralApiIT.EXAMPLE.replace("Ava said", " ".repeat(1_000_001) + "Ava said");
    Map<String, Object> problem = problem(post("demo-oxfordshire", "application/json", padded));
    assertThat(problem.get("status")).isEqualTo(413);
    assertThat(problem.get("title")).isEqualTo("Request body too large");
    assertThat(problem.get("detail")).isEqualTo("A referral's body must be at most 1000000 bytes.");
  }
}
