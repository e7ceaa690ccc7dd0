package uk.frontdoor.lado;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** How an allegation concluded, in the words of Keeping Children Safe in Education 2025, Part 4. */
public enum Finding {
  SUBSTANTIATED("Substantiated", "There is sufficient evidence to prove the allegation"),
  MALICIOUS("Malicious", "There is sufficient evidence to disprove the allegation and there has been a deliberate act to deceive"),
  FALSE("False", "There is sufficient evidence to disprove the allegation"),
  UNSUBSTANTIATED("Unsubstantiated", "There is insufficient evidence either to prove or disprove the allegation; it does not imply guilt or innocence"),
  UNFOUNDED("Unfounded", "There is no evidence or proper basis which supports the allegation being made");

  private final String label;
  private final String meaning;

  Finding(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  public String label() {
    return label;
  }

  public String meaning() {
    return meaning;
  }

  /** Each finding's name and "Label: meaning", for radios. */
  public static Map<String, String> options() {
    Map<String, String> options = new LinkedHashMap<>();
    Arrays.stream(values()).forEach(f -> options.put(f.name(), f.label + ": " + f.meaning.toLowerCase(java.util.Locale.UK)));
    return options;
  }
}
