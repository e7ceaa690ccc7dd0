import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.casework.CensusRecords;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.returns.Census;
import uk.frontdoor.returns.CensusRules;
import uk.frontdoor.returns.CensusXml;
import uk.frontdoor.returns.CinCensus;

/**
 * The children in need census of a large council, built, written and checked through the
 * application's own code, beside a plain read of every row it needs, in the same run. Started by
 * bench/census.
 *
 * <p>A fresh embedded PostgreSQL is migrated with the application's own migrations; CHILDREN
 * synthetic children with their casework of the year 2025-26 are made by bench/census.sql. Each
 * round, after WARM_UP rounds not counted: (a) the census for the year ending 31 March 2026 is built
 * by {@link CinCensus#of} (casework's {@link CensusRecords} reading under row-level security as the
 * application's role, in a read-only transaction as its @Transactional says); (b) its XML is written
 * by {@link CensusXml#write}; (c) every implemented rule is run by {@link CensusRules#check} (England and
 * Wales working days); and the
 * baseline: every row of the council's tables the census reads, fetched through JDBC in one
 * read-only transaction as the same role, one plain SELECT a table.
 */
public class CensusBench {

  static final UUID AUTHORITY = UUID.fromString("00000000-0000-4000-8000-000000000001");

  /** The tables the census reads, for the baseline and the counts. */
  static final List<String> TABLES = List.of(
      "casework_episode", "casework_census_detail", "casework_assessment", "casework_plan", "casework_enquiry",
      "casework_protection_plan", "casework_conference", "casework_conference_child");

  public static void main(String[] args) throws Exception {
    int children = Integer.parseInt(System.getenv().getOrDefault("CHILDREN", "20000"));
    int rounds = Integer.parseInt(System.getenv().getOrDefault("ROUNDS", "5"));
    int warmUp = Integer.parseInt(System.getenv().getOrDefault("WARM_UP", "2"));
    Path data = Files.createTempDirectory("census-bench");
    try (EmbeddedPostgres postgres = Bench.postgres(data, Map.of("shared_buffers", "256MB"))) {
      DataSource owner = postgres.getPostgresDatabase();
      JdbcClient ownerSql = JdbcClient.create(owner);
      // The council: Oxfordshire's row from the demo data (its document, its DfE code), none of its demo casework.
      // The demo councils' documents are built by two functions of the demo data (R__demo_authorities).
      ownerSql.sql(Files.readString(Path.of("src/main/resources/db/demo/R__demo_authorities.sql"))).update();
      ownerSql.sql(Files.readString(Path.of("src/main/resources/db/demo/R__demo_authority_oxfordshire.sql"))).update();

      long started = System.nanoTime();
      Bench.generate(owner, "bench/census.sql", Map.of("children", Integer.toString(children), "authority", AUTHORITY.toString()), TABLES);
      long events = ownerSql.sql(
              """
              SELECT (SELECT count(*) FROM casework_assessment) + (SELECT count(*) FROM casework_plan)
                   + (SELECT count(*) FROM casework_plan_review) + (SELECT count(*) FROM casework_visit)
                   + (SELECT count(*) FROM casework_strategy_discussion) + (SELECT count(*) FROM casework_enquiry)
                   + (SELECT count(*) FROM casework_conference) + (SELECT count(*) FROM casework_protection_plan)
                   + (SELECT count(*) FROM casework_episode WHERE closed_at IS NOT NULL)
              """)
          .query(Long.class)
          .single();
      System.out.printf("council:     %,d children, %,d casework events, made in %.0f s%n", children, events,
          (System.nanoTime() - started) / 1e9);
      System.out.println("events:      " + ownerSql.sql(
              """
              SELECT format('assessments %s, closures %s, CIN plans %s, plan reviews %s, visits %s, strategy discussions %s,
                             section 47s %s, conferences %s, CP plans %s',
                  (SELECT count(*) FROM casework_assessment), (SELECT count(*) FROM casework_episode WHERE closed_at IS NOT NULL),
                  (SELECT count(*) FROM casework_plan), (SELECT count(*) FROM casework_plan_review),
                  (SELECT count(*) FROM casework_visit), (SELECT count(*) FROM casework_strategy_discussion),
                  (SELECT count(*) FROM casework_enquiry), (SELECT count(*) FROM casework_conference),
                  (SELECT count(*) FROM casework_protection_plan))
              """)
          .query(String.class)
          .single()
          .replaceAll("\\s+", " "));

      HikariDataSource app = Bench.app(postgres);
      JdbcClient jdbc = JdbcClient.create(app);
      Tenancy tenancy = Bench.construct(Tenancy.class, new Class<?>[] {JdbcClient.class}, jdbc);
      Transactions inTransactions =
          Bench.construct(Transactions.class, new Class<?>[] {PlatformTransactionManager.class}, new DataSourceTransactionManager(app));
      CensusRecords records = Bench.construct(
          CensusRecords.class, new Class<?>[] {JdbcClient.class, Tenancy.class, Transactions.class}, jdbc, tenancy, inTransactions);
      Clock clock = Clock.systemUTC();
      Class<?> shippedType = Class.forName("uk.frontdoor.authority.internal.ShippedBankHolidays");
      Object shipped = Bench.construct(
          shippedType, new Class<?>[] {Resource.class}, new ClassPathResource("authority/bank-holidays.json"));
      Authorities authorities = (Authorities) Bench.construct(
          Class.forName("uk.frontdoor.authority.internal.JdbcAuthorities"), new Class<?>[] {JdbcClient.class, Clock.class, shippedType},
          jdbc, clock, shipped);
      WorkingCalendar calendar = WorkingCalendar.englandAndWales();
      AuditLog audit = Bench.construct(
          AuditLog.class, new Class<?>[] {JdbcClient.class, Tenancy.class, Clock.class, Transactions.class}, jdbc, tenancy, clock, inTransactions);
      CinCensus censuses =
          Bench.construct(CinCensus.class, new Class<?>[] {CensusRecords.class, Authorities.class, AuditLog.class}, records, authorities, audit);
      TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(app));
      transactions.setReadOnly(true);

      List<Double> build = new ArrayList<>();
      List<Double> write = new ArrayList<>();
      List<Double> check = new ArrayList<>();
      List<Double> total = new ArrayList<>();
      List<Double> raw = new ArrayList<>();
      Census census = null;
      List<CensusRules.Failure> failures = List.of();
      byte[] xml = new byte[0];
      long rows = 0;
      for (int round = 0; round < warmUp + rounds; round++) {
        long t0 = System.nanoTime();
        census = transactions.execute(tx -> censuses.of(AUTHORITY, 2026));
        long t1 = System.nanoTime();
        xml = CensusXml.write(census, clock.instant());
        long t2 = System.nanoTime();
        failures = CensusRules.check(census, calendar);
        long t3 = System.nanoTime();
        long r0 = System.nanoTime();
        rows = transactions.execute(tx -> readEverything(tenancy, jdbc));
        long r1 = System.nanoTime();
        if (round >= warmUp) {
          build.add((t1 - t0) / 1e6);
          write.add((t2 - t1) / 1e6);
          check.add((t3 - t2) / 1e6);
          total.add((t3 - t0) / 1e6);
          raw.add((r1 - r0) / 1e6);
        }
      }
      long errors = failures.stream().filter(f -> f.rule().kind() == CensusRules.Kind.ERROR).count();
      System.out.printf("census:      %,d children, %,d episodes, XML %,d bytes; %,d failures (%,d errors, %,d queries) of %d rules%n",
          census.children().size(), census.children().stream().mapToInt(c -> c.episodes().size()).sum(), xml.length,
          failures.size(), errors, failures.size() - errors, CensusRules.RULES.size());
      Map<String, Long> byRule = new java.util.TreeMap<>();
      failures.forEach(f -> byRule.merge(f.rule().code(), 1L, Long::sum));
      System.out.println("failures:    " + (byRule.isEmpty() ? "none" : byRule));
      System.out.printf("== Time, ms (%d rounds after %d warm-up)%n", rounds, warmUp);
      System.out.printf("%-44s %8s %8s%n", "", "p50", "max");
      row("(a) build the census (CinCensus.of)", build);
      row("(b) write the XML (CensusXml.write)", write);
      row("(c) run every rule (CensusRules.check)", check);
      row("export and check: (a) + (b) + (c)", total);
      row(String.format("baseline: plain SELECT of %,d rows", rows), raw);
      System.out.printf("ratio export and check / baseline:            p50 %.1fx%n", Bench.percentile(total, 50) / Bench.percentile(raw, 50));
      app.close();
    } finally {
      Bench.deleteRecursively(data);
    }
  }

  /** Every row of the council's tables the census reads, each column fetched, as the application's role. */
  private static long readEverything(Tenancy tenancy, JdbcClient jdbc) {
    tenancy.bind(AUTHORITY);
    long rows = 0;
    for (String table : TABLES) {
      rows += jdbc.sql("SELECT * FROM " + table + " WHERE authority_id = ?")
          .param(AUTHORITY)
          .query((ResultSet rs) -> {
            long n = 0;
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              for (int i = 1; i <= columns; i++) {
                rs.getObject(i);
              }
              n++;
            }
            return n;
          });
    }
    return rows;
  }

  private static void row(String label, List<Double> ms) {
    System.out.printf("%-44s %8.0f %8.0f%n", label, Bench.percentile(ms, 50), Bench.percentile(ms, 100));
  }
}
