package uk.frontdoor.referral;

import uk.frontdoor.platform.Labelled;

/** Who is worried, which decides the questions asked and where the concern goes. */
public enum Route implements Labelled {
  MEMBER_OF_PUBLIC,
  CHILD,
  PARENT_CARER,
  PROFESSIONAL,
  /** About an adult who works with children: goes to the council's LADO, not the MASH. */
  LADO
}
