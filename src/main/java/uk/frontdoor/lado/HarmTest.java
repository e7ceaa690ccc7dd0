package uk.frontdoor.lado;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The harm test for an allegation against an adult who works with children (Keeping Children Safe
 * in Education 2025, Part 4; Working Together to Safeguard Children 2023): any one part applying
 * makes it an allegation the LADO manages.
 */
public enum HarmTest {
  HARMED("Has behaved in a way that has harmed a child, or may have harmed a child"),
  OFFENCE("Has possibly committed a criminal offence against or related to a child"),
  RISK("Has behaved towards a child or children in a way that indicates they may pose a risk of harm to children"),
  UNSUITABLE("Has behaved or may have behaved in a way that indicates they may not be suitable to work with children");

  /** The choice saying no part applies. */
  public static final String NONE = "NONE";

  private final String words;

  HarmTest(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }

  /** Each part's name and words, then "none of these", for checkboxes. */
  public static Map<String, String> options() {
    Map<String, String> options = new LinkedHashMap<>();
    Arrays.stream(values()).forEach(part -> options.put(part.name(), part.words()));
    options.put(NONE, "None of these: the harm test does not apply");
    return options;
  }
}
