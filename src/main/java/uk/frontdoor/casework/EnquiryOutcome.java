package uk.frontdoor.casework;

import java.util.Map;
import uk.frontdoor.platform.Labelled;

/** What a section 47 enquiry found (Working Together 2023; the CIN census's S47 outcome). */
public enum EnquiryOutcome implements Labelled {
  NOT_SUBSTANTIATED("Concerns not substantiated"),
  SUBSTANTIATED_NO_CONFERENCE("Concerns substantiated, but the child is not judged to be at continuing risk of significant harm"),
  CONFERENCE(
      "Concerns substantiated and the child may continue to be at risk of significant harm: convene an initial child protection conference");

  private final String label;

  EnquiryOutcome(String label) {
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
