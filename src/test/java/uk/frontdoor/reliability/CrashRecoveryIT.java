package uk.frontdoor.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost and nothing is stored twice when the application is killed, and when
 * the database crashes, in the middle of a stream of referrals. The application runs in a process
 * of its own on an embedded PostgreSQL, as in a demonstration; partner systems send referrals
 * through the API, each retrying with the same {@code Idempotency-Key} until it is acknowledged.
 * The application is killed ({@code kill -9}) after the first thousand acknowledgements; after
 * three thousand, the database gets an immediate shutdown (as in a crash: no checkpoint, recovery
 * from the write-ahead log on the next start) and the application is killed with it. Afterwards
 * every acknowledged reference is in the database exactly once, every referral has one
 * acknowledgement email queued and has reached the MASH queue (the event publications interrupted
 * by the crashes are resubmitted when the application starts again).
 */
class CrashRecoveryIT {

  private static final int CLIENTS = 8;
  private static final int PER_CLIENT = 625;
  private static final String COUNCIL = "oxfordshire";
  private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
  private static final String BODY =
      """
      {"referralType": "SAFEGUARDING",
       "referrer": {"name": "Sam Patel", "organisation": "Cherwell Primary School",
                    "role": "Designated safeguarding lead", "email": "dsl@example.org", "phone": "01865 000000"},
       "children": [{"firstName": "Ava", "lastName": "Jones", "dateOfBirth": "2016-03-02",
                     "nhsNumber": "9434765919",
                     "address": {"line1": "1 High Street", "town": "Banbury", "postcode": "OX16 5AA"}}],
       "concern": {"summary": "Ava said her step-father hit her with a belt.", "categories": ["PHYSICAL"],
                   "immediateDanger": false},
       "consent": {"status": "NOT_SOUGHT_RISK", "reason": "Telling the family could put Ava at greater risk."}}
      """;

  private final Path work = Path.of("target", "crash-recovery").toAbsolutePath();
  private final Path data = work.resolve("postgres");
  private final int appPort = freePort();
  private final int databasePort = freePort();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1).build();
  private Process app;
  private int starts;

  /** Acknowledged: key → reference. */
  private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
  private final AtomicInteger failedTries = new AtomicInteger();
  private final AtomicInteger replays = new AtomicInteger();

  @Test
  void nothingAcknowledgedIsLostAndNothingIsStoredTwice() throws Exception {
    deleteRecursively(work);
    Files.createDirectories(work);
    start();

    String run = "crash-" + Instant.now().toEpochMilli();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      String prefix = run + "-" + c + "-";
      running.add(clients.submit(() -> submitAll(prefix)));
    }

    awaitAcknowledged(1000);
    app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    start();

    awaitAcknowledged(3000);
    crashDatabase();
    app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    start();

    for (Future<?> client : running) {
      client.get(5, TimeUnit.MINUTES);
    }
    clients.shutdown();

    assertThat(acknowledged).hasSize(CLIENTS * PER_CLIENT);
    assertThat(failedTries.get()).as("the crashes interrupted some submissions").isPositive();
    try (Connection db = database()) {
      Map<String, String> stored = new ConcurrentHashMap<>();
      List<String> duplicates = new ArrayList<>();
      try (Statement s = db.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT idempotency_key, reference FROM referral WHERE idempotency_key LIKE 'api:%:" + run + "-%'")) {
        while (rs.next()) {
          String key = rs.getString(1).substring(rs.getString(1).indexOf(run));
          if (stored.put(key, rs.getString(2)) != null) {
            duplicates.add(key);
          }
        }
      }
      assertThat(duplicates).as("keys stored twice").isEmpty();
      assertThat(stored).as("every acknowledged referral, under the reference it was given").isEqualTo(acknowledged);
      assertThat(count(db, "SELECT count(DISTINCT reference) FROM referral WHERE idempotency_key LIKE 'api:%:" + run + "-%'"))
          .isEqualTo(acknowledged.size());
      assertThat(
              count(
                  db,
                  "SELECT count(*) FROM notification_outbox o JOIN referral r ON r.reference = o.reference"
                      + " AND r.authority_id = o.authority_id WHERE r.idempotency_key LIKE 'api:%:" + run + "-%'"
                      + " AND o.template = 'CONCERN_RECEIVED'"))
          .as("one acknowledgement email per referral")
          .isEqualTo(acknowledged.size());
      String contactsQuery =
          "SELECT count(*) FROM mash_contact c JOIN referral r ON r.id = c.referral_id"
              + " AND r.authority_id = c.authority_id WHERE r.idempotency_key LIKE 'api:%:" + run + "-%'";
      long contacts =
          await("every referral reaches the MASH queue").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
              .until(() -> count(db, contactsQuery), reached -> reached >= acknowledged.size());
      assertThat(contacts).as("every referral reached the MASH queue, once").isEqualTo(acknowledged.size());
    }
    System.out.printf(
        "CrashRecoveryIT: %d referrals acknowledged across %d starts; %d tries failed in the crashes and"
            + " were retried; %d retries found their referral already stored%n",
        acknowledged.size(), starts, failedTries.get(), replays.get());
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null && app.isAlive()) {
      app.destroy();
      if (!app.waitFor(60, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
    // A database left by a killed application: stop it too.
    postmaster().ifPresent(ProcessHandle::destroy);
  }

  /** One partner system: each referral retried with its key until it is acknowledged. */
  private Void submitAll(String prefix) throws InterruptedException {
    for (int i = 0; i < PER_CLIENT; i++) {
      String key = prefix + i;
      while (true) {
        try {
          HttpResponse<String> response =
              http.send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + appPort + "/api/v1/" + COUNCIL + "/referrals"))
                      .timeout(Duration.ofSeconds(30))
                      .header("Content-Type", "application/json")
                      .header("Authorization", "Bearer demo-" + COUNCIL)
                      .header("Idempotency-Key", key)
                      .POST(HttpRequest.BodyPublishers.ofString(BODY))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() == 201) {
            Matcher reference = REFERENCE.matcher(response.body());
            assertThat(reference.find()).as(response.body()).isTrue();
            if ("true".equals(response.headers().firstValue("Idempotent-Replayed").orElse(""))) {
              replays.incrementAndGet();
            }
            String earlier = acknowledged.putIfAbsent(key, reference.group(1));
            assertThat(earlier).as("a key acknowledged twice gets the same reference").isIn(null, reference.group(1));
            break;
          }
          assertThat(response.statusCode()).as("a refusal, not an outage: " + response.body()).isGreaterThanOrEqualTo(500);
        } catch (IOException e) {
          // The application is down or restarting: try the same key again.
        }
        failedTries.incrementAndGet();
        Thread.sleep(100);
      }
    }
    return null;
  }

  private void start() throws Exception {
    starts++;
    String classpath =
        Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(File.pathSeparator))
            .filter(entry -> !entry.endsWith("test-classes"))
            .collect(Collectors.joining(File.pathSeparator));
    Path log = work.resolve("app-" + starts + ".log");
    app =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classpath,
                "uk.frontdoor.FrontDoorApplication",
                "--server.port=" + appPort,
                "--frontdoor.embedded-postgres.data-directory=" + data,
                "--frontdoor.embedded-postgres.port=" + databasePort,
                "--logging.level.root=WARN")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    await("the application started; see " + log).atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
        .until(() -> {
          assertThat(app.isAlive()).as("the application is running; see " + log).isTrue();
          try {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + appPort + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode() == 200;
          } catch (IOException e) {
            return false; // not listening yet
          }
        });
  }

  private void awaitAcknowledged(int count) {
    await(count + " acknowledged in time").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
        .until(() -> acknowledged.size() >= count);
  }

  /** PostgreSQL's immediate shutdown: all its processes end at once, without a checkpoint. */
  private void crashDatabase() throws Exception {
    ProcessHandle server = postmaster().orElseThrow(() -> new AssertionError("no database running"));
    Process quit = new ProcessBuilder("kill", "-QUIT", Long.toString(server.pid())).inheritIO().start();
    assertThat(quit.waitFor()).isZero();
    server.onExit().get(30, TimeUnit.SECONDS);
  }

  private java.util.Optional<ProcessHandle> postmaster() throws IOException {
    Path pid = data.resolve("postmaster.pid");
    if (!Files.exists(pid)) {
      return java.util.Optional.empty();
    }
    List<String> lines = Files.readAllLines(pid);
    return lines.isEmpty()
        ? java.util.Optional.empty()
        : ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
  }

  /** The database as its owner, which row-level security does not bind, to count every council's rows. */
  private Connection database() throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort + "/postgres", "postgres", "");
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var paths = Files.walk(path)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
