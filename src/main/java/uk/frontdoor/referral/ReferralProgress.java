package uk.frontdoor.referral;

/**
 * What the council's work after its decision has reached, as the referrer may be told it: steps
 * in words that say nothing about the family. Casework reports each step once, when it is reached.
 */
public enum ReferralProgress {
  ASSESSMENT_STARTED("Assessment started"),
  ASSESSMENT_COMPLETED("Assessment completed");

  private final String words;

  ReferralProgress(String words) {
    this.words = words;
  }

  /** The step as the referrer reads it. */
  public String words() {
    return words;
  }
}
