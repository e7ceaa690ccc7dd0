package uk.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks in {@code bench/} are compiled by their scripts, outside the build, against the
 * application's classes: this compiles them here too, so that a change to a type or a
 * method they use fails the build rather than the next benchmark run.
 */
class BenchmarksCompileTest {

  @Test
  void everyBenchmarkCompilesAgainstTheApplication(@TempDir Path out) throws IOException {
    List<String> sources;
    try (Stream<Path> files = Files.list(Path.of("bench"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
    assertThat(sources).as("the benchmarks' sources").contains("bench/Bench.java", "bench/CensusBench.java", "bench/PeopleBench.java");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments = new ArrayList<>(List.of(
        "-nowarn", "-proc:none", "-d", out.toString(), "-cp", System.getProperty("java.class.path") + File.pathSeparator + "target/classes"));
    arguments.addAll(sources);
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    int status = javac.run(null, said, said, arguments.toArray(String[]::new));
    assertThat(status).as("javac's status; it said: %s", said.toString(StandardCharsets.UTF_8)).isZero();
  }
}
