package uk.frontdoor.lado;

import java.util.Map;
import uk.frontdoor.platform.journey.Question;

/**
 * The strands an allegation may run in alongside the LADO's oversight (Keeping Children Safe in
 * Education, Part 4), each with the outcomes it can end in.
 */
public enum StrandKind {
  POLICE("Police investigation",
      Question.choices(
          "NO_FURTHER_ACTION", "No further action", "CAUTION", "Caution", "CHARGED", "Charged", "CONVICTED", "Convicted",
          "ACQUITTED", "Acquitted", "OTHER", "Other")),
  SECTION_47("Section 47 enquiry for the child",
      Question.choices(
          "NOT_SUBSTANTIATED", "Concerns not substantiated", "SUBSTANTIATED_NO_CONFERENCE",
          "Concerns substantiated, no conference needed", "INITIAL_CONFERENCE", "Initial child protection conference")),
  EMPLOYER("The employer’s own process",
      Question.choices(
          "NO_CASE", "No case to answer", "MANAGEMENT_ADVICE", "Management advice or training", "WARNING", "Warning",
          "DISMISSAL", "Dismissal", "RESIGNED", "Resigned before it ended", "CEASED_USING", "Stopped using their services",
          "OTHER", "Other"));

  private final String label;
  private final Map<String, String> outcomes;

  StrandKind(String label, Map<String, String> outcomes) {
    this.label = label;
    this.outcomes = outcomes;
  }

  public String label() {
    return label;
  }

  /** The outcomes it can end in: code and words. */
  public Map<String, String> outcomes() {
    return outcomes;
  }

  /** The kinds, for radios. */
  public static Map<String, String> options() {
    Map<String, String> options = new java.util.LinkedHashMap<>();
    for (StrandKind kind : values()) {
      options.put(kind.name(), kind.label);
    }
    return options;
  }
}
