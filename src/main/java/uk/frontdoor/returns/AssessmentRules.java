package uk.frontdoor.returns;

import static uk.frontdoor.returns.CensusRules.episode;
import static uk.frontdoor.returns.CensusRules.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import uk.frontdoor.casework.AssessmentFactors;
import uk.frontdoor.casework.ClosureReason;
import uk.frontdoor.returns.CensusRules.Fix;
import uk.frontdoor.returns.CensusRules.Kind;
import uk.frontdoor.returns.CensusRules.Rule;

/** The census rules on an episode's assessments: their dates and the factors identified at them. */
final class AssessmentRules {

  private AssessmentRules() {}

  /** The factor codes the census accepts (rule 8897Q): casework's, and the legacy 18A and 19A it no longer offers. */
  private static final Set<String> FACTORS =
      Set.copyOf(Stream.concat(AssessmentFactors.CODES.keySet().stream(), Stream.of("18A", "19A")).toList());

  static final List<Rule> RULES = List.of(
      episode("1103", Kind.ERROR, "The assessment start date cannot be before the referral date", Fix.EPISODE,
          (c, e) -> e.assessments().stream().anyMatch(a -> a.start().isBefore(e.referral()))),
      episode("8608", Kind.ERROR, "Assessment Start Date cannot be later than its End Date", Fix.EPISODE,
          (c, e) -> e.assessments().stream().anyMatch(a -> a.end() != null && a.start().isAfter(a.end()))),
      episode("8696", Kind.ERROR, "Assessment end date must fall within the census year", Fix.EPISODE,
          (c, e) -> e.assessments().stream().anyMatch(a -> a.end() != null && !c.inYear(a.end()))),
      episode("8736", Kind.ERROR, "For an Assessment that has not been completed, the start date must fall within the census year", Fix.EPISODE,
          (c, e) -> e.assessments().stream().anyMatch(a -> a.end() == null && !c.inYear(a.start()))),
      episode("8670Q", Kind.QUERY,
          "Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.",
          Fix.EPISODE, (c, e) -> e.assessments().stream()
              .anyMatch(a -> a.end() == null && a.start().isBefore(c.workingDaysBefore(c.referenceDate(), 45)))),
      episode("8896", Kind.ERROR, "Within one CINDetails group there are 2 or more open Assessments groups", Fix.EPISODE,
          (c, e) -> e.assessments().stream().filter(a -> a.end() == null).count() > 1),
      episode("8863Q", Kind.QUERY, "An Assessment is shown as starting when there is another Assessment ongoing.", Fix.EPISODE,
          (c, e) -> e.assessments().stream()
              .anyMatch(a -> e.assessments().stream().anyMatch(other -> other != a && within(c, a.start(), other.start(), other.end())))),
      // Factors identified.
      episode("8614", Kind.ERROR, "Parental or child factors at assessment should only be present for a completed assessment.", Fix.EPISODE,
          (c, e) -> e.assessments().stream().anyMatch(a -> a.end() == null && !a.factors().isEmpty())),
      episode("8897Q", Kind.QUERY, "Parental or child factors at assessment information is missing from a completed assessment", Fix.EPISODE,
          (c, e) -> e.assessments().stream().anyMatch(a -> a.end() != null && !a.end().isBefore(c.start())
              && (a.factors().isEmpty() || !FACTORS.containsAll(a.factors())))),
      episode("8869", Kind.ERROR, "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.", Fix.EPISODE,
          (c, e) -> e.assessments().stream().anyMatch(a -> a.factors().contains(AssessmentFactors.NONE_IDENTIFIED) && a.factors().size() > 1)),
      episode("8898", Kind.ERROR, "The assessment has more than one parental or child factors with the same code", Fix.EPISODE,
          (c, e) -> e.assessments().stream().anyMatch(a -> new HashSet<>(a.factors()).size() < a.factors().size())),
      // Only once the episode is closed is there a reason for closure to check.
      episode("8873Q", Kind.QUERY,
          "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.",
          Fix.EPISODE, (c, e) -> e.closure() != null && e.assessments().size() == 1
              && e.assessments().get(0).end() != null && e.assessments().get(0).factors().contains(AssessmentFactors.NONE_IDENTIFIED)
              && !ClosureReason.RC8.name().equals(e.reasonForClosure()) && !ClosureReason.RC9.name().equals(e.reasonForClosure())),
      episode("8945Q", Kind.QUERY,
          "Please check and either amend data or provide a reason: the assessment factors code '18A' should not be used ('18B' or '18C' should be used instead)",
          Fix.EPISODE, (c, e) -> e.assessments().stream().anyMatch(a -> a.factors().contains("18A"))),
      episode("8950Q", Kind.QUERY,
          "Please check and either amend data or provide a reason: the assessment factors code '19A' should not be used ('19B' or '19C' should be used instead)",
          Fix.EPISODE, (c, e) -> e.assessments().stream().anyMatch(a -> a.factors().contains("19A"))));
}
