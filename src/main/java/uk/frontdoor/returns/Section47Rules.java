package uk.frontdoor.returns;

import static uk.frontdoor.returns.CensusRules.episode;
import static uk.frontdoor.returns.CensusRules.initialConferences;
import static uk.frontdoor.returns.CensusRules.weekend;
import static uk.frontdoor.returns.CensusRules.within;

import java.util.List;
import uk.frontdoor.returns.CensusRules.Fix;
import uk.frontdoor.returns.CensusRules.Kind;
import uk.frontdoor.returns.CensusRules.Rule;

/** The census rules on an episode's section 47 enquiries and the initial conferences they led to. */
final class Section47Rules {

  private Section47Rules() {}

  static final List<Rule> RULES = List.of(
      episode("2889", Kind.ERROR, "The S47 start date cannot be before the referral date.", Fix.EPISODE,
          (c, e) -> e.section47s().stream().anyMatch(s -> s.start().isBefore(e.referral()))),
      episode("1104", Kind.ERROR, "The date of the initial child protection conference cannot be before the referral date", Fix.EPISODE,
          (c, e) -> initialConferences(e).stream().anyMatch(day -> day.isBefore(e.referral()))),
      episode("8615", Kind.ERROR,
          "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference",
          Fix.EPISODE, (c, e) -> e.section47s().stream().anyMatch(s -> s.start() == null || s.initialConference() != null && s.start().isAfter(s.initialConference()))),
      episode("8715", Kind.ERROR, "Date of Initial Child Protection Conference must fall within the census year", Fix.EPISODE,
          (c, e) -> initialConferences(e).stream().anyMatch(day -> !c.inYear(day))),
      episode("8740", Kind.ERROR,
          "For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year",
          Fix.EPISODE, (c, e) -> e.section47s().stream().anyMatch(s -> ongoing(s) && !c.inYear(s.start()))),
      episode("8675Q", Kind.QUERY,
          "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.",
          Fix.EPISODE, (c, e) -> e.section47s().stream()
              .anyMatch(s -> ongoing(s) && s.start() != null && s.start().isBefore(c.workingDaysBefore(c.referenceDate(), 15)))),
      episode("8839", Kind.ERROR, "Within one CINDetails group there are 2 or more open S47 Assessments", Fix.EPISODE,
          (c, e) -> e.section47s().stream().filter(Section47Rules::ongoing).count() > 1),
      // Any two of the child's enquiries, as the DfE's validator compares them, not only one episode's.
      episode("8890", Kind.ERROR, "A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing", Fix.EPISODE,
          (c, child, e) -> e.section47s().stream().anyMatch(s -> child.episodes().stream().flatMap(o -> o.section47s().stream())
              .anyMatch(other -> other != s && (other.initialConference() != null || !other.conferenceNotRequired())
                  && within(c, s.start(), other.start(), other.initialConference())))),
      episode("8870Q", Kind.QUERY,
          "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend",
          Fix.EPISODE, (c, e) -> e.section47s().stream().anyMatch(s -> weekend(s.conferenceTarget()))),
      episode("8875", Kind.ERROR, "The Date of Initial Child Protection Conference cannot be a weekend", Fix.EPISODE,
          (c, e) -> initialConferences(e).stream().anyMatch(CensusRules::weekend)));

  /** No initial conference by the reference date, and not ended as not needing one. */
  private static boolean ongoing(Census.Section47 s) {
    return s.initialConference() == null && !s.conferenceNotRequired();
  }
}
