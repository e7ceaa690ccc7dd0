package uk.frontdoor.casework;

import java.util.Map;
import uk.frontdoor.platform.Labelled;

/** What a child and family assessment concludes should happen next. */
public enum AssessmentOutcome implements Labelled {
  CIN_PLAN("Child in need plan"),
  /** Once authorised, the episode steps down to early help, with the assessment as the reason. */
  EARLY_HELP("Step down to Early Help"),
  /** Once authorised, the episode may close (RC8 Case closed after assessment, no further action). */
  NO_FURTHER_ACTION("No further action");

  private final String label;

  AssessmentOutcome(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Every outcome and its words, as a form's options. */
  public static Map<String, String> options() {
    return Labelled.options(values());
  }
}
