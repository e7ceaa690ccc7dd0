/**
 * The Multi-Agency Safeguarding Hub: every concern from the referral pipeline becomes a contact in
 * its council's MASH queue, to be triaged and decided within one working day.
 *
 * <p>An authorised decision changes the referral's status through {@code referral}'s published
 * {@link uk.frontdoor.referral.Referrals#decided}, in the authorising transaction, so that the
 * referrer's view and the outcome email never disagree with the contact; {@link
 * uk.frontdoor.mash.ContactDecided} is for the modules downstream of the MASH (the LADO, and
 * casework to come), which {@code mash} does not know. {@code referral} never listens to it: it
 * cannot depend on {@code mash}, which depends on it.
 */
package uk.frontdoor.mash;
