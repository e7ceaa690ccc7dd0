package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database keeps its data in a directory of ours, and it survives a restart. */
class EmbeddedPostgresRestartIT {

  @TempDir Path directory;

  private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

  @Test
  void dataSurvivesARestart() throws Exception {
    Path data = directory.resolve("postgres");
    try (EmbeddedPostgres first = configuration.embeddedPostgres(data, false, true, 0)) {
      JdbcClient jdbc = JdbcClient.create(first.getPostgresDatabase());
      jdbc.sql("CREATE TABLE concern (reference text PRIMARY KEY)").update();
      jdbc.sql("INSERT INTO concern VALUES ('ABC123')").update();
    }
    try (EmbeddedPostgres second = configuration.embeddedPostgres(data, false, true, 0)) {
      JdbcClient jdbc = JdbcClient.create(second.getPostgresDatabase());
      assertThat(jdbc.sql("SELECT reference FROM concern").query(String.class).list())
          .containsExactly("ABC123");
    }
    assertThat(data.resolve("PG_VERSION")).exists();
  }
}
