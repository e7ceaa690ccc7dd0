package uk.frontdoor.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.frontdoor.FrontDoorApplication;

/**
 * The application as a deployment runs it (README, Operations): against a PostgreSQL server it
 * does not start itself, connecting as the application role that the first migration creates,
 * migrated by the server's owner (the superuser {@code postgres}, trusted on a test's own server).
 */
public final class Deployment {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Deployment() {}

  /** The environment a deployment gives the application for a database on the server. */
  public static Map<String, String> environment(int port, String database) {
    return Map.of(
        "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + port + "/" + database,
        "SPRING_DATASOURCE_USERNAME", "frontdoor_app",
        "SPRING_DATASOURCE_PASSWORD", "frontdoor_app");
  }

  /**
   * Starts the application on a free port; {@code properties} as {@code name=value}, given as
   * command-line arguments so that they stand above the profiles' files, as a deployment's
   * environment does.
   */
  public static ConfigurableApplicationContext start(int port, String database, String... properties) {
    List<String> all = new ArrayList<>();
    environment(port, database).forEach((name, value) -> all.add(name.toLowerCase().replace('_', '.') + "=" + value));
    if (Stream.of(properties).noneMatch(property -> property.startsWith("spring.flyway.user="))) {
      all.add("spring.flyway.user=postgres");
      all.add("spring.flyway.password=");
    }
    all.add("server.port=0");
    all.add("spring.datasource.hikari.connection-timeout=2000");
    all.addAll(List.of(properties));
    return new SpringApplicationBuilder(FrontDoorApplication.class)
        .run(all.stream().map(property -> "--" + property).toArray(String[]::new));
  }

  public static String address(ConfigurableApplicationContext application) {
    return "http://localhost:" + application.getEnvironment().getProperty("local.server.port");
  }

  /** A GET of the path, with headers as name, value pairs. */
  public static HttpResponse<String> get(ConfigurableApplicationContext application, String path, String... headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address(application) + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
