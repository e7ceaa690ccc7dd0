package uk.frontdoor.mash;

import uk.frontdoor.platform.Labelled;

/**
 * What the MASH decides happens next, with the words a worker reads and the words a referrer is
 * sent ({@code text("forReferrer")}), in {@code labels.properties}. The referrer's words never
 * disclose the family's private information.
 */
public enum Outcome implements Labelled {
  NO_FURTHER_ACTION,
  ADVICE_AND_SIGNPOSTING,
  EARLY_HELP,
  CHILD_AND_FAMILY_ASSESSMENT,
  STRATEGY_DISCUSSION,
  IMMEDIATE_PROTECTION,
  OPEN_CASE,
  LADO;

  /** What the referrer is told, in words that disclose nothing private about the family. */
  public String forReferrer() {
    return text("forReferrer");
  }
}
