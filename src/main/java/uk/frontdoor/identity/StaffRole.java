package uk.frontdoor.identity;

import java.util.Arrays;
import java.util.List;
import uk.frontdoor.platform.Labelled;

/** What a member of staff may do, stored by its code and shown in words. */
public enum StaffRole implements Labelled {
  CALL_HANDLER,
  MASH_SOCIAL_WORKER,
  MASH_MANAGER,
  EDT_WORKER,
  LADO,
  DEPUTY_LADO,
  COUNCIL_ADMINISTRATOR,
  PARTNER_PRACTITIONER,
  TEAM_MANAGER,
  SOCIAL_WORKER,
  FAMILY_HELP,
  CONFERENCE_CHAIR,
  PERFORMANCE_OFFICER,
  DEPLOYMENT_OPERATOR;

  /**
   * The roles a council's identity provider groups may give (single sign-on): every role but the
   * deployment operator's, which belongs to the deployment, not to one council.
   */
  public static List<StaffRole> mappable() {
    return Arrays.stream(values()).filter(role -> role != DEPLOYMENT_OPERATOR).toList();
  }

  /** The words for a stored role: its label, or the code said as a sentence if it has none. */
  public static String words(String role) {
    return Labelled.words(StaffRole.class, role);
  }

  /** A member of staff's roles, in words, in the order stored. */
  public static List<String> words(List<String> roles) {
    return roles.stream().map(StaffRole::words).toList();
  }
}
