package uk.frontdoor.returns;

import static uk.frontdoor.returns.CensusRules.episode;
import static uk.frontdoor.returns.CensusRules.initialConferences;
import static uk.frontdoor.returns.CensusRules.str;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.frontdoor.casework.CensusCodes;
import uk.frontdoor.casework.ClosureReason;
import uk.frontdoor.casework.PrimaryNeed;
import uk.frontdoor.returns.CensusRules.Fix;
import uk.frontdoor.returns.CensusRules.Kind;
import uk.frontdoor.returns.CensusRules.Rule;

/**
 * The census rules on a child's episodes (CINdetails): the referral, its source and primary need,
 * the closure and its reason, no further action, and how a child's episodes sit beside each other.
 */
final class EpisodeRules {

  private EpisodeRules() {}

  private static final Set<String> CLOSURE_REASONS = Arrays.stream(ClosureReason.values()).map(Enum::name).collect(Collectors.toSet());
  private static final Set<String> PRIMARY_NEEDS = Arrays.stream(PrimaryNeed.values()).map(Enum::name).collect(Collectors.toSet());

  static final List<Rule> RULES = List.of(
      episode("8866", Kind.ERROR, "Source of Referral is missing or an invalid code", Fix.CENSUS_DETAILS,
          (c, e) -> !CensusCodes.REFERRAL_SOURCE.containsKey(str(e.referralSource()))),
      episode("8600", Kind.ERROR, "Child referral date missing or after data collection period", Fix.EPISODE,
          (c, e) -> e.referral() == null || e.referral().isAfter(c.referenceDate())),
      // 280 days: the 40 weeks of the DfE's words.
      episode("8606", Kind.ERROR, "Child referral date is more than 40 weeks before DOB or expected DOB", Fix.EPISODE,
          (c, child, e) -> e.referral() != null && Stream.of(child.birth(), child.expected())
              .anyMatch(born -> born != null && e.referral().isBefore(born.minusDays(280)))),
      episode("8610", Kind.ERROR, "Primary Need code is missing for a referral which led to further action.", Fix.EPISODE,
          (c, e) -> !e.referralNfa() && e.primaryNeed() == null),
      episode("8650", Kind.ERROR, "Primary Need Code invalid (see Primary Need table in CIN census code set)", Fix.EPISODE,
          (c, e) -> e.primaryNeed() != null && !PRIMARY_NEEDS.contains(e.primaryNeed())),
      episode("8630", Kind.ERROR, "CIN Closure Date is before CIN Referral Date for the same CIN episode", Fix.EPISODE,
          (c, e) -> e.closure() != null && e.closure().isBefore(e.referral())),
      episode("8805", Kind.ERROR, "A CIN case cannot have a CIN closure date without a Reason for Closure", Fix.EPISODE,
          (c, e) -> e.closure() != null && e.reasonForClosure() == null),
      episode("8620", Kind.ERROR, "CIN Closure Date present and does not fall within the Census year", Fix.EPISODE,
          (c, e) -> e.closure() != null && !c.inYear(e.closure())),
      episode("8640", Kind.ERROR, "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)", Fix.EPISODE,
          (c, e) -> e.reasonForClosure() != null && !CLOSURE_REASONS.contains(e.reasonForClosure())),
      episode("8810", Kind.ERROR, "A CIN case cannot have a Reason for Closure without a CIN Closure Date", Fix.EPISODE,
          (c, e) -> e.closure() == null && e.reasonForClosure() != null),
      episode("8565", Kind.ERROR, "Activity shown after a case has been closed", Fix.EPISODE,
          (c, e) -> e.closure() != null && activity(e).anyMatch(day -> day.isAfter(e.closure()))),
      // Front Door sends no date of death, so an episode closed because the child died always asks for one.
      episode("8585Q", Kind.QUERY,
          "Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death",
          Fix.EPISODE, (c, e) -> ClosureReason.RC2.name().equals(e.reasonForClosure())),
      episode("8825Q", Kind.QUERY,
          "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.",
          Fix.EPISODE, (c, e) -> afterAssessment(e) && e.assessments().isEmpty()),
      episode("2990", Kind.ERROR,
          "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'.",
          Fix.EPISODE, (c, e) -> afterAssessment(e)
              && (e.initialConference() != null || !e.section47s().isEmpty() || !e.protectionPlans().isEmpty() || !e.cinPlans().isEmpty())),
      episode("8867", Kind.ERROR, "CIN episode is shown as closed, however Assessment is not shown as completed", Fix.EPISODE,
          (c, e) -> e.closure() != null && e.assessments().stream().anyMatch(a -> a.end() == null)),
      episode("8868", Kind.ERROR,
          "CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag",
          Fix.EPISODE, (c, e) -> e.closure() != null
              && e.section47s().stream().anyMatch(s -> (s.initialConference() == null) != s.conferenceNotRequired())),
      episode("2991Q", Kind.QUERY,
          "Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode",
          Fix.EPISODE, (c, e) -> !e.section47s().isEmpty() && e.assessments().isEmpty()),
      // A referral with no further action.
      episode("8569Q", Kind.QUERY,
          "A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case",
          Fix.EPISODE, (c, e) -> e.referralNfa() && e.referral() != null && e.referral().isBefore(c.workingDaysBefore(c.start(), 1))),
      episode("8831", Kind.ERROR, "Activity is recorded against a case marked as a referral with no further action", Fix.EPISODE,
          (c, e) -> e.referralNfa() && (!e.assessments().isEmpty() || !e.section47s().isEmpty() || e.initialConference() != null)),
      episode("8832", Kind.ERROR, "Child Protection details provided for a referral with no further action.", Fix.EPISODE,
          (c, e) -> e.referralNfa() && !e.protectionPlans().isEmpty()),
      episode("4000", Kind.ERROR, "CIN Plan details provided for a referral with no further action", Fix.EPISODE,
          (c, e) -> e.referralNfa() && !e.cinPlans().isEmpty()),
      // A child's episodes beside each other.
      episode("8815", Kind.ERROR,
          "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.",
          Fix.EPISODE, (c, child, e) -> openWithAction(e) && child.episodes().stream().filter(EpisodeRules::openWithAction).count() > 1),
      episode("8816", Kind.ERROR,
          "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.", Fix.EPISODE,
          (c, child, e) -> openWithAction(e) && e.referral() != null
              && child.episodes().stream().map(Census.CinDetails::referral).filter(Objects::nonNull).anyMatch(other -> other.isAfter(e.referral()))),
      // As the DfE's validator counts, a referral on the day another episode closed overlaps it.
      episode("8820", Kind.ERROR, "The dates on the CIN episodes for this child overlap", Fix.EPISODE,
          (c, child, e) -> child.episodes().stream().anyMatch(o -> o != e && e.referral() != null && o.referral() != null
              && !e.referral().isBefore(o.referral())
              && (o.closure() != null ? !e.referral().isAfter(o.closure()) : !o.referralNfa() && !e.referral().isAfter(c.referenceDate())))),
      episode("2884", Kind.ERROR,
          "An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one",
          Fix.EPISODE, (c, e) -> e.initialConference() != null && e.section47s().stream().anyMatch(s -> e.initialConference().equals(s.initialConference()))));

  /** Closed after an assessment, with no further action or referred to early help (RC8, RC9). */
  private static boolean afterAssessment(Census.CinDetails e) {
    return ClosureReason.RC8.name().equals(e.reasonForClosure()) || ClosureReason.RC9.name().equals(e.reasonForClosure());
  }

  /** Open at the reference date and not a referral with no further action. */
  private static boolean openWithAction(Census.CinDetails e) {
    return e.closure() == null && !e.referralNfa();
  }

  /** The days of what happened in an episode that its closure must not come before (rule 8565). */
  private static Stream<LocalDate> activity(Census.CinDetails e) {
    return Stream.of(
            e.assessments().stream().flatMap(a -> Stream.of(a.start(), a.end())),
            e.section47s().stream().map(Census.Section47::start),
            initialConferences(e).stream(),
            e.protectionPlans().stream().map(Census.ProtectionPlan::end),
            e.cinPlans().stream().flatMap(p -> Stream.of(p.start(), p.end())))
        .flatMap(s -> s)
        .filter(Objects::nonNull);
  }
}
