package uk.frontdoor.identity;

import java.util.Arrays;
import java.util.List;
import uk.frontdoor.platform.Codes;

/** What a member of staff may do, stored by its code and shown in words. */
public enum StaffRole {
  CALL_HANDLER("Call handler"),
  MASH_SOCIAL_WORKER("MASH social worker"),
  MASH_MANAGER("MASH team manager"),
  EDT_WORKER("Emergency Duty Team worker"),
  LADO("Local Authority Designated Officer (LADO)"),
  DEPUTY_LADO("Deputy LADO"),
  COUNCIL_ADMINISTRATOR("Council administrator"),
  PARTNER_PRACTITIONER("Partner agency practitioner"),
  TEAM_MANAGER("Team manager"),
  SOCIAL_WORKER("Social worker"),
  FAMILY_HELP("Family Help practitioner"),
  CONFERENCE_CHAIR("Child protection conference chair"),
  PERFORMANCE_OFFICER("Performance officer"),
  DEPLOYMENT_OPERATOR("Deployment operator");

  private final String label;

  StaffRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The roles a council's identity provider groups may give (single sign-on): every role but the
   * deployment operator's, which belongs to the deployment, not to one council.
   */
  public static List<StaffRole> mappable() {
    return Arrays.stream(values()).filter(role -> role != DEPLOYMENT_OPERATOR).toList();
  }

  /** The words for a stored role: its label, or the code said as a sentence if it has none. */
  public static String words(String role) {
    return Arrays.stream(values())
        .filter(r -> r.name().equals(role))
        .findFirst()
        .map(StaffRole::label)
        .orElseGet(() -> Codes.asSentence(role));
  }

  /** A member of staff's roles, in words, in the order stored. */
  public static List<String> words(List<String> roles) {
    return roles.stream().map(StaffRole::words).toList();
  }
}
