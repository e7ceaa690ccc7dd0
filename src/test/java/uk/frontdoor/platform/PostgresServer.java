package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the machine's own packages (Debian's {@code postgresql}, installed by
 * {@code bin/ensure-postgresql}) with its client tools of the same version: {@code pg_dump} and
 * {@code pg_restore} must be as new as the server they dump, and the embedded PostgreSQL the
 * application bundles carries none. It runs as the {@code postgres} user when the tests run as
 * root, since PostgreSQL refuses to run as root.
 */
public final class PostgresServer implements AutoCloseable {

  private final Path bin;
  private final Path directory;
  private final int port;

  private PostgresServer(Path bin, Path directory, int port) {
    this.bin = bin;
    this.directory = directory;
    this.port = port;
  }

  /** The newest installed version's programs, e.g. {@code /usr/lib/postgresql/15/bin}. */
  public static Path programs() throws IOException {
    Path installed = Path.of("/usr/lib/postgresql");
    assertThat(installed).as("Debian's postgresql package (bin/ensure-postgresql installs it)").isDirectory();
    try (Stream<Path> versions = Files.list(installed)) {
      return versions
          .map(version -> version.resolve("bin"))
          .filter(bin -> Files.isExecutable(bin.resolve("postgres")) && Files.isExecutable(bin.resolve("pg_dump")))
          .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString())))
          .orElseThrow(() -> new AssertionError("No PostgreSQL server with pg_dump under " + installed));
    }
  }

  /**
   * An empty server with its data in a directory of its own (which the {@code postgres} user can
   * reach), superuser {@code postgres}, trusted.
   */
  public static PostgresServer start() throws Exception {
    Path directory = Files.createTempDirectory("frontdoor-postgres");
    PostgresServer server = new PostgresServer(programs(), directory, freePort());
    server.asServerOwner("chown", "postgres", directory.toString());
    server.asServerOwner(
        server.bin.resolve("initdb").toString(), "-D", server.data(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
        "--locale=C.UTF-8");
    server.asServerOwner(
        server.bin.resolve("pg_ctl").toString(), "-D", server.data(), "-l", directory.resolve("server.log").toString(),
        "-o", "-p " + server.port + " -k " + directory + " -c listen_addresses=localhost -c timezone=UTC", "-w",
        "start");
    return server;
  }

  public int port() {
    return port;
  }

  /** Runs one of the server's client programs (psql, pg_dump, pg_restore...) against it. */
  public String client(String program, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(bin.resolve(program).toString(), "-h", "localhost", "-p", Integer.toString(port), "-U", "postgres"));
    command.addAll(List.of(arguments));
    return run(command);
  }

  @Override
  public void close() throws Exception {
    asServerOwner(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "stop");
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    }
  }

  private String data() {
    return directory.resolve("data").toString();
  }

  private void asServerOwner(String... command) throws Exception {
    List<String> all = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      if (command[0].equals("chown")) {
        run(List.of(command));
        return;
      }
      all.addAll(List.of("runuser", "-u", "postgres", "--"));
    } else if (command[0].equals("chown")) {
      return;
    }
    all.addAll(List.of(command));
    run(all);
  }

  private static String run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    return output;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
