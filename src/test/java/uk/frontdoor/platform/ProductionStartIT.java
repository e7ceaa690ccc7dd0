package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
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
 * Operations): the migrations run, no demo council appears, the readiness check is up (and down
 * once the database is), the public site answers, the logs are JSON, and the metrics answer only
 * the scraper's token.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionStartIT {

  private static final String TOKEN = "scraper-token-for-this-test";

  private static EmbeddedPostgres server;
  private static ConfigurableApplicationContext application;

  @BeforeAll
  static void start() throws Exception {
    server = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    application =
        Deployment.start(
            server.getPort(),
            "postgres",
            "spring.profiles.active=production,json-logs",
            "FRONTDOOR_IDENTITY_TOTP_KEY=" + Base64.getEncoder().encodeToString(key),
            "frontdoor.metrics.prometheus.enabled=true",
            "frontdoor.metrics.prometheus.token=" + TOKEN);
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
    JdbcClient owner = JdbcClient.create(server.getPostgresDatabase());
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
