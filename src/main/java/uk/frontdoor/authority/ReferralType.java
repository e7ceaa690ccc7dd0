package uk.frontdoor.authority;

import uk.frontdoor.platform.Labelled;

/** The written referrals a council accepts from professionals. */
public enum ReferralType implements Labelled {
  SAFEGUARDING,
  EARLY_HELP
}
