package uk.frontdoor.lado;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.frontdoor.platform.Labelled;

/**
 * The harm test for an allegation against an adult who works with children (Keeping Children Safe
 * in Education 2025, Part 4; Working Together to Safeguard Children 2023): any one part applying
 * makes it an allegation the LADO manages.
 */
public enum HarmTest implements Labelled {
  HARMED,
  OFFENCE,
  RISK,
  UNSUITABLE;

  /** The choice saying no part applies. */
  public static final String NONE = "NONE";

  /** Each part's name and words, then "none of these", for checkboxes. */
  public static Map<String, String> options() {
    Map<String, String> options = new LinkedHashMap<>(Labelled.options(values()));
    options.put(NONE, "None of these: the harm test does not apply");
    return options;
  }
}
