package uk.frontdoor.returns;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the daily extract goes, as configured: a JSON file in a folder
 * ({@code frontdoor.returns.extract.folder}), and or a POST of the payload to the DfE's API
 * ({@code frontdoor.returns.extract.url}, with {@code .token} as the bearer token and
 * {@code .supplier-key}), in batches of {@value #BATCH} children as Data to Insight's tool sends
 * them. Neither is set by default, and then nothing is sent.
 */
@Component
class CscDestinations {

  /** Children in one POST, as the reference tool batches them. */
  static final int BATCH = 100;

  /** A delivery that failed, with how many children went before it did. */
  static final class DeliveryFailed extends Exception {
    private final int delivered;

    DeliveryFailed(String message, int delivered, Throwable cause) {
      super(message, cause);
      this.delivered = delivered;
    }

    /** The children (from the first) that reached the API before the failure. */
    int delivered() {
      return delivered;
    }
  }

  private final String folder;
  private final String url;
  private final String token;
  private final String supplierKey;
  private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

  CscDestinations(
      @Value("${frontdoor.returns.extract.folder:}") String folder,
      @Value("${frontdoor.returns.extract.url:}") String url,
      @Value("${frontdoor.returns.extract.token:}") String token,
      @Value("${frontdoor.returns.extract.supplier-key:}") String supplierKey) {
    this.folder = folder.strip();
    this.url = url.strip().replaceAll("/+$", "");
    this.token = token.strip();
    this.supplierKey = supplierKey.strip();
  }

  /** Whether any destination is configured. */
  boolean configured() {
    return !folder.isEmpty() || !url.isEmpty();
  }

  /** The destinations in words, for the audit. */
  String describe() {
    List<String> where = new ArrayList<>();
    if (!folder.isEmpty()) {
      where.add("folder " + folder);
    }
    if (!url.isEmpty()) {
      where.add("API " + url);
    }
    return String.join(" and ", where);
  }

  /**
   * Delivers the payload: the whole array as one file (written beside, then moved into place, so a
   * reader never sees half of it), then the children in batches to the API.
   *
   * @param children the children's records, each one JSON object
   */
  void deliver(String la, String fileName, List<String> children) throws DeliveryFailed {
    if (!folder.isEmpty()) {
      try {
        Path dir = Files.createDirectories(Path.of(folder));
        Path part = dir.resolve(fileName + ".part");
        Files.writeString(part, "[\n" + String.join(",\n", children) + "\n]\n");
        Files.move(part, dir.resolve(fileName), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException | RuntimeException e) {
        throw new DeliveryFailed("Could not write the extract to " + folder + ": " + e.getMessage(), 0, e);
      }
    }
    if (!url.isEmpty()) {
      URI endpoint = URI.create(url + "/children_social_care_data/" + la + "/children");
      for (int from = 0; from < children.size(); from += BATCH) {
        List<String> batch = children.subList(from, Math.min(children.size(), from + BATCH));
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("[" + String.join(",", batch) + "]"));
        if (!token.isEmpty()) {
          request.header("Authorization", "Bearer " + token);
        }
        if (!supplierKey.isEmpty()) {
          request.header("SupplierKey", supplierKey);
        }
        try {
          HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body();
            throw new DeliveryFailed("The API answered " + response.statusCode() + ": " + body.substring(0, Math.min(200, body.length())), from, null);
          }
        } catch (IOException e) {
          throw new DeliveryFailed("Could not reach the API: " + e.getMessage(), from, e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new DeliveryFailed("Interrupted while sending to the API", from, e);
        }
      }
    }
  }
}
