package uk.frontdoor.mash;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the MASH decides happens next, with the words a worker reads and the words a referrer is
 * sent. The referrer's words never disclose the family's private information.
 */
public enum Outcome {
  NO_FURTHER_ACTION(
      "No further action",
      "We have looked carefully at what you told us and at what we already know. We will not be"
          + " taking further action with the family at the moment."),
  ADVICE_AND_SIGNPOSTING(
      "Advice and signposting",
      "We have given advice and information about services that may help. We will not be taking"
          + " further action ourselves at the moment."),
  EARLY_HELP(
      "Early Help",
      "We think the family would benefit from early help, and we are offering them support from"
          + " the council’s early help services."),
  CHILD_AND_FAMILY_ASSESSMENT(
      "Child and family assessment (section 17)",
      "A social worker will carry out an assessment with the family to understand what help they"
          + " need."),
  STRATEGY_DISCUSSION(
      "Strategy discussion (section 47)",
      "We are working with the police and other agencies to find out more and to decide how best to"
          + " keep the child safe."),
  IMMEDIATE_PROTECTION(
      "Immediate protection (police)",
      "We have acted with the police to make sure the child is safe."),
  OPEN_CASE(
      "Pass to the allocated worker of an open case",
      "We have passed what you told us to the social worker who already works with the family."),
  LADO(
      "Refer to the LADO",
      "We have passed what you told us to the Local Authority Designated Officer, who deals with"
          + " concerns about adults who work with children.");

  private final String label;
  private final String forReferrer;

  Outcome(String label, String forReferrer) {
    this.label = label;
    this.forReferrer = forReferrer;
  }

  public String label() {
    return label;
  }

  /** What the referrer is told, in words that disclose nothing private about the family. */
  public String forReferrer() {
    return forReferrer;
  }

  /** Every outcome's name and label, in order, as a form's radio options. */
  public static Map<String, String> options() {
    Map<String, String> options = new LinkedHashMap<>();
    for (Outcome outcome : values()) {
      options.put(outcome.name(), outcome.label());
    }
    return options;
  }
}
