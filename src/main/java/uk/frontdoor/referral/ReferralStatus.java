package uk.frontdoor.referral;

/** Where a referral has got to, as its referrer may see it. */
public enum ReferralStatus {
  RECEIVED,
  IN_TRIAGE,
  DECIDED,
  CLOSED
}
