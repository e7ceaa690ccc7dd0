package uk.frontdoor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import uk.frontdoor.platform.Deployment;
import uk.frontdoor.platform.PostgresServer;

/**
 * docs/operations/backup-and-restore.md, followed step by step: audited work in a deployment's
 * database; the audit heads kept outside it ({@code audit-heads}); a {@code pg_dump -Fc}; a
 * restore into a fresh, empty server; {@code audit-check} finds every chain intact and ending at
 * its kept head, and the application starts on the copy and agrees. Then in the copy an entry
 * changed is found, and so are the newest entries deleted, which the chain alone cannot show.
 *
 * <p>The servers are Debian's PostgreSQL with its own pg_dump and pg_restore ({@link
 * PostgresServer}): the embedded PostgreSQL the application bundles has no pg_dump, and a pg_dump
 * older than its server refuses to dump it.
 */
class BackupRestoreIT {

  private static final String DATABASE = "frontdoor";

  @TempDir Path work;

  private PostgresServer source;
  private PostgresServer copy;

  @Test
  void aRestoredDumpHoldsEveryAuditChainUpToItsKeptHeadAndTamperingIsFound() throws Exception {
    source = PostgresServer.start();
    source.client("psql", "-d", "postgres", "-c", "CREATE DATABASE " + DATABASE);
    try (ConfigurableApplicationContext application = Deployment.start(source.port(), DATABASE)) {
      AuditLog audit = application.getBean(AuditLog.class);
      JdbcClient jdbc = application.getBean(JdbcClient.class);
      for (String council : new String[] {"oxfordshire", "southampton"}) {
        UUID id = jdbc.sql("SELECT id FROM authority WHERE slug = ?").param(council).query(UUID.class).single();
        for (int i = 1; i <= 3; i++) {
          audit.record(id, AuditLog.SYSTEM, AuditLog.SYSTEM_NAME, AuditAction.VIEWED.name(), "contact", "C-" + i, "backup test " + i);
        }
      }
    }

    Path heads = work.resolve("audit-heads.txt");
    Command keep = command(source, "audit-heads");
    assertThat(keep.status()).as(keep.err()).isZero();
    Files.writeString(heads, keep.out());
    assertThat(keep.out().lines().filter(line -> !line.startsWith("#")))
        .as("one line per council: council, newest entry, hash")
        .hasSize(5)
        .anySatisfy(line -> assertThat(line).matches("oxfordshire [1-9][0-9]* [0-9a-f]{64}"));

    Path dump = work.resolve("frontdoor.dump");
    source.client("pg_dump", "-Fc", "-d", DATABASE, "-f", dump.toString());
    source.close();
    source = null;

    copy = PostgresServer.start();
    copy.client("psql", "-d", "postgres", "-v", "ON_ERROR_STOP=1",
        "-c", "CREATE ROLE frontdoor_app LOGIN PASSWORD 'frontdoor_app'",
        "-c", "CREATE DATABASE " + DATABASE);
    copy.client("pg_restore", "--exit-on-error", "-d", DATABASE, dump.toString());

    Command check = command(copy, "audit-check", heads.toString());
    assertThat(check.status()).as(check.out() + check.err()).isZero();
    assertThat(check.out())
        .containsPattern("oxfordshire: intact, [0-9]+ entries, ends at the kept head")
        .containsPattern("southampton: intact, [0-9]+ entries, ends at the kept head")
        .contains("Every audit chain matches its kept head");

    try (ConfigurableApplicationContext restored = Deployment.start(copy.port(), DATABASE)) {
      JdbcClient jdbc = restored.getBean(JdbcClient.class);
      UUID oxfordshire = jdbc.sql("SELECT id FROM authority WHERE slug = 'oxfordshire'").query(UUID.class).single();
      AuditLog audit = restored.getBean(AuditLog.class);
      assertThat(audit.verify(oxfordshire).intact()).isTrue();
      assertThat(keep.out()).contains("oxfordshire " + audit.head(oxfordshire).seq() + " " + audit.head(oxfordshire).hash());
    }

    // Someone with the database's superuser changes an entry, then deletes the newest ones.
    JdbcClient owner = owner(copy);
    owner.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
    owner.sql(
            """
            UPDATE audit_event SET detail = 'nothing to see'
            WHERE authority_id = (SELECT id FROM authority WHERE slug = 'southampton')
              AND seq = (SELECT max(seq) - 1 FROM audit_event e JOIN authority a ON a.id = e.authority_id
                         WHERE a.slug = 'southampton')
            """)
        .update();
    Command changed = command(copy, "audit-check", heads.toString());
    assertThat(changed.status()).isEqualTo(1);
    assertThat(changed.out())
        .containsPattern("southampton: BROKEN at entry [0-9]+: it does not follow from the entry before it")
        .containsPattern("oxfordshire: intact, [0-9]+ entries, ends at the kept head")
        .contains("The audit chains do NOT match the kept heads");

    owner.sql(
            """
            DELETE FROM audit_event WHERE authority_id = (SELECT id FROM authority WHERE slug = 'oxfordshire')
              AND seq > (SELECT max(seq) - 2 FROM audit_event e JOIN authority a ON a.id = e.authority_id
                         WHERE a.slug = 'oxfordshire')
            """)
        .update();
    Command shortened = command(copy, "audit-check", heads.toString());
    assertThat(shortened.status()).isEqualTo(1);
    assertThat(shortened.out()).containsPattern("oxfordshire: MISSING ENTRIES: the chain ends at entry [0-9]+, the kept head is entry [0-9]+");
  }

  @AfterEach
  void stop() throws Exception {
    for (PostgresServer server : new PostgresServer[] {source, copy}) {
      if (server != null) {
        server.close();
      }
    }
  }

  private record Command(int status, String out, String err) {}

  /** The command as {@code java -jar frontdoor.jar ...} runs it, with the deployment's environment. */
  private static Command command(PostgresServer server, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> environment = Deployment.environment(server.port(), DATABASE);
    int status =
        AuditCommand.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            environment);
    return new Command(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static JdbcClient owner(PostgresServer server) {
    return JdbcClient.create(
        new SingleConnectionDataSource("jdbc:postgresql://localhost:" + server.port() + "/" + DATABASE + "?user=postgres", true));
  }
}
