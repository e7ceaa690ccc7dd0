/**
 * The Multi-Agency Safeguarding Hub: every concern from the referral pipeline becomes a contact in
 * its council's MASH queue, to be triaged and decided within one working day.
 */
package uk.frontdoor.mash;
