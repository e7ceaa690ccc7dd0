package uk.frontdoor.referral;

/** Parental consent to a professional's referral. */
public enum ConsentStatus {
  /** Parents were told and agree. */
  GIVEN,
  /** Not sought because telling the family would increase the risk to the child. */
  NOT_SOUGHT_RISK,
  /** Sought and refused. */
  REFUSED
}
