package uk.frontdoor.authority.internal;

import java.util.List;
import java.util.Map;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.AuthorityId;
import uk.frontdoor.authority.CaseworkFrequencies;
import uk.frontdoor.authority.NoNamesConsultation;
import uk.frontdoor.authority.OfficeHours;
import uk.frontdoor.authority.ProfessionalAdvice;
import uk.frontdoor.authority.ReferralType;
import uk.frontdoor.authority.SpecialDays;
import uk.frontdoor.authority.Team;
import uk.frontdoor.authority.ThresholdGuide;

/** The JSON document stored for each authority in {@code authority.document}. */
record AuthorityDocument(
    String shortName,
    String website,
    OfficeHoursDocument officeHours,
    String outOfHoursDescription,
    List<Team> teams,
    boolean policeNonEmergency,
    NoNamesConsultation noNamesConsultation,
    List<ReferralType> referralTypes,
    ProfessionalAdvice professionalAdvice,
    ThresholdGuide thresholdGuide,
    List<String> postcodeDistricts,
    List<String> phoneQuestions,
    String colour,
    CaseworkDocument casework) {

  /** Office hours as written in the document: {@code "MONDAY": "08:30-17:00"} or "unstated". */
  record OfficeHoursDocument(
      boolean alwaysOpen, boolean closedOnBankHolidays, Map<String, String> days) {}

  /** How often casework comes round, as written: a figure left out is the national one. */
  record CaseworkDocument(
      Integer childInNeedVisitWorkingDays,
      Integer childInNeedPlanReviewMonths,
      Integer familyPlanReviewMonths,
      Integer protectionVisitWorkingDays,
      Integer coreGroupWorkingDays) {

    CaseworkFrequencies frequencies() {
      return new CaseworkFrequencies(
          orNone(childInNeedVisitWorkingDays),
          orNone(childInNeedPlanReviewMonths),
          orNone(familyPlanReviewMonths),
          orNone(protectionVisitWorkingDays),
          orNone(coreGroupWorkingDays));
    }

    private static int orNone(Integer value) {
      return value == null ? 0 : value;
    }
  }

  Authority toAuthority(AuthorityId id, String slug, String name, SpecialDays specialDays) {
    OfficeHoursDocument hours =
        officeHours == null ? new OfficeHoursDocument(false, true, Map.of()) : officeHours;
    return new Authority(
        id,
        slug,
        name,
        shortName == null ? name : shortName,
        website,
        OfficeHours.parse(
            hours.days() == null ? Map.of() : hours.days(),
            hours.alwaysOpen(),
            hours.closedOnBankHolidays()),
        outOfHoursDescription,
        teams,
        policeNonEmergency,
        noNamesConsultation,
        referralTypes,
        professionalAdvice,
        StandardIndicators.fill(thresholdGuide),
        postcodeDistricts,
        phoneQuestions,
        colour,
        casework == null ? null : casework.frequencies(),
        specialDays);
  }
}
