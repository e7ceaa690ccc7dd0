package uk.frontdoor.referral;

import uk.frontdoor.platform.Labelled;

/** Kinds of harm a referrer can name; NOT_SURE is a real answer, not a gap. */
public enum HarmCategory implements Labelled {
  PHYSICAL,
  EMOTIONAL,
  SEXUAL,
  NEGLECT,
  EXPLOITATION,
  NOT_SURE;
}
