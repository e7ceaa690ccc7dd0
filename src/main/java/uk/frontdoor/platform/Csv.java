package uk.frontdoor.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A download as comma-separated values (RFC 4180), in UTF-8: a header row of plain column names,
 * then the rows, each cell quoted but a whole number. A cell that a spreadsheet would read as a formula (one beginning with {@code = + - @},
 * a tab or a carriage return) starts with an apostrophe instead, so that opening the file never runs
 * what someone typed.
 */
public final class Csv {

  private Csv() {}

  /** The file, named {@code filename}, with the header row then the rows. */
  public static ResponseEntity<byte[]> download(String filename, List<String> header, List<List<String>> rows) {
    StringBuilder csv = new StringBuilder();
    csv.append(String.join(",", header.stream().map(name -> name.matches("[\\w ]+") ? name : cell(name)).toList())).append("\r\n");
    rows.forEach(row -> csv.append(String.join(",", row.stream().map(Csv::cell).toList())).append("\r\n"));
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** One cell: a whole number as it is; otherwise quoted, quotes doubled, a would-be formula made text; null is empty. */
  public static String cell(String text) {
    if (text == null) {
      return "";
    }
    if (text.matches("\\d+")) {
      return text;
    }
    String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
