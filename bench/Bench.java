import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the benchmarks run in Java share: a fresh embedded PostgreSQL migrated as the application migrates it, and sums. */
final class Bench {

  private Bench() {}

  /** A fresh embedded PostgreSQL in {@code data}, its version printed, migrated with the application's own migrations. */
  static EmbeddedPostgres postgres(Path data, Map<String, String> config) throws java.io.IOException {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder().setDataDirectory(data.resolve("postgres")).setCleanDataDirectory(true).setServerConfig("timezone", "UTC");
    config.forEach(builder::setServerConfig);
    EmbeddedPostgres postgres = builder.start();
    JdbcClient owner = JdbcClient.create(postgres.getPostgresDatabase());
    System.out.println("postgresql:  " + owner.sql("SHOW server_version").query(String.class).single()
        + ", shared_buffers=" + owner.sql("SHOW shared_buffers").query(String.class).single());
    Flyway.configure()
        .dataSource(postgres.getPostgresDatabase())
        .locations("filesystem:src/main/resources/db/migration")
        .placeholders(Map.of("app_role", "frontdoor_app", "app_password", "frontdoor_app", "create_app_role", "true"))
        .load()
        .migrate();
    return postgres;
  }

  /**
   * Runs a bench's SQL that makes its synthetic rows, {@code :name} in it replaced by the values
   * given, then leaves the tables as autovacuum would: statistics and visibility maps made, so that
   * index-only scans need not visit the table.
   */
  static void generate(javax.sql.DataSource owner, String script, Map<String, String> values, List<String> tables) throws Exception {
    String sql = Files.readString(Path.of(script));
    for (Map.Entry<String, String> value : values.entrySet()) {
      sql = sql.replace(":" + value.getKey(), value.getValue());
    }
    try (var connection = owner.getConnection(); var statement = connection.createStatement()) {
      statement.execute(sql);
      for (String table : tables) {
        statement.execute("VACUUM ANALYZE " + table);
      }
    }
  }

  /** Connections as the application's role, so that row-level security applies as it does in the application. */
  static HikariDataSource app(EmbeddedPostgres postgres) {
    HikariDataSource app = new HikariDataSource();
    app.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres").replace("?user=postgres", ""));
    app.setUsername("frontdoor_app");
    app.setPassword("frontdoor_app");
    app.setMaximumPoolSize(2);
    return app;
  }

  /** One of the application's beans made by hand, through its package-private constructor. */
  static <T> T construct(Class<T> type, Class<?>[] parameters, Object... arguments) throws Exception {
    Constructor<T> constructor = type.getDeclaredConstructor(parameters);
    constructor.setAccessible(true);
    return constructor.newInstance(arguments);
  }

  static double percentile(List<Double> values, double p) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p / 100 * sorted.length) - 1))];
  }

  static void deleteRecursively(Path path) throws java.io.IOException {
    try (var paths = Files.walk(path)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
