package uk.frontdoor.casework;

import uk.frontdoor.platform.Labelled;

/** The category of abuse of a child protection plan, with its CIN census code (CPPInitialCategoryOfAbuse). */
public enum AbuseCategory implements Labelled {
  NEG,
  PHY,
  EMO,
  SAB,
  MUL;

  /** The CIN census code: "NEG". */
  public String code() {
    return name();
  }
}
