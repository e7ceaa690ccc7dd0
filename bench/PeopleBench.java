import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.people.Candidate;
import uk.frontdoor.people.People;
import uk.frontdoor.people.PersonProbe;
import uk.frontdoor.people.internal.PersonNames;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * Recall and latency of the people matcher (narrow, then score) beside a plain trigram search over
 * every full name, on the same synthetic people in the same run. Started by bench/people.
 *
 * <p>A fresh embedded PostgreSQL is migrated with the application's own migrations; PEOPLE
 * synthetic people are made by bench/people.sql; PROBES of them are picked at random and each is
 * looked for three ways: with one typo in the first name or surname; with first and last names
 * swapped; with one typo and the date of birth wrong (day and month swapped where that makes a
 * different date, else a day or a month out). Probes give a name and date of birth only, no NHS
 * number or postcode. Both searches run as the application's role under row-level security,
 * alternating probe by probe, timed end to end through JDBC. Recall: the person is among the ten
 * returned.
 */
public class PeopleBench {

  static final UUID AUTHORITY = UUID.fromString("00000000-0000-4000-8000-0000000000b1");

  enum Kind {
    TYPO("one typo"),
    SWAPPED("first and last names swapped"),
    TYPO_AND_DATE("one typo and date of birth wrong");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  record Known(UUID id, String first, String last, LocalDate born) {}

  record Probe(Kind kind, Known truth, PersonProbe probe) {}

  public static void main(String[] args) throws Exception {
    int people = Integer.parseInt(System.getenv().getOrDefault("PEOPLE", "1000000"));
    int probes = Integer.parseInt(System.getenv().getOrDefault("PROBES", "1000"));
    int warmUp = Integer.parseInt(System.getenv().getOrDefault("WARM_UP", "200"));
    // The plain trigram search takes a second or more a probe at a million people: it runs on the
    // first TRIGRAM_PROBES probes of each kind only (recall within a few points), and warms up on 20.
    int trigramProbes = Integer.parseInt(System.getenv().getOrDefault("TRIGRAM_PROBES", "200"));
    Path data = Files.createTempDirectory("people-bench");
    try (EmbeddedPostgres postgres = Bench.postgres(data, Map.of("shared_buffers", "512MB", "max_wal_size", "4GB"))) {
      DataSource owner = postgres.getPostgresDatabase();
      JdbcClient ownerSql = JdbcClient.create(owner);
      ownerSql.sql("INSERT INTO authority (id, slug, name, document) VALUES (?, 'bench', 'Benchmark council', '{}')")
          .param(AUTHORITY)
          .update();

      long started = System.nanoTime();
      Bench.generate(owner, "bench/people.sql", Map.of("people", Integer.toString(people), "authority", AUTHORITY.toString()),
          List.of("person", "person_name_pair"));
      System.out.printf("people:      %,d in one council, made and indexed in %.0f s%n", people, (System.nanoTime() - started) / 1e9);
      System.out.printf("name keys:   %,d first-name-and-surname sound-alike pairs; distinct full names %,d%n",
          ownerSql.sql("SELECT count(*) FROM person_name_pair").query(Long.class).single(),
          ownerSql.sql("SELECT count(DISTINCT name_key) FROM person").query(Long.class).single());

      HikariDataSource app = Bench.app(postgres);
      JdbcClient jdbc = JdbcClient.create(app);
      Tenancy tenancy = Bench.construct(Tenancy.class, new Class<?>[] {JdbcClient.class}, jdbc);
      @SuppressWarnings("unchecked")
      Class<? extends People> implementation =
          (Class<? extends People>) Class.forName("uk.frontdoor.people.internal.JdbcPeople");
      Transactions inTransactions =
          Bench.construct(Transactions.class, new Class<?>[] {PlatformTransactionManager.class}, new DataSourceTransactionManager(app));
      People matcher = Bench.construct(
          implementation, new Class<?>[] {JdbcClient.class, Tenancy.class, JsonMapper.class, Clock.class, Transactions.class},
          jdbc, tenancy, JsonMapper.builder().build(), Clock.systemUTC(), inTransactions);
      TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(app));
      transactions.setReadOnly(true);

      List<Known> sample =
          ownerSql.sql(
                  "SELECT id, first_name, last_name, date_of_birth FROM person WHERE authority_id = ? ORDER BY md5(id::text) LIMIT ?")
              .params(AUTHORITY, probes + warmUp)
              .query((rs, n) -> new Known(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate()))
              .list();
      Random random = new Random(20261127);
      List<Probe> all = new ArrayList<>();
      for (Known known : sample) {
        for (Kind kind : Kind.values()) {
          all.add(probe(kind, known, random));
        }
      }

      // Warm-up: not counted, so that both searches run with compiled code and warm caches.
      List<Probe> warming = all.subList(0, warmUp * Kind.values().length);
      for (int i = 0; i < warming.size(); i++) {
        match(transactions, matcher, warming.get(i).probe());
        if (i < 20 * Kind.values().length) {
          trigram(transactions, tenancy, jdbc, warming.get(i).probe());
        }
      }

      Map<Kind, int[]> found = new java.util.EnumMap<>(Kind.class);
      List<Double> matcherMs = new ArrayList<>();
      List<Double> trigramMs = new ArrayList<>();
      Map<Kind, List<Double>> matcherByKind = new java.util.EnumMap<>(Kind.class);
      for (Kind kind : Kind.values()) {
        // probes, matcher top 10, matcher first, trigram probes, trigram top 10, trigram first
        found.put(kind, new int[6]);
        matcherByKind.put(kind, new ArrayList<>());
      }
      for (Probe p : all.subList(warmUp * Kind.values().length, all.size())) {
        int[] counts = found.get(p.kind());
        counts[0]++;
        long t0 = System.nanoTime();
        List<Candidate> candidates = match(transactions, matcher, p.probe());
        long t1 = System.nanoTime();
        matcherMs.add((t1 - t0) / 1e6);
        matcherByKind.get(p.kind()).add((t1 - t0) / 1e6);
        List<UUID> ids = candidates.stream().map(c -> c.person().id()).toList();
        counts[1] += ids.contains(p.truth().id()) ? 1 : 0;
        counts[2] += !ids.isEmpty() && ids.get(0).equals(p.truth().id()) ? 1 : 0;
        if (counts[3] < trigramProbes) {
          counts[3]++;
          long t2 = System.nanoTime();
          List<UUID> trigram = trigram(transactions, tenancy, jdbc, p.probe());
          trigramMs.add((System.nanoTime() - t2) / 1e6);
          counts[4] += trigram.contains(p.truth().id()) ? 1 : 0;
          counts[5] += !trigram.isEmpty() && trigram.get(0).equals(p.truth().id()) ? 1 : 0;
        }
      }

      System.out.println("== Recall (the person among the ten returned; first in brackets)");
      System.out.printf("%-36s %28s %28s%n", "probe", "narrow, then score", "plain trigram");
      for (Kind kind : Kind.values()) {
        int[] c = found.get(kind);
        System.out.printf("%-36s %6d: %6.1f%% (%5.1f%%) %8d: %6.1f%% (%5.1f%%)%n",
            kind.label, c[0], 100.0 * c[1] / c[0], 100.0 * c[2] / c[0], c[3], 100.0 * c[4] / c[3], 100.0 * c[5] / c[3]);
      }
      System.out.println("== Latency per search, ms (end to end through JDBC, as the application's role)");
      System.out.printf("%-36s %8s %8s %8s%n", "", "p50", "p95", "p99");
      row("narrow, then score", matcherMs);
      for (Kind kind : Kind.values()) {
        row("  " + kind.label, matcherByKind.get(kind));
      }
      row("plain trigram", trigramMs);
      System.out.printf("ratio trigram / matcher:             p50 %.1fx, p95 %.1fx%n",
          Bench.percentile(trigramMs, 50) / Bench.percentile(matcherMs, 50), Bench.percentile(trigramMs, 95) / Bench.percentile(matcherMs, 95));
      app.close();
    } finally {
      Bench.deleteRecursively(data);
    }
  }

  /** As the application calls it: in a read-only transaction, as its @Transactional says. */
  private static List<Candidate> match(TransactionTemplate transactions, People matcher, PersonProbe probe) {
    return transactions.execute(tx -> matcher.candidates(AUTHORITY, probe));
  }

  private static List<UUID> trigram(TransactionTemplate transactions, Tenancy tenancy, JdbcClient jdbc, PersonProbe probe) {
    String key = PersonNames.key(probe.firstName() + " " + probe.lastName());
    return transactions.execute(
        tx -> {
          tenancy.bind(AUTHORITY);
          return jdbc.sql(
                  """
                  SELECT id FROM person WHERE authority_id = ? AND name_key % ?
                   ORDER BY similarity(name_key, ?) DESC LIMIT 10
                  """)
              .params(AUTHORITY, key, key)
              .query(UUID.class)
              .list();
        });
  }

  static Probe probe(Kind kind, Known known, Random random) {
    return switch (kind) {
      case TYPO -> {
        boolean surname = random.nextBoolean();
        yield new Probe(kind, known, PersonProbe.named(
            surname ? known.first() : typo(known.first(), random), surname ? typo(known.last(), random) : known.last(), known.born()));
      }
      case SWAPPED -> new Probe(kind, known, PersonProbe.named(known.last(), known.first(), known.born()));
      case TYPO_AND_DATE -> {
        boolean surname = random.nextBoolean();
        yield new Probe(kind, known, PersonProbe.named(
            surname ? known.first() : typo(known.first(), random),
            surname ? typo(known.last(), random) : known.last(),
            wrongDate(known.born(), random)));
      }
    };
  }

  /** One letter deleted, inserted, changed, or swapped with the next. */
  static String typo(String name, Random random) {
    String letters = "abcdefghijklmnopqrstuvwxyz";
    for (int attempt = 0; ; attempt++) {
      int at = 1 + random.nextInt(Math.max(1, name.length() - 1));
      String result =
          switch (random.nextInt(4)) {
            case 0 -> name.length() > 3 ? name.substring(0, at) + name.substring(Math.min(name.length(), at + 1)) : name + "e";
            case 1 -> name.substring(0, at) + letters.charAt(random.nextInt(26)) + name.substring(at);
            case 2 -> at < name.length() ? name.substring(0, at) + letters.charAt(random.nextInt(26)) + name.substring(at + 1) : name + "s";
            default -> at + 1 < name.length()
                ? name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2)
                : name + "a";
          };
      if (!PersonNames.key(result).equals(PersonNames.key(name)) || attempt > 20) {
        return result;
      }
    }
  }

  static LocalDate wrongDate(LocalDate born, Random random) {
    boolean swappable = born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue();
    int choice = swappable ? random.nextInt(3) : 1 + random.nextInt(2);
    return switch (choice) {
      case 0 -> LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
      case 1 -> random.nextBoolean() ? born.plusDays(1) : born.minusDays(1);
      default -> random.nextBoolean() ? born.plusMonths(1) : born.minusMonths(1);
    };
  }

  private static void row(String label, List<Double> ms) {
    System.out.printf("%-36s %8.2f %8.2f %8.2f%n", label, Bench.percentile(ms, 50), Bench.percentile(ms, 95), Bench.percentile(ms, 99));
  }
}
