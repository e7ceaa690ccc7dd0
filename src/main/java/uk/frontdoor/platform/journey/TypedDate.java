package uk.frontdoor.platform.journey;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import uk.frontdoor.platform.FieldErrors;

/** A date typed as day, month and year, read back the way GOV.UK writes dates ("2 March 2016"). */
final class TypedDate {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private TypedDate() {}

  /** The date in words; what was typed if it is not a real date; "Not given" if nothing was. */
  static String shown(String day, String month, String year) {
    String d = FieldErrors.clean(day);
    String m = FieldErrors.clean(month);
    String y = FieldErrors.clean(year);
    if (d == null && m == null && y == null) {
      return "Not given";
    }
    return parse(d, m, y).map(SHOWN::format).orElse(String.join("/", part(d), part(m), part(y)));
  }

  private static Optional<LocalDate> parse(String day, String month, String year) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String part(String value) {
    return value == null ? "?" : value;
  }
}
