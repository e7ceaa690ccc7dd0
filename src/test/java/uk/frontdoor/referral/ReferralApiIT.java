package uk.frontdoor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.platform.Tenancy;

/** Partner systems send referrals over HTTP with an API key, as a real client would. */
@IntegrationTest
public class ReferralApiIT {

  public static final String EXAMPLE =
      """
      {"referralType": "SAFEGUARDING",
       "referrer": {"name": "Sam Patel", "organisation": "Cherwell Primary School", "role": "Designated safeguarding lead", "email": "dsl@example.org", "phone": "01865 000000"},
       "children": [{"firstName": "Ava", "lastName": "Jones", "dateOfBirth": "2016-03-02", "nhsNumber": "9434765919", "address": {"line1": "1 High Street", "town": "Banbury", "postcode": "OX16 5AA"}}],
       "concern": {"summary": "Ava said her step-father hit her with a belt.", "categories": ["PHYSICAL"], "immediateDanger": false},
       "consent": {"status": "NOT_SOUGHT_RISK", "reason": "Telling the family could put Ava at greater risk."}}
      """;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> post(String slug, String key, String idempotencyKey, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/" + slug + "/referrals"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path, String key) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + key)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String reference(String json) {
    Matcher m = Pattern.compile("\"reference\"\\s*:\\s*\"([A-Z0-9-]+)\"").matcher(json);
    assertThat(m.find()).as("a reference in %s", json).isTrue();
    return m.group(1);
  }

  @Test
  void aPartnerSubmitsAReferralAndSeesItsStatus() throws Exception {
    HttpResponse<String> created = post("oxfordshire", "demo-oxfordshire", null, EXAMPLE);
    assertThat(created.statusCode()).isEqualTo(201);
    String reference = reference(created.body());
    assertThat(reference).matches("[ACDEFHJKMNPRTUVWXY3479]{4}-[ACDEFHJKMNPRTUVWXY3479]{4}");
    assertThat(created.headers().firstValue("Location")).contains("/api/v1/oxfordshire/referrals/" + reference);

    HttpResponse<String> status = get("/api/v1/oxfordshire/referrals/" + reference, "demo-oxfordshire");
    assertThat(status.statusCode()).isEqualTo(200);
    assertThat(status.body()).contains("\"status\":\"RECEIVED\"").contains(reference);

    assertThat(get("/api/v1/bracknell-forest/referrals/" + reference, "demo-bracknell-forest").statusCode())
        .as("another council's key")
        .isEqualTo(404);
    assertThat(get("/api/v1/oxfordshire/referrals/" + reference, "demo-bracknell-forest").statusCode())
        .as("a key for another council")
        .isEqualTo(404);
  }

  @Test
  void theApiIsDocumentedWithOpenApi() throws Exception {
    HttpResponse<String> spec =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/openapi.yaml")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(spec.statusCode()).isEqualTo(200);
    assertThat(spec.body())
        .contains("openapi: 3.1.0")
        .contains("/api/v1/{slug}/referrals:")
        .contains("/api/v1/{slug}/referrals/{reference}:")
        .contains("Idempotency-Key")
        .contains("NOT_SOUGHT_RISK");
  }

  @Test
  void withoutAValidKeyNothingIsStored() throws Exception {
    HttpResponse<String> none = post("oxfordshire", null, null, EXAMPLE);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(post("oxfordshire", "not-a-key", null, EXAMPLE).statusCode()).isEqualTo(401);
  }

  @Test
  void invalidInputIsA400WithEveryProblemByField() throws Exception {
    String bad =
        EXAMPLE
            .replace("9434765919", "9434765918")
            .replace("2016-03-02", "2027-01-01")
            .replace("\"status\": \"NOT_SOUGHT_RISK\", \"reason\": \"Telling the family could put Ava at greater risk.\"", "\"status\": \"REFUSED\"")
            .replace("\"dsl@example.org\"", "\"not an email\"");
    HttpResponse<String> response = post("oxfordshire", "demo-oxfordshire", null, bad);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
    assertThat(response.body())
        .contains("children[0].nhsNumber")
        .contains("children[0].dateOfBirth")
        .contains("consent.reason")
        .contains("referrer.email");

    HttpResponse<String> notJson = post("oxfordshire", "demo-oxfordshire", null, "{\"children\": 7");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(notJson.body()).contains("errors");
  }

  @Test
  void aCouncilThatDoesNotTakeEarlyHelpReferralsSaysSo() throws Exception {
    HttpResponse<String> response =
        post("southampton", "demo-southampton", null, EXAMPLE.replace("SAFEGUARDING", "EARLY_HELP"));
    // Southampton's configuration offers safeguarding referrals only.
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("referralType");
  }

  @Test
  void fiftyConcurrentRetriesWithOneIdempotencyKeyMakeOneReferral() throws Exception {
    String key = "retry-" + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(50);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> responses = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        responses.add(
            pool.submit(
                () -> {
                  start.await();
                  return post("oxfordshire", "demo-oxfordshire", key, EXAMPLE);
                }));
      }
      start.countDown();
      List<String> references = new ArrayList<>();
      for (Future<HttpResponse<String>> response : responses) {
        HttpResponse<String> r = response.get();
        assertThat(r.statusCode()).isEqualTo(201);
        references.add(reference(r.body()));
      }
      assertThat(references).hasSize(50).containsOnly(references.get(0));
      Long stored =
          transactions.execute(
              status -> {
                tenancy.bind(ReferralSubmissionIT.OXFORDSHIRE);
                return jdbc.sql("SELECT count(*) FROM referral WHERE idempotency_key LIKE ?")
                    .param("%:" + key)
                    .query(Long.class)
                    .single();
              });
      assertThat(stored).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
