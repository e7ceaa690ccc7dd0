package uk.frontdoor.referral;

/** How a concern reached the council. */
public enum Channel {
  /** A form on the council's report-a-concern pages. */
  ONLINE("Received online"),
  /** A partner organisation's system, through the referral API. */
  API("Received from a partner system"),
  /** A phone call recorded by a call handler. */
  PHONE("Received by phone");

  private final String received;

  Channel(String received) {
    this.received = received;
  }

  /** How a status history tells the arrival: "Received by phone". */
  public String received() {
    return received;
  }
}
