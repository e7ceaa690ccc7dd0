package uk.frontdoor.referral.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a member of the public has typed so far, kept in PostgreSQL under the council's row-level
 * security ({@link ReportDrafts}), so nothing is lost between pages or across a restart. Holds
 * answers exactly as typed, including invalid ones, so a page with an error shows them back.
 */
class PublicReportDraft implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The submission token: the same draft submitted twice is one referral. */
  final String token = UUID.randomUUID().toString();

  String reference;
  boolean checking;

  String danger;
  final List<ChildAnswers> children = new ArrayList<>();
  ChildAnswers pendingChild = new ChildAnswers();
  Integer editingChild;
  String addAnother;
  String addressLine1;
  String town;
  String postcode;
  String household;
  String whatHappened;
  String when;
  List<String> harm = new ArrayList<>();
  String familyKnows;
  String identity;
  String name;
  String relationship;
  String parentalResponsibility;
  String email;
  String phone;
  String confidential;

  boolean submitted() {
    return reference != null;
  }

  /** Nothing answered yet: a new session, or one that ended. */
  boolean empty() {
    return danger == null && children.isEmpty();
  }

  boolean anonymous() {
    return "anonymous".equals(identity);
  }

  /** One child, as typed. */
  static class ChildAnswers implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    String firstName;
    String lastName;
    String description;
    String dobDay;
    String dobMonth;
    String dobYear;
    String dueDay;
    String dueMonth;
    String dueYear;
    String age;

    String displayName() {
      String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
      return full.isEmpty() ? "Child whose name you do not know" : full;
    }

    // Getters for the templates.
    public String getFirstName() {
      return firstName;
    }

    public String getLastName() {
      return lastName;
    }

    public String getDescription() {
      return description;
    }

    public String getDobDay() {
      return dobDay;
    }

    public String getDobMonth() {
      return dobMonth;
    }

    public String getDobYear() {
      return dobYear;
    }

    public String getDueDay() {
      return dueDay;
    }

    public String getDueMonth() {
      return dueMonth;
    }

    public String getDueYear() {
      return dueYear;
    }

    public String getAge() {
      return age;
    }

    public String getDisplayName() {
      return displayName();
    }
  }

  // Getters for the templates.
  public boolean isAnonymous() {
    return anonymous();
  }

  public String getToken() {
    return token;
  }

  public String getReference() {
    return reference;
  }

  public String getDanger() {
    return danger;
  }

  public List<ChildAnswers> getChildren() {
    return children;
  }

  public ChildAnswers getPendingChild() {
    return pendingChild;
  }

  public String getAddAnother() {
    return addAnother;
  }

  public String getAddressLine1() {
    return addressLine1;
  }

  public String getTown() {
    return town;
  }

  public String getPostcode() {
    return postcode;
  }

  public String getHousehold() {
    return household;
  }

  public String getWhatHappened() {
    return whatHappened;
  }

  public String getWhen() {
    return when;
  }

  public List<String> getHarm() {
    return harm;
  }

  public String getFamilyKnows() {
    return familyKnows;
  }

  public String getIdentity() {
    return identity;
  }

  public String getName() {
    return name;
  }

  public String getRelationship() {
    return relationship;
  }

  public String getParentalResponsibility() {
    return parentalResponsibility;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getConfidential() {
    return confidential;
  }
}
