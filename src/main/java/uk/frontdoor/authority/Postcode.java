package uk.frontdoor.authority;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A UK postcode in the BS 7666 format, normalised to capitals with one space (such as
 * {@code OX1 1AA}). A valid format does not prove the postcode exists.
 */
public record Postcode(String value) {

  // Area (no Q, V, X first; no I, J, Z second), district digit(s) or digit+letter, then the
  // inward code: a digit and two letters, none of C I K M O V.
  private static final Pattern FORMAT =
      Pattern.compile(
          "^(GIR 0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?"
              + "|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
              + " [0-9][ABD-HJLNP-UW-Z]{2})$");

  public Postcode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a UK postcode: " + value);
    }
  }

  /** Reads what a person typed: any case, any spacing. Empty if it is not a UK postcode. */
  public static Optional<Postcode> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String compact = typed.replaceAll("\\s+", "").toUpperCase(Locale.UK);
    if (compact.length() < 5 || compact.length() > 7) {
      return Optional.empty();
    }
    String spaced = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    return FORMAT.matcher(spaced).matches() ? Optional.of(new Postcode(spaced)) : Optional.empty();
  }

  /** The outward code, which names the postcode district, such as {@code RG12}. */
  public String district() {
    return value.substring(0, value.indexOf(' '));
  }

  /** The postcode sector, such as {@code RG12 7}. */
  public String sector() {
    return value.substring(0, value.indexOf(' ') + 2);
  }

  /** Whether this postcode lies in a district ({@code RG8}) or sector ({@code RG8 7}). */
  public boolean isWithin(String districtOrSector) {
    String area = districtOrSector.strip().toUpperCase(Locale.UK);
    return area.contains(" ") ? sector().equals(area) : district().equals(area);
  }
}
