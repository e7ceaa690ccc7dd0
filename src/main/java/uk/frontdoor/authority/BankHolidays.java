package uk.frontdoor.authority;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bank holidays of one division (such as {@code england-and-wales}), read from a file in the
 * format of GOV.UK's {@code https://www.gov.uk/bank-holidays.json}, so that a newer copy of that
 * file can replace the one shipped. Immutable.
 *
 * <p>The file is taken to list every bank holiday of each year in which it lists any: it covers
 * 1 January of its first year to 31 December of its last.
 */
public final class BankHolidays {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private final NavigableMap<LocalDate, String> titles;

  private BankHolidays(NavigableMap<LocalDate, String> titles) {
    this.titles = Collections.unmodifiableNavigableMap(titles);
  }

  /**
   * Reads one division of a GOV.UK bank holidays file.
   *
   * @throws IllegalArgumentException if the file is not valid JSON, has no such division, or has
   *     an event without a valid date and title
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static BankHolidays fromGovUkJson(InputStream json, String division) {
    JsonNode events = divisionOf(read(json), division).path("events");
    if (!events.isArray() || events.isEmpty()) {
      throw new IllegalArgumentException(
          "The bank holidays file lists no events for division '" + division + "'");
    }
    NavigableMap<LocalDate, String> titles = new TreeMap<>();
    for (JsonNode event : events) {
      LocalDate date = dateOf(event);
      if (titles.put(date, titleOf(event)) != null) {
        throw new IllegalArgumentException("The bank holidays file lists " + date + " twice");
      }
    }
    return new BankHolidays(titles);
  }

  private static JsonNode read(InputStream json) {
    try {
      return JSON.readTree(json);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException("Could not read the bank holidays file", e.getCause());
    } catch (JacksonException e) {
      throw new IllegalArgumentException("The bank holidays file is not valid JSON", e);
    }
  }

  private static JsonNode divisionOf(JsonNode root, String division) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("The bank holidays file is not a JSON object");
    }
    JsonNode found = root.path(division);
    if (!found.isObject()) {
      throw new IllegalArgumentException(
          "The bank holidays file has no division '" + division + "'");
    }
    return found;
  }

  private static LocalDate dateOf(JsonNode event) {
    JsonNode date = event.path("date");
    if (!date.isString()) {
      throw new IllegalArgumentException("A bank holiday has no date: " + event);
    }
    try {
      return LocalDate.parse(date.stringValue());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not a date in the bank holidays file: " + event, e);
    }
  }

  private static String titleOf(JsonNode event) {
    JsonNode title = event.path("title");
    if (!title.isString() || title.stringValue().isBlank()) {
      throw new IllegalArgumentException("A bank holiday has no title: " + event);
    }
    return title.stringValue();
  }

  /** Whether the date is a bank holiday. */
  public boolean isHoliday(LocalDate date) {
    return titles.containsKey(date);
  }

  /** The holiday's name, such as "Boxing Day", or empty if the date is not a bank holiday. */
  public Optional<String> title(LocalDate date) {
    return Optional.ofNullable(titles.get(date));
  }

  /** The last bank holiday the file lists. */
  public LocalDate lastHoliday() {
    return titles.lastKey();
  }

  /** 1 January of the first year the file lists. */
  public LocalDate firstCovered() {
    return LocalDate.of(titles.firstKey().getYear(), 1, 1);
  }

  /** 31 December of the last year the file lists. */
  public LocalDate lastCovered() {
    return LocalDate.of(titles.lastKey().getYear(), 12, 31);
  }

  /** Whether the date falls in a year the file lists, so its bank holidays are known. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(firstCovered()) && !date.isAfter(lastCovered());
  }
}
