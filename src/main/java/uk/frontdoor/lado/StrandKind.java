package uk.frontdoor.lado;

import java.util.Map;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.journey.Question;

/**
 * The strands an allegation may run in alongside the LADO's oversight (Keeping Children Safe in
 * Education, Part 4), each with the outcomes it can end in.
 */
public enum StrandKind implements Labelled {
  POLICE(
      Question.choices(
          "NO_FURTHER_ACTION", "No further action", "CAUTION", "Caution", "CHARGED", "Charged", "CONVICTED", "Convicted",
          "ACQUITTED", "Acquitted", "OTHER", "Other")),
  SECTION_47(
      Question.choices(
          "NOT_SUBSTANTIATED", "Concerns not substantiated", "SUBSTANTIATED_NO_CONFERENCE",
          "Concerns substantiated, no conference needed", "INITIAL_CONFERENCE", "Initial child protection conference")),
  EMPLOYER(
      Question.choices(
          "NO_CASE", "No case to answer", "MANAGEMENT_ADVICE", "Management advice or training", "WARNING", "Warning",
          "DISMISSAL", "Dismissal", "RESIGNED", "Resigned before it ended", "CEASED_USING", "Stopped using their services",
          "OTHER", "Other"));

  private final Map<String, String> outcomes;

  StrandKind(Map<String, String> outcomes) {
    this.outcomes = outcomes;
  }

  /** The outcomes it can end in: code and words. */
  public Map<String, String> outcomes() {
    return outcomes;
  }
}
