package uk.frontdoor.authority;

/** The written referrals a council accepts from professionals. */
public enum ReferralType {
  SAFEGUARDING("Safeguarding"),
  EARLY_HELP("Early Help");

  private final String label;

  ReferralType(String label) {
    this.label = label;
  }

  /** As pages say it: "Safeguarding", "Early Help". */
  public String label() {
    return label;
  }
}
