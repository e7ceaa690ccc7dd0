package uk.frontdoor.lado;

import java.util.Locale;
import java.util.Map;
import uk.frontdoor.platform.Labelled;

/**
 * How an allegation concluded, in the words of Keeping Children Safe in Education 2025, Part 4:
 * each finding's name and what it means ({@code text("meaning")}), in {@code labels.properties}.
 */
public enum Finding implements Labelled {
  SUBSTANTIATED,
  MALICIOUS,
  FALSE,
  UNSUBSTANTIATED,
  UNFOUNDED;

  public String meaning() {
    return text("meaning");
  }

  /** Each finding's name and "Label: meaning", for radios. */
  public static Map<String, String> options() {
    return Labelled.options(values(), f -> f.label() + ": " + f.meaning().toLowerCase(Locale.UK));
  }
}
