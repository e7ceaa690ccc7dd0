package uk.frontdoor.referral;

import uk.frontdoor.platform.Labelled;

/** How a concern reached the council; its words are how a status history tells the arrival: "Received by phone". */
public enum Channel implements Labelled {
  /** A form on the council's report-a-concern pages. */
  ONLINE,
  /** A partner organisation's system, through the referral API. */
  API,
  /** A phone call recorded by a call handler. */
  PHONE
}
