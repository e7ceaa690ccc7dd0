package uk.frontdoor.authority;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bank holidays of one division (England and Wales), read from a file in the format of
 * GOV.UK's {@code https://www.gov.uk/bank-holidays.json}, so a newer file can be dropped in.
 */
public final class BankHolidays {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final NavigableMap<LocalDate, String> holidays;

  private BankHolidays(Map<LocalDate, String> holidays) {
    if (holidays.isEmpty()) {
      throw new IllegalArgumentException("The bank holidays file lists no holidays");
    }
    this.holidays = Collections.unmodifiableNavigableMap(new TreeMap<>(holidays));
  }

  /** Reads one division, such as {@code england-and-wales}, of a GOV.UK bank holidays file. */
  public static BankHolidays fromGovUkJson(InputStream json, String division) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("The bank holidays file is not valid JSON", e);
    }
    JsonNode events = root == null ? null : root.path(division).path("events");
    if (events == null || !events.isArray()) {
      throw new IllegalArgumentException("The bank holidays file has no events for " + division);
    }
    Map<LocalDate, String> holidays = new TreeMap<>();
    for (JsonNode event : events) {
      try {
        holidays.put(LocalDate.parse(event.path("date").asString()), event.path("title").asString());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("Not a date in the bank holidays file: " + event, e);
      }
    }
    return new BankHolidays(holidays);
  }

  public boolean isHoliday(LocalDate date) {
    return holidays.containsKey(date);
  }

  public Optional<String> title(LocalDate date) {
    return Optional.ofNullable(holidays.get(date));
  }

  /** 1 January of the first year the file covers. */
  public LocalDate firstCovered() {
    return holidays.firstKey().withDayOfYear(1);
  }

  /** 31 December of the last year the file covers. */
  public LocalDate lastCovered() {
    return holidays.lastKey().withMonth(12).withDayOfMonth(31);
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(firstCovered()) && !date.isAfter(lastCovered());
  }

  /** The holidays in date order. */
  public Map<LocalDate, String> all() {
    return holidays;
  }
}
