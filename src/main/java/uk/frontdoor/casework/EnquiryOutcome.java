package uk.frontdoor.casework;

import uk.frontdoor.platform.Labelled;

/** What a section 47 enquiry found (Working Together 2023; the CIN census's S47 outcome). */
public enum EnquiryOutcome implements Labelled {
  NOT_SUBSTANTIATED,
  SUBSTANTIATED_NO_CONFERENCE,
  CONFERENCE;
}
