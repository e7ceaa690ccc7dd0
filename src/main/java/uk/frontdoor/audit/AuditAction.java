package uk.frontdoor.audit;

import uk.frontdoor.platform.Labelled;

/**
 * What someone did, as the audit log stores it and as a manager reads it in "who has seen this".
 * An action written before it was named here is still shown in words, never as its code.
 */
public enum AuditAction implements Labelled {
  VIEWED,
  RATED,
  ASSIGNED,
  LINKED,
  PERSON_LINKED,
  PERSON_CREATED,
  REQUESTED_INFORMATION,
  ANSWERED,
  DECIDED,
  AUTHORISED,
  SENT_BACK,
  EDT_ACTION,
  HANDED_OVER,
  AUTHENTICATOR_RESET,
  LOCK_OUT_LIFTED,
  SSO_SET_UP,
  SSO_CHANGED,
  SSO_REMOVED,
  SIGNED_IN_WITH_PROVIDER,
  SIGN_IN_WITH_PROVIDER_REFUSED,
  ROLES_FROM_PROVIDER,
  COUNCIL_REGISTERED,
  STAFF_INVITED,
  INVITATION_ACCEPTED,
  ROLES_CHANGED,
  ROLES_REQUESTED,
  ROLES_APPROVED,
  ROLES_REFUSED,
  ACCOUNT_DISABLED,
  ACCOUNT_ENABLED,
  PARTNER_API_KEY_ISSUED,
  PARTNER_API_KEY_REVOKED,
  PARTNER_AGENCY_ADDED,
  PARTNER_AGENCY_CHANGED,
  DEADLINE_CHANGED,
  DEADLINE_RESET,
  ALLOCATED,
  STEPPED_UP,
  STEPPED_DOWN,
  PRIMARY_NEED,
  EPISODE_CLOSED,
  EPISODE_REOPENED,
  ASSESSMENT_STARTED,
  ASSESSMENT_SAVED,
  ASSESSMENT_SUBMITTED,
  ASSESSMENT_RETURNED,
  ASSESSMENT_AUTHORISED,
  CHRONOLOGY_EVENT_ADDED,
  CHRONOLOGY_MARKED,
  CHRONOLOGY_UNMARKED,
  STRAND_STARTED,
  STRAND_CONCLUDED,
  RESTRICTED,
  UNRESTRICTED,
  REFUSED;

  /** The words for a stored action: its label, or the code said as a sentence if it has none. */
  public static String words(String action) {
    return Labelled.words(AuditAction.class, action);
  }
}
