package uk.frontdoor.platform;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Errors against named fields, in the order they were found, with GOV.UK-style messages. Used by
 * the forms (error summary and messages beside fields) and the API (a problem document).
 */
public final class FieldErrors {

  private final Map<String, String> errors = new LinkedHashMap<>();

  /** Keeps the first error for a field: it is the one to fix first. */
  public void add(String field, String message) {
    errors.putIfAbsent(field, message);
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public Map<String, String> asMap() {
    return Map.copyOf(errors);
  }

  /** In the order found, for an error summary. */
  public Map<String, String> ordered() {
    return new LinkedHashMap<>(errors);
  }

  public boolean has(String field) {
    return errors.containsKey(field);
  }

  /**
   * The errors a failed post handed to the page it redirected to (post/redirect/get keeps the
   * browser's back button free of "Confirm form resubmission"), as a flash attribute named
   * {@code errors}; none if there are none.
   */
  public static FieldErrors flashed(Map<String, ?> model) {
    FieldErrors flashed = new FieldErrors();
    if (model.get("errors") instanceof Map<?, ?> map) {
      map.forEach((field, message) -> flashed.add(String.valueOf(field), String.valueOf(message)));
    }
    return flashed;
  }

  /** Blank is null; otherwise stripped. */
  public static String clean(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** Checks a required text answer: present and not too long. Returns it cleaned. */
  public String required(String field, String label, String value, int max, String whenMissing) {
    String cleaned = clean(value);
    if (cleaned == null) {
      add(field, whenMissing);
    } else if (cleaned.length() > max) {
      add(field, label + " must be " + max + " characters or fewer");
    }
    return cleaned;
  }

  /** Checks an optional text answer is not too long. Returns it cleaned. */
  public String optional(String field, String label, String value, int max) {
    String cleaned = clean(value);
    if (cleaned != null && cleaned.length() > max) {
      add(field, label + " must be " + max + " characters or fewer");
    }
    return cleaned;
  }

  /** An ISO date (yyyy-mm-dd), or empty with an error recorded if it is not one. */
  public Optional<LocalDate> isoDate(String field, String value, String label) {
    String cleaned = clean(value);
    if (cleaned == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(cleaned));
    } catch (DateTimeParseException e) {
      add(field, label + " must be a real date, written as YYYY-MM-DD");
      return Optional.empty();
    }
  }

  /** A child's date of birth, or an unborn child's expected date; at most one of them is set. */
  public record ChildDates(LocalDate born, LocalDate expected) {}

  /**
   * A child's date of birth ({@code dobDay}, {@code dobMonth}, {@code dobYear}) and, for an unborn
   * child, the expected date ({@code dueDay}…). Either may be left empty, not both given. A date of
   * birth is real, not after today, of someone under 19; an expected date is real, not before
   * today, and within 10 months.
   */
  public ChildDates childDates(
      String dobDay, String dobMonth, String dobYear, String dueDay, String dueMonth, String dueYear, LocalDate today) {
    Optional<LocalDate> born = dateOfBirth("dobDay", dobDay, dobMonth, dobYear, today);
    Optional<LocalDate> expected = typedDate("dueDay", "Expected date", dueDay, dueMonth, dueYear);
    if (expected.isPresent() && expected.get().isBefore(today)) {
      add("dueDay", "Expected date must be today or in the future. If the baby has been born, give the date of birth instead");
      expected = Optional.empty();
    } else if (expected.isPresent() && expected.get().isAfter(today.plusMonths(10))) {
      add("dueDay", "Expected date must be within the next 10 months");
      expected = Optional.empty();
    }
    if (born.isPresent() && expected.isPresent()) {
      add("dueDay", "Give a date of birth or an expected date, not both");
      return new ChildDates(null, null);
    }
    return new ChildDates(born.orElse(null), expected.orElse(null));
  }

  /**
   * A child's date of birth typed as day, month and year: all empty is no answer; otherwise it
   * must be a real date, not after today, of someone under 19. Errors are recorded on {@code field}.
   */
  public Optional<LocalDate> dateOfBirth(String field, String day, String month, String year, LocalDate today) {
    Optional<LocalDate> born = typedDate(field, "Date of birth", day, month, year);
    if (born.isPresent() && born.get().isAfter(today)) {
      add(field, "Date of birth must be today or in the past");
      return Optional.empty();
    }
    if (born.isPresent() && born.get().isBefore(today.minusYears(19))) {
      add(field, "Date of birth must be of a child or young person under 19");
      return Optional.empty();
    }
    return born;
  }

  /** A date typed as day, month and year: empty if all three are empty or it is not a real date. */
  public Optional<LocalDate> typedDate(String field, String label, String day, String month, String year) {
    String d = clean(day);
    String m = clean(month);
    String y = clean(year);
    if (d == null && m == null && y == null) {
      return Optional.empty();
    }
    if (d == null || m == null || y == null) {
      add(field, label + " must include a day, month and year, or leave it all empty");
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      add(field, label + " must be a real date");
      return Optional.empty();
    }
  }

  /**
   * A time of day typed, if any ("9:30am", "14:30", "midday"): empty when the field is empty, and
   * an error on the field when it is not a time.
   */
  public Optional<java.time.LocalTime> typedTime(String field, String value) {
    String cleaned = clean(value);
    if (cleaned == null) {
      return Optional.empty();
    }
    Optional<java.time.LocalTime> time = parseTime(cleaned);
    if (time.isEmpty()) {
      add(field, "Enter the time like 9:30am or 14:30, or leave it empty");
    }
    return time;
  }

  /**
   * The moment a day and, if given, a time of it were typed for, in the zone: the day's start where
   * no time was given; empty without a real day. For answers already checked.
   */
  public static Optional<java.time.Instant> typedMoment(
      String day, String month, String year, String time, java.time.ZoneId zone) {
    return new FieldErrors().typedDate("day", "", day, month, year)
        .map(date -> date.atTime(parseTime(time).orElse(java.time.LocalTime.MIDNIGHT)).atZone(zone).toInstant());
  }

  /**
   * A time of day as people type it: "9:30am", "9.30 am", "9am", "14:30", "midday", "noon"; empty
   * when it is none of these.
   */
  public static Optional<java.time.LocalTime> parseTime(String typed) {
    String t = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "").replace('.', ':');
    if (t.equals("midday") || t.equals("noon") || t.equals("12noon")) {
      return Optional.of(java.time.LocalTime.NOON);
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2})(?::(\\d{2}))?(am|pm)?").matcher(t);
    if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (m.group(3) != null) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      hour = hour % 12 + (m.group(3).equals("pm") ? 12 : 0);
    }
    return hour > 23 || minute > 59 ? Optional.empty() : Optional.of(java.time.LocalTime.of(hour, minute));
  }

  /**
   * A UK phone number: digits, spaces and a leading +, with 10 to 13 digits (01632 960 001,
   * 07700 900 982, +44 7700 900 982). Returns it cleaned.
   */
  public String phone(String field, String value, boolean required, String whenMissing) {
    return shaped(field, value, required, whenMissing, FieldErrors::looksLikePhone,
        "Enter a phone number with 10 to 13 digits, like 01632 960 001 or +44 7700 900 982, using only digits, spaces and +");
  }

  /**
   * An answer that must have a shape: when empty, an error only if it is required; when typed, an
   * error unless it looks right. Returns it cleaned.
   */
  private String shaped(
      String field, String value, boolean required, String whenMissing, Predicate<String> looksRight, String whenWrong) {
    String cleaned = clean(value);
    if (cleaned == null) {
      if (required) {
        add(field, whenMissing);
      }
    } else if (!looksRight.test(cleaned)) {
      add(field, whenWrong);
    }
    return cleaned;
  }

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ]+");

  /** Whether this (already stripped) text is a phone number of 10 to 13 digits, digits, spaces and a leading + only. */
  public static boolean looksLikePhone(String text) {
    if (text == null || text.length() > 40 || !PHONE.matcher(text).matches()) {
      return false;
    }
    long digits = text.chars().filter(Character::isDigit).count();
    return digits >= 10 && digits <= 13;
  }

  /** A plain email address check: something@something.tld, no spaces. */
  public String email(String field, String value, boolean required, String whenMissing) {
    return shaped(field, value, required, whenMissing, FieldErrors::looksLikeEmail,
        "Enter an email address in the correct format, like name@example.com");
  }

  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Whether this (already stripped) text is shaped like an email address: x@y.z, no spaces. */
  public static boolean looksLikeEmail(String text) {
    return text != null && text.length() <= 320 && EMAIL.matcher(text).matches();
  }
}
