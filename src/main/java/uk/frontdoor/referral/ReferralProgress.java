package uk.frontdoor.referral;

import uk.frontdoor.platform.Labelled;

/**
 * What the council's work after its decision has reached, as the referrer may be told it: steps
 * in words that say nothing about the family. Casework reports each step once, when it is reached.
 */
public enum ReferralProgress implements Labelled {
  ASSESSMENT_STARTED,
  ASSESSMENT_COMPLETED
}
