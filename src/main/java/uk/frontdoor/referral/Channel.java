package uk.frontdoor.referral;

/** How a concern reached the council. */
public enum Channel {
  /** A form on the council's report-a-concern pages. */
  ONLINE,
  /** A partner organisation's system, through the referral API. */
  API,
  /** A phone call recorded by a call handler. */
  PHONE
}
