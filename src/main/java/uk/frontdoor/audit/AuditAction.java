package uk.frontdoor.audit;

import java.util.Arrays;
import uk.frontdoor.platform.Codes;

/**
 * What someone did, as the audit log stores it and as a manager reads it in "who has seen this".
 * An action written before it was named here is still shown in words, never as its code.
 */
public enum AuditAction {
  VIEWED("Opened"),
  RATED("Rated urgency"),
  ASSIGNED("Assigned"),
  LINKED("Linked to a contact"),
  PERSON_LINKED("Linked a person to a known record"),
  PERSON_CREATED("Added a person not known before"),
  REQUESTED_INFORMATION("Asked a partner agency"),
  ANSWERED("Answered a request for information"),
  DECIDED("Recorded the decision"),
  AUTHORISED("Authorised the decision"),
  SENT_BACK("Sent the decision back"),
  EDT_ACTION("Emergency Duty Team action"),
  HANDED_OVER("Handed over to the MASH"),
  AUTHENTICATOR_RESET("Reset an authenticator app"),
  LOCK_OUT_LIFTED("Lifted a lock-out"),
  SSO_SET_UP("Set up single sign-on"),
  SSO_CHANGED("Changed single sign-on"),
  SSO_REMOVED("Stopped single sign-on"),
  SIGNED_IN_WITH_PROVIDER("Signed in with the council’s account"),
  SIGN_IN_WITH_PROVIDER_REFUSED("Refused sign-in with the council’s account"),
  ROLES_FROM_PROVIDER("Roles set from the council’s identity provider groups"),
  COUNCIL_REGISTERED("Added the council to Front Door"),
  STAFF_INVITED("Invited a member of staff"),
  INVITATION_ACCEPTED("Set a password from an invitation"),
  ROLES_CHANGED("Changed a member of staff’s roles"),
  ROLES_REQUESTED("Asked for wider roles of their own"),
  ROLES_APPROVED("Approved another administrator’s wider roles"),
  ROLES_REFUSED("Refused another administrator’s wider roles"),
  ACCOUNT_DISABLED("Disabled a member of staff’s account"),
  ACCOUNT_ENABLED("Re-enabled a member of staff’s account"),
  PARTNER_API_KEY_ISSUED("Issued a partner API key"),
  PARTNER_API_KEY_REVOKED("Revoked a partner API key"),
  PARTNER_AGENCY_ADDED("Added a partner agency"),
  PARTNER_AGENCY_CHANGED("Changed a partner agency"),
  DEADLINE_CHANGED("Changed a deadline for partner agencies"),
  DEADLINE_RESET("Put a deadline for partner agencies back to the default"),
  ALLOCATED("Allocated the child to a lead practitioner"),
  STEPPED_UP("Stepped up to child in need"),
  STEPPED_DOWN("Stepped down to early help"),
  PRIMARY_NEED("Recorded the primary need"),
  EPISODE_CLOSED("Closed the episode"),
  EPISODE_REOPENED("Reopened the episode"),
  ASSESSMENT_STARTED("Started the child and family assessment"),
  ASSESSMENT_SAVED("Saved part of the child and family assessment"),
  ASSESSMENT_SUBMITTED("Sent the child and family assessment for authorisation"),
  ASSESSMENT_RETURNED("Returned the child and family assessment"),
  ASSESSMENT_AUTHORISED("Authorised the child and family assessment"),
  EMERGENCY_PROTECTION_ORDER("Recorded an emergency protection order"),
  POLICE_PROTECTION("Recorded police protection"),
  EMERGENCY_PROTECTION_EXTENDED("Recorded an emergency protection order’s extension"),
  EMERGENCY_PROTECTION_ENDED("Recorded the end of emergency protection"),
  CHRONOLOGY_EVENT_ADDED("Added an event to the child's chronology"),
  CHRONOLOGY_MARKED("Marked a chronology entry as significant"),
  CHRONOLOGY_UNMARKED("Unmarked a chronology entry"),
  STRAND_STARTED("Started a strand of the allegation"),
  STRAND_CONCLUDED("Recorded a strand's outcome"),
  RESTRICTED("Restricted the record"),
  UNRESTRICTED("Lifted the record's restriction"),
  REFUSED("Was refused a restricted record");

  private final String label;

  AuditAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The words for a stored action: its label, or the code said as a sentence if it has none. */
  public static String words(String action) {
    return Arrays.stream(values())
        .filter(a -> a.name().equals(action))
        .findFirst()
        .map(AuditAction::label)
        .orElseGet(() -> Codes.asSentence(action));
  }
}
