package uk.frontdoor.referral.api;

import java.util.List;

/**
 * The body of {@code POST /api/v1/{slug}/referrals}. Dates, codes and numbers are strings here so
 * that every mistake can be reported against its field rather than as unreadable JSON.
 */
record ReferralRequest(
    String referralType,
    Referrer referrer,
    List<Child> children,
    List<HouseholdMember> household,
    Concern concern,
    Consent consent,
    String agencyActions,
    Integer thresholdLevel) {

  record Referrer(
      String name, String organisation, String role, String email, String phone) {}

  record Child(
      String firstName,
      String lastName,
      String dateOfBirth,
      String expectedDate,
      String gender,
      String nhsNumber,
      String upn,
      String school,
      String gp,
      Address address) {}

  record Address(String line1, String line2, String town, String postcode) {}

  record HouseholdMember(String name, String relationship, String dateOfBirth, Address address) {}

  record Concern(
      String summary,
      String when,
      List<String> categories,
      Boolean immediateDanger,
      String familyAware,
      String evidence) {}

  record Consent(String status, String reason) {}
}
