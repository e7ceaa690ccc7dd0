package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The production profile on an empty PostgreSQL server, as a council's IT team starts it (README,
 * Operations): migrated by a database owner that is not a superuser, as on a managed server, the
 * migrations run, no demo council appears, the readiness check is up (and down once the database
 * is), the public site answers, the logs are JSON, the metrics answer only the scraper's token, and
 * the first start's setup link (README, Running it for a council) adds a council whose
 * administrator's invitation opens.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionStartIT {

  private static final String TOKEN = "scraper-token-for-this-test";

  private static EmbeddedPostgres server;
  private static ConfigurableApplicationContext application;
  private static String startLog;

  @BeforeAll
  static void start(CapturedOutput output) throws Exception {
    server = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
    JdbcClient superuser = JdbcClient.create(server.getPostgresDatabase());
    superuser.sql("CREATE ROLE frontdoor_owner LOGIN PASSWORD 'owner-password' CREATEROLE").update();
    superuser.sql("CREATE DATABASE frontdoor OWNER frontdoor_owner").update();
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    application =
        Deployment.start(
            server.getPort(),
            "frontdoor",
            "spring.flyway.user=frontdoor_owner",
            "spring.flyway.password=owner-password",
            "spring.profiles.active=production,json-logs",
            "FRONTDOOR_IDENTITY_TOTP_KEY=" + Base64.getEncoder().encodeToString(key),
            "frontdoor.metrics.prometheus.enabled=true",
            "frontdoor.metrics.prometheus.token=" + TOKEN);
    startLog = output.getOut();
  }

  @AfterAll
  static void stop() throws Exception {
    if (application != null) {
      application.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  @Order(1)
  void migratesAnEmptyDatabaseWithoutTheDemoCouncils() throws Exception {
    JdbcClient owner = JdbcClient.create(server.getDatabase("postgres", "frontdoor"));
    long migrations;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      migrations = files.filter(f -> f.getFileName().toString().matches("V.*__.*\\.sql")).count();
    }
    assertThat(owner.sql("SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL").query(Long.class).single())
        .isEqualTo(migrations);
    assertThat(owner.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success").query(Long.class).single()).isZero();
    assertThat(owner.sql("SELECT count(*) FROM authority").query(Long.class).single()).isZero();
    assertThat(owner.sql("SELECT count(*) FROM staff_user").query(Long.class).single()).isZero();
  }

  @Test
  @Order(2)
  void isReadyAndServesThePublicSite(CapturedOutput output) throws Exception {
    var readiness = Deployment.get(application, "/actuator/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(200);
    assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(Deployment.get(application, "/actuator/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");

    var home = Deployment.get(application, "/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Report a concern about a child");
    assertThat(home.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000; includeSubDomains");

    assertThat(output.getOut().lines().filter(line -> line.contains("Front Door is ready")))
        .as("the logs are JSON, one object a line")
        .singleElement()
        .satisfies(line -> assertThat(line).startsWith("{\"@timestamp\":").contains("\"level\":\"INFO\"", "\"message\":\"Front Door is ready at ").endsWith("}"));
  }

  @Test
  @Order(3)
  void metricsAnswerOnlyTheScrapersToken() throws Exception {
    assertThat(Deployment.get(application, "/actuator/prometheus").statusCode()).isEqualTo(401);
    assertThat(Deployment.get(application, "/actuator/prometheus", "Authorization", "Bearer not-the-token").statusCode())
        .isEqualTo(401);
    var metrics = Deployment.get(application, "/actuator/prometheus", "Authorization", "Bearer " + TOKEN);
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
  }

  @Test
  @Order(4)
  void theFirstStartsSetupLinkAddsACouncilWhoseAdministratorsInvitationOpens(CapturedOutput output) throws Exception {
    Matcher setup = Pattern.compile("/setup\\?token=[A-Za-z0-9_-]{20,}").matcher(startLog);
    assertThat(setup.find()).as("the setup link in the start's log").isTrue();
    Visit visit = new Visit();
    String form = visit.get(setup.group()).body();
    assertThat(form).contains("Set up Front Door");
    var done =
        visit.post("/setup", form, "token", setup.group().substring("/setup?token=".length()), "name", "Wessex Council", "slug",
            "wessex", "laCode", "999", "phone", "01632 960 001", "email", "duty@wessex.example", "adminName", "Ada Admin",
            "adminEmail", "ada.admin@wessex.example");
    assertThat(done.body()).contains("Front Door is set up");
    assertThat(Deployment.get(application, "/wessex/report-a-concern").statusCode()).isEqualTo(200);
    assertThat(visit.get(setup.group()).statusCode()).as("setup is done once").isEqualTo(404);

    Matcher invitation = Pattern.compile("/staff/invitation/[A-Za-z0-9_-]{20,}").matcher(output.getOut());
    assertThat(invitation.find()).as("the administrator's invitation link, written to the log too").isTrue();
    var opened = new Visit().get(invitation.group());
    assertThat(opened.statusCode()).isEqualTo(200);
    assertThat(opened.body()).contains("name=\"password\"").doesNotContain("This invitation link does not work");
  }

  /** A browser's visit without JavaScript: its cookies kept by hand (they are Secure, sent here over plain HTTP). */
  private static final class Visit {
    private final java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();

    java.net.http.HttpResponse<String> get(String path) throws Exception {
      return send(java.net.http.HttpRequest.newBuilder(URI.create(Deployment.address(application) + path)).GET());
    }

    /** Posts the fields with the form page's CSRF token. */
    java.net.http.HttpResponse<String> post(String path, String formPage, String... fields) throws Exception {
      Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(formPage);
      assertThat(csrf.find()).isTrue();
      StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
      for (int i = 0; i < fields.length; i += 2) {
        body.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
      }
      return send(java.net.http.HttpRequest.newBuilder(URI.create(Deployment.address(application) + path))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private java.net.http.HttpResponse<String> send(java.net.http.HttpRequest.Builder request) throws Exception {
      if (!cookies.isEmpty()) {
        request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
      }
      var response = java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      response.headers().allValues("Set-Cookie").forEach(cookie -> {
        String pair = cookie.split(";", 2)[0];
        cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      });
      return response;
    }
  }

  @Test
  @Order(5)
  void isNotReadyWithoutItsDatabaseButStillAlive() throws Exception {
    server.close();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(Deployment.get(application, "/actuator/health/readiness").statusCode()).isEqualTo(503));
    var readiness = Deployment.get(application, "/actuator/health/readiness");
    assertThat(readiness.body()).isEqualTo("{\"status\":\"DOWN\"}");
    assertThat(Deployment.get(application, "/actuator/health/liveness").statusCode()).isEqualTo(200);
    server = null;
  }
}
