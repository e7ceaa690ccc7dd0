package uk.frontdoor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  public static String reference(String json) {
    Matcher m = Pattern.compile("\"reference\"\\s*:\\s*\"([A-Z0-9-]+)\"").matcher(json);
    assertThat(m.find()).as("a reference in %s", json).isTrue();
    return m.group(1);
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest.Builder referrals(String slug) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/" + slug + "/referrals"))
        .header("Authorization", "Bearer demo-" + slug);
  }

  long storedWithKey(String key) {
    return transactions.execute(
        status -> {
          tenancy.bind(ReferralSubmissionIT.OXFORDSHIRE);
          return jdbc.sql("SELECT count(*) FROM referral WHERE idempotency_key LIKE ?")
              .param("%:" + key)
              .query(Long.class)
              .single();
        });
  }

  @Test
  void aKeyUsedForOneReferralIsRefusedForAnotherAndNothingIsStored() throws Exception {
    String key = "reuse-" + UUID.randomUUID();
    HttpResponse<String> first = post("oxfordshire", "demo-oxfordshire", key, EXAMPLE);
    assertThat(first.statusCode()).isEqualTo(201);
    String other = EXAMPLE.replace("\"Ava\"", "\"Ben\"").replace("9434765919", "4010232137");
    HttpResponse<String> second = post("oxfordshire", "demo-oxfordshire", key, other);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(422);
    assertThat(second.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
    assertThat(second.body()).contains("Idempotency-Key").doesNotContain(reference(first.body()));
    assertThat(storedWithKey(key)).isEqualTo(1);

    // The same referral written differently (spacing, order of fields) is the same request.
    String body = EXAMPLE.strip();
    String respaced =
        body.substring(0, body.length() - 1).replace("{\"referralType\": \"SAFEGUARDING\",", "{   ")
            + ",\n\"referralType\":\"SAFEGUARDING\"}";
    HttpResponse<String> replay = post("oxfordshire", "demo-oxfordshire", key, respaced);
    assertThat(replay.statusCode()).isEqualTo(201);
    assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(storedWithKey(key)).isEqualTo(1);
  }

  @Test
  void twoDifferentReferralsRacingWithOneKeyStoreOneAndRefuseTheOther() throws Exception {
    String key = "race-" + UUID.randomUUID();
    String other = EXAMPLE.replace("\"Ava\"", "\"Ben\"").replace("9434765919", "4010232137");
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> responses = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        String body = i % 2 == 0 ? EXAMPLE : other;
        responses.add(pool.submit(() -> {
          start.await();
          return post("oxfordshire", "demo-oxfordshire", key, body);
        }));
      }
      start.countDown();
      List<String> references = new ArrayList<>();
      int refused = 0;
      for (Future<HttpResponse<String>> response : responses) {
        HttpResponse<String> r = response.get();
        assertThat(r.statusCode()).as(r.body()).isIn(201, 422);
        if (r.statusCode() == 201) {
          references.add(reference(r.body()));
        } else {
          refused++;
        }
      }
      // One body won: its ten requests share one referral; the other body's ten are refused.
      assertThat(references).hasSize(10).containsOnly(references.get(0));
      assertThat(refused).isEqualTo(10);
      assertThat(storedWithKey(key)).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void implausibleDatesAreRefusedByField() throws Exception {
    for (String date : List.of("0001-01-01", "0000-01-01", "9999-12-31", "+10000-01-01", "-0001-01-01", "1899-12-31", "2026-11-28", "2026-02-30", "2016-3-2")) {
      String member = EXAMPLE.replace("\"concern\":", "\"household\": [{\"name\": \"Jo Jones\", \"dateOfBirth\": \"" + date + "\"}],\n \"concern\":");
      HttpResponse<String> response = post("oxfordshire", "demo-oxfordshire", null, member);
      assertThat(response.statusCode()).as(date + ": " + response.body()).isEqualTo(400);
      assertThat(response.body()).contains("household[0].dateOfBirth");

      HttpResponse<String> child = post("oxfordshire", "demo-oxfordshire", null, EXAMPLE.replace("2016-03-02", date));
      assertThat(child.statusCode()).as(date).isEqualTo(400);
      assertThat(child.body()).contains("children[0].dateOfBirth");

      if (date.equals("2026-11-28")) {
        continue; // tomorrow: a baby may be due
      }
      HttpResponse<String> unborn =
          post("oxfordshire", "demo-oxfordshire", null, EXAMPLE.replace("\"dateOfBirth\": \"2016-03-02\"", "\"expectedDate\": \"" + date + "\""));
      assertThat(unborn.statusCode()).as(date).isEqualTo(400);
      assertThat(unborn.body()).contains("children[0].expectedDate");
    }
    String dueTomorrow = EXAMPLE.replace("\"dateOfBirth\": \"2016-03-02\"", "\"expectedDate\": \"2026-11-28\"");
    assertThat(post("oxfordshire", "demo-oxfordshire", null, dueTomorrow).statusCode()).isEqualTo(201);
    String born1900 = EXAMPLE.replace("\"concern\":", "\"household\": [{\"name\": \"Jo Jones\", \"dateOfBirth\": \"1900-01-01\"}],\n \"concern\":");
    assertThat(post("oxfordshire", "demo-oxfordshire", null, born1900).statusCode()).isEqualTo(201);
  }

  @Test
  void aThresholdLevelIsAWholeNumberFromOneToFourAndNothingElse() throws Exception {
    for (String level : List.of("2.5", "\"2\"", "true", "1e3", "2.0", "0", "5", "[2]", "{}", "\"\"")) {
      HttpResponse<String> response =
          post("oxfordshire", "demo-oxfordshire", null, EXAMPLE.replaceFirst("\\{", "{\"thresholdLevel\": " + level + ", "));
      assertThat(response.statusCode()).as(level + ": " + response.body()).isEqualTo(400);
      assertThat(response.body()).as(level).contains("\"field\":\"thresholdLevel\"");
    }
    assertThat(post("oxfordshire", "demo-oxfordshire", null, EXAMPLE.replaceFirst("\\{", "{\"thresholdLevel\": 3, ")).statusCode())
        .isEqualTo(201);
  }

  @Test
  void wrongTypesUnknownFieldsAndUnknownValuesAreNamed() throws Exception {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put(EXAMPLE.replace("\"Ava\"", "123"), "children[0].firstName");
    cases.put(EXAMPLE.replace("\"immediateDanger\": false", "\"immediateDanger\": \"false\""), "concern.immediateDanger");
    cases.put(EXAMPLE.replace("\"immediateDanger\": false", "\"immediateDanger\": 0"), "concern.immediateDanger");
    cases.put(EXAMPLE.replace("\"lastName\": \"Jones\"", "\"lastname\": \"Jones\""), "children[0].lastname");
    cases.put(EXAMPLE.replace("[\"PHYSICAL\"]", "[\"PHYSICAL\", \"MAGIC\"]"), "concern.categories");
    cases.put(EXAMPLE.replace("[\"PHYSICAL\"]", "\"PHYSICAL\""), "concern.categories");
    cases.put(EXAMPLE.replace("[\"PHYSICAL\"]", "[\"PHYSICAL\", \"NEGLECT\", \"SEXUAL\", \"EMOTIONAL\", \"EXPLOITATION\", \"NOT_SURE\", \"PHYSICAL\"]"), "concern.categories");
    cases.put(EXAMPLE.replace("NOT_SOUGHT_RISK", "MAYBE"), "consent.status");
    cases.put(EXAMPLE.replace("\"SAFEGUARDING\"", "\"URGENT\""), "referralType");
    cases.put(EXAMPLE.replace("\"children\": [", "\"children\": [\"Ava\", "), "children[0]");
    cases.put(EXAMPLE.replace("\"concern\":", "\"household\": [" + "{\"name\": \"A B\"},".repeat(31) + "{\"name\": \"C D\"}],\n \"concern\":"), "household");
    cases.put(EXAMPLE.replace("Ava said", "A".repeat(20_001) + " Ava said"), "concern.summary");
    cases.put(EXAMPLE.replace("Ava said", "Ava\\u0000 said"), "concern.summary");
    cases.put(EXAMPLE.replace("Ava said", "Ava\\ud800 said"), "concern.summary");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      HttpResponse<String> response = post("oxfordshire", "demo-oxfordshire", null, c.getKey());
      if (response.statusCode() == 201) {
        // Control characters may be taken out before the API reads the text.
        assertThat(c.getValue()).isEqualTo("concern.summary");
        continue;
      }
      assertThat(response.statusCode()).as(c.getValue() + ": " + response.body()).isEqualTo(400);
      assertThat(response.body()).as(c.getValue()).contains("\"field\":\"" + c.getValue() + "\"");
    }
  }

  @Test
  void eachKindOfHarmIsStoredOnce() throws Exception {
    HttpResponse<String> response =
        post("oxfordshire", "demo-oxfordshire", null, EXAMPLE.replace("[\"PHYSICAL\"]", "[\"PHYSICAL\", \"neglect\", \"PHYSICAL\"]"));
    assertThat(response.statusCode()).isEqualTo(201);
    String categories =
        transactions.execute(
            status -> {
              tenancy.bind(ReferralSubmissionIT.OXFORDSHIRE);
              return jdbc.sql("SELECT document -> 'concern' ->> 'categories' FROM referral WHERE reference = ?")
                  .param(reference(response.body()))
                  .query(String.class)
                  .single();
            });
    assertThat(categories).isEqualTo("[\"PHYSICAL\", \"NEGLECT\"]");
  }

  @Test
  void aBodyThatIsNotJsonIsRefusedWithAProblem() throws Exception {
    for (String type : List.of("*/*", "text/plain", "application/x-www-form-urlencoded", "nonsense", "application/*", "text/json;;;")) {
      HttpResponse<String> response =
          send(referrals("oxfordshire").header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(EXAMPLE)));
      assertThat(response.statusCode()).as(type).isEqualTo(415);
      assertThat(response.headers().firstValue("Content-Type")).as(type).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
    }
    HttpResponse<String> none = send(referrals("oxfordshire").POST(HttpRequest.BodyPublishers.ofString(EXAMPLE)));
    assertThat(none.statusCode()).isEqualTo(415);
    HttpResponse<String> problemJson =
        send(referrals("oxfordshire").header("Content-Type", "application/merge-patch+json; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(EXAMPLE)));
    assertThat(problemJson.statusCode()).isEqualTo(201);
    for (String body : List.of("", "null", "[]", "7", "\"text\"", "{\"referralType\":", "{} {}", "{\"referralType\": \"SAFEGUARDING\", \"referralType\": \"EARLY_HELP\"}", "[".repeat(5000))) {
      HttpResponse<String> response = post("oxfordshire", "demo-oxfordshire", null, body);
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(response.body()).as(body).contains("\"errors\"");
    }
  }

  @Test
  void oddAcceptHeadersAndTheErrorPathNeverAnswer500() throws Exception {
    for (String accept : List.of("text/html", "application/xml", "*/*", "nonsense", "application/problem+json", "text/plain;q=0.1", "image/png")) {
      HttpResponse<String> created = send(referrals("oxfordshire").header("Content-Type", "application/json").header("Accept", accept)
          .POST(HttpRequest.BodyPublishers.ofString(EXAMPLE)));
      assertThat(created.statusCode()).as(accept).isLessThan(500);
      HttpResponse<String> invalid = send(referrals("oxfordshire").header("Content-Type", "application/json").header("Accept", accept)
          .POST(HttpRequest.BodyPublishers.ofString("{}")));
      assertThat(invalid.statusCode()).as(accept).isBetween(400, 499);
      HttpResponse<String> status = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/oxfordshire/referrals/AAAA-AAAA"))
          .header("Authorization", "Bearer demo-oxfordshire").header("Accept", accept));
      assertThat(status.statusCode()).as(accept).isBetween(400, 499);
    }
    for (String method : List.of("GET", "POST", "DELETE")) {
      HttpResponse<String> error = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/error"))
          .method(method, HttpRequest.BodyPublishers.noBody()));
      assertThat(error.statusCode()).as(method).isBetween(400, 499);
    }
  }

  @Test
  void aBodyOverTheLimitIsRefusedWithoutReadingIt() throws Exception {
    String padded = EXAMPLE.replace("Ava said", " ".repeat(1_000_001) + "Ava said");
    HttpResponse<String> declared = post("oxfordshire", "demo-oxfordshire", null, padded);
    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(declared.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));

    // 100 MB in chunks, no length declared: answered once the limit is passed, long before the end.
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.setSoTimeout(30_000);
      java.io.OutputStream out = socket.getOutputStream();
      out.write(("POST /api/v1/oxfordshire/referrals HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer demo-oxfordshire\r\n"
          + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
      Thread writer = new Thread(() -> {
        byte[] chunk = ("10000\r\n" + " ".repeat(0x10000) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try {
          for (int i = 0; i < 100 * 16; i++) {
            out.write(chunk);
            sent.addAndGet(0x10000);
          }
        } catch (java.io.IOException closed) {
          // The server stopped reading, as it should.
        }
      });
      writer.start();
      String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII)).readLine();
      assertThat(statusLine).startsWith("HTTP/1.1 413");
      assertThat(sent.get()).as("bytes sent before the answer").isLessThan(100L * 1024 * 1024);
      socket.close();
      writer.join(30_000);
    }
  }

  @Test
  void theFirstAnswerAndAReplaySayTheSameTime() throws Exception {
    String key = "time-" + UUID.randomUUID();
    HttpResponse<String> first = post("oxfordshire", "demo-oxfordshire", key, EXAMPLE);
    HttpResponse<String> replay = post("oxfordshire", "demo-oxfordshire", key, EXAMPLE);
    assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(replay.body()).isEqualTo(first.body());
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
    assertThat(spec.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/yaml"));
  }

  @Test
  void withoutAValidKeyNothingIsStored() throws Exception {
    HttpResponse<String> none = post("oxfordshire", null, null, EXAMPLE);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).doesNotContainIgnoringCase("ISO-8859-1"));
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
      assertThat(storedWithKey(key)).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
