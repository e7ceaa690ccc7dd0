package uk.frontdoor.referral.professional;

import java.util.ArrayList;
import java.util.List;

/**
 * A professional's referral as typed so far, stored as JSON after every page. Fields hold what
 * was typed, valid or not, so a page with errors shows it back.
 */
public class ProfessionalDraft {

  public String referralType;
  public String name;
  public String role;
  public String organisation;
  public String phone;
  public String phoneCallReference;
  public List<Child> children = new ArrayList<>();
  public Child pendingChild = new Child();
  public Integer editingChild;
  public String household;
  public String summary;
  public String evidence;
  public List<String> harm = new ArrayList<>();
  public String agencyActions;
  public String thresholdLevel;
  public String consent;
  public String consentReason;
  public boolean checking;

  /** One child, as typed. */
  public static class Child {
    public String firstName;
    public String lastName;
    public String dobDay;
    public String dobMonth;
    public String dobYear;
    public String dueDay;
    public String dueMonth;
    public String dueYear;
    public String nhsNumber;
    public String upn;
    public String school;
    public String gp;
    public String addressLine1;
    public String town;
    public String postcode;

    public String displayName() {
      String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
      return full.isEmpty() ? "Child" : full;
    }
  }
}
