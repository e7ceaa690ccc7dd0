package uk.frontdoor.authority;

/** The written referrals a council accepts from professionals. */
public enum ReferralType {
  SAFEGUARDING,
  EARLY_HELP
}
