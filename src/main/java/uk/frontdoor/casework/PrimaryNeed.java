package uk.frontdoor.casework;

import uk.frontdoor.platform.Labelled;

/** The CIN census primary need codes (N0 to N9), with the census's words. */
public enum PrimaryNeed implements Labelled {
  N1,
  N2,
  N3,
  N4,
  N5,
  N6,
  N7,
  N8,
  N9,
  N0;

}
