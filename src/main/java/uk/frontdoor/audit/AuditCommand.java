package uk.frontdoor.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The operator's two commands for backups, run from the application's own jar without starting
 * the application (no web server, no timers, no migrations: they only read), connecting as the
 * application does ({@code SPRING_DATASOURCE_URL}, {@code _USERNAME}, {@code _PASSWORD}):
 *
 * <ul>
 *   <li>{@code java -jar frontdoor.jar audit-heads} prints each council's newest audit entry
 *       (council, number, hash), to be kept outside the database beside a dump;
 *   <li>{@code java -jar frontdoor.jar audit-check <file>} walks each council's chain in the
 *       database and compares it with the heads kept in the file: exit status 0 if every chain is
 *       intact and holds its kept head, 1 if not, 2 if the check could not run.
 * </ul>
 *
 * docs/operations/backup-and-restore.md says when to run them.
 */
public final class AuditCommand {

  private static final Set<String> COMMANDS = Set.of("audit-heads", "audit-check");

  /** One council's kept head, a line of the heads file: {@code <council> <seq> <hash>}. */
  record Kept(String council, AuditLog.Head head) {}

  private AuditCommand() {}

  /** Whether the command line asks for one of these commands rather than the application. */
  public static boolean handles(String[] args) {
    return args.length > 0 && COMMANDS.contains(args[0]);
  }

  /** Runs the command the arguments name, and says the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    String url = env.get("SPRING_DATASOURCE_URL");
    if (url == null || url.isBlank()) {
      err.println("Set SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) to the database, as for the application");
      return 2;
    }
    if ("audit-check".equals(args[0]) && args.length != 2) {
      err.println("Usage: audit-check <file written by audit-heads>");
      return 2;
    }
    try (Connection db =
        DriverManager.getConnection(
            url, env.getOrDefault("SPRING_DATASOURCE_USERNAME", ""), env.getOrDefault("SPRING_DATASOURCE_PASSWORD", ""))) {
      db.setReadOnly(true);
      db.setAutoCommit(false);
      Map<String, UUID> councils = councils(db);
      if ("audit-heads".equals(args[0])) {
        out.println("# Front Door audit heads at " + databaseTime(db) + ": council, newest entry, its hash");
        for (Map.Entry<String, UUID> council : councils.entrySet()) {
          AuditLog.Head head = walk(db, council.getValue()).head();
          out.println(council.getKey() + " " + head.seq() + " " + head.hash());
        }
        return 0;
      }
      return check(db, councils, kept(Path.of(args[1])), out);
    } catch (SQLException | IOException | IllegalArgumentException e) {
      err.println("The check could not run: " + e.getMessage());
      return 2;
    }
  }

  private static int check(Connection db, Map<String, UUID> councils, List<Kept> kept, PrintStream out)
      throws SQLException {
    boolean allMatch = !kept.isEmpty();
    for (Kept k : kept) {
      UUID id = councils.get(k.council());
      String finding;
      boolean matches = false;
      if (id == null) {
        finding = "NOT FOUND: no such council in this database";
      } else {
        ChainWalk walk = walk(db, id);
        AuditLog.Verification verification = walk.result();
        AuditLog.Head head = walk.head();
        if (!verification.intact()) {
          finding = "BROKEN at entry " + verification.firstBrokenSeq() + ": it does not follow from the entry before it";
        } else if (head.seq() < k.head().seq()) {
          finding = "MISSING ENTRIES: the chain ends at entry " + head.seq() + ", the kept head is entry " + k.head().seq();
        } else if (!k.head().hash().equals(hashAt(db, id, k.head().seq()))) {
          finding = "DIFFERENT: entry " + k.head().seq() + " does not have the kept hash";
        } else {
          matches = true;
          long after = head.seq() - k.head().seq();
          finding =
              "intact, " + verification.entries() + " entries, "
                  + (after == 0 ? "ends at the kept head" : after + " written after the kept head");
        }
      }
      out.println(k.council() + ": " + finding);
      allMatch &= matches;
    }
    out.println(allMatch ? "Every audit chain matches its kept head" : "The audit chains do NOT match the kept heads");
    return allMatch ? 0 : 1;
  }

  /** The time by the database server's clock (the command has no application clock). */
  private static String databaseTime(Connection db) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SELECT statement_timestamp()");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      String time = rs.getTimestamp(1).toInstant().toString();
      db.commit();
      return time;
    }
  }

  private static Map<String, UUID> councils(Connection db) throws SQLException {
    Map<String, UUID> councils = new LinkedHashMap<>();
    try (PreparedStatement s = db.prepareStatement("SELECT slug, id FROM authority ORDER BY slug");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        councils.put(rs.getString("slug"), rs.getObject("id", UUID.class));
      }
    }
    db.commit();
    return councils;
  }

  /** Walks one council's chain in a transaction bound to it, as row-level security requires. */
  private static ChainWalk walk(Connection db, UUID authorityId) throws SQLException {
    ChainWalk walk = new ChainWalk(authorityId);
    bind(db, authorityId);
    try (PreparedStatement s = db.prepareStatement(ChainWalk.ENTRIES)) {
      s.setFetchSize(1000);
      s.setObject(1, authorityId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          walk.next(rs);
        }
      }
    }
    db.commit();
    return walk;
  }

  private static String hashAt(Connection db, UUID authorityId, long seq) throws SQLException {
    bind(db, authorityId);
    try (PreparedStatement s = db.prepareStatement("SELECT hash FROM audit_event WHERE authority_id = ? AND seq = ?")) {
      s.setObject(1, authorityId);
      s.setLong(2, seq);
      try (ResultSet rs = s.executeQuery()) {
        String hash = rs.next() ? rs.getString(1) : (seq == 0 ? AuditLog.GENESIS : null);
        db.commit();
        return hash;
      }
    }
  }

  private static void bind(Connection db, UUID authorityId) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SELECT set_config('app.authority_id', ?, true)")) {
      s.setString(1, authorityId.toString());
      s.execute();
    }
  }

  static List<Kept> kept(Path file) throws IOException {
    List<Kept> kept = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] parts = trimmed.split("\\s+");
      if (parts.length != 3 || !parts[1].matches("\\d+") || !parts[2].matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("not a line written by audit-heads: " + trimmed);
      }
      kept.add(new Kept(parts[0], new AuditLog.Head(Long.parseLong(parts[1]), parts[2])));
    }
    return kept;
  }
}
