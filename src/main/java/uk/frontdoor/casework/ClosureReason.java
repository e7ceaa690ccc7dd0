package uk.frontdoor.casework;

import uk.frontdoor.platform.Labelled;

/** Why an episode closed: the CIN census reason for closure codes (RC1 to RC9), with the census's words. */
public enum ClosureReason implements Labelled {
  RC1,
  RC2,
  RC3,
  RC4,
  RC5,
  RC6,
  RC7,
  RC8,
  RC9;

}
