package uk.frontdoor.returns;

import static uk.frontdoor.returns.CensusRules.child;
import static uk.frontdoor.returns.CensusRules.council;
import static uk.frontdoor.returns.CensusRules.episode;
import static uk.frontdoor.returns.CensusRules.initialConferences;
import static uk.frontdoor.returns.CensusRules.str;
import static uk.frontdoor.returns.CensusRules.within;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import uk.frontdoor.casework.CensusCodes;
import uk.frontdoor.returns.CensusRules.Fix;
import uk.frontdoor.returns.CensusRules.Kind;
import uk.frontdoor.returns.CensusRules.Rule;

/**
 * The census rules on an episode's child in need plans (CINPlanDates) and child protection plans
 * (ChildProtectionPlans, Reviews), and on how a child's plans sit beside each other.
 */
final class PlanRules {

  private PlanRules() {}

  static final List<Rule> RULES = List.of(
      // Child in need plans.
      episode("4010", Kind.ERROR, "CIN Plan start date is missing or out of data collection period", Fix.EPISODE,
          (c, e) -> e.cinPlans().stream().anyMatch(p -> p.start() == null || p.start().isAfter(c.referenceDate()))),
      episode("4015", Kind.ERROR, "The CIN Plan start date cannot be before the referral date", Fix.EPISODE,
          (c, e) -> e.cinPlans().stream().anyMatch(p -> p.start().isBefore(e.referral()))),
      episode("4011", Kind.ERROR, "CIN Plan End Date earlier than Start Date", Fix.EPISODE,
          (c, e) -> e.cinPlans().stream().anyMatch(p -> p.end() != null && p.end().isBefore(p.start()))),
      episode("4012Q", Kind.QUERY, "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day",
          Fix.EPISODE, (c, e) -> e.cinPlans().stream().anyMatch(p -> p.start().equals(p.end()))),
      episode("4013", Kind.ERROR, "CIN Plan end date must fall within the census year", Fix.EPISODE,
          (c, e) -> e.cinPlans().stream().anyMatch(p -> p.end() != null && !c.inYear(p.end()))),
      child("4004", Kind.ERROR, "This child is showing more than one open CIN Plan, i.e. with no End Date",
          Fix.EPISODE, (c, child) -> cinPlans(child).filter(p -> p.end() == null).count() > 1),
      episode("4014", Kind.ERROR, "CIN Plan data contains overlapping dates", Fix.EPISODE,
          (c, child, e) -> e.cinPlans().stream()
              .anyMatch(p -> cinPlans(child).anyMatch(other -> other != p && within(c, p.start(), other.start(), other.end())))),
      // Child in need plans beside child protection plans.
      episode("4001", Kind.ERROR, "A CIN Plan cannot run concurrently with a Child Protection Plan", Fix.EPISODE,
          (c, e) -> e.protectionPlans().stream().anyMatch(p -> p.end() == null) && e.cinPlans().stream().anyMatch(p -> p.end() == null)),
      episode("4003", Kind.ERROR, "A CPP review date is shown as being held at the same time as an open CIN Plan.", Fix.EPISODE,
          (c, e) -> e.protectionPlans().stream().anyMatch(cpp -> cpp.reviews().stream()
              .anyMatch(review -> !review.equals(cpp.end()) && e.cinPlans().stream().anyMatch(p -> during(c, review, p.start(), p.end()))))),
      episode("4016", Kind.ERROR, "A CIN Plan has been reported as open at the same time as a Child Protection Plan.", Fix.EPISODE,
          (c, child, e) -> e.cinPlans().stream().anyMatch(p -> protectionPlans(child).anyMatch(cpp -> during(c, p.start(), cpp.start(), cpp.end())))),
      episode("4017", Kind.ERROR, "A CIN Plan has been reported as open at the same time as a Child Protection Plan.", Fix.EPISODE,
          (c, child, e) -> e.protectionPlans().stream().anyMatch(cpp -> cinPlans(child).anyMatch(p -> during(c, cpp.start(), p.start(), p.end())))),
      // Child protection plans.
      episode("8720", Kind.ERROR, "Child Protection Plan Start Date missing or out of data collection period", Fix.EPISODE,
          (c, e) -> e.protectionPlans().stream().anyMatch(p -> p.start() == null || p.start().isAfter(c.referenceDate()))),
      episode("1105", Kind.ERROR, "The child protection plan start date cannot be before the referral date", Fix.EPISODE,
          (c, e) -> e.protectionPlans().stream().anyMatch(p -> p.start().isBefore(e.referral()))),
      // Only a plan that started in the year has its initial conference in the file.
      episode("2885", Kind.ERROR, "Child protection plan shown as starting a different day to the initial child protection conference.",
          Fix.EPISODE, (c, e) -> e.protectionPlans().stream().anyMatch(p -> c.inYear(p.start()) && !initialConferences(e).contains(p.start()))),
      episode("8730", Kind.ERROR, "Total Number of previous Child Protection Plans missing", Fix.EPISODE,
          (c, e) -> e.protectionPlans().stream().anyMatch(p -> p.previousPlans() < 0)),
      episode("8840", Kind.ERROR, "Child Protection Plan cannot start and end on the same day", Fix.EPISODE,
          (c, e) -> e.protectionPlans().stream().anyMatch(p -> p.start().equals(p.end()))),
      episode("8841", Kind.ERROR, "The review date cannot be on the same day or before the Child protection Plan start date.", Fix.EPISODE,
          (c, e) -> e.protectionPlans().stream().anyMatch(p -> p.reviews().stream().anyMatch(r -> !r.isAfter(p.start())))),
      episode("8905", Kind.ERROR,
          "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)", Fix.EPISODE,
          (c, e) -> e.protectionPlans().stream().anyMatch(p -> !CensusCodes.CATEGORY.containsKey(str(p.initialCategory())))),
      episode("8910", Kind.ERROR,
          "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)", Fix.EPISODE,
          (c, e) -> e.protectionPlans().stream().anyMatch(p -> !CensusCodes.CATEGORY.containsKey(str(p.latestCategory())))),
      episode("8925", Kind.ERROR, "Child Protection Plan End Date earlier than Start Date", Fix.EPISODE,
          (c, e) -> e.protectionPlans().stream().anyMatch(p -> p.end() != null && p.end().isBefore(p.start()))),
      episode("8930", Kind.ERROR, "Child Protection Plan End Date must fall within the census year", Fix.EPISODE,
          (c, e) -> e.protectionPlans().stream().anyMatch(p -> p.end() != null && !c.inYear(p.end()))),
      child("8935", Kind.ERROR, "This child is showing more than one open Child Protection plan, i.e. with no End Date",
          Fix.EPISODE, (c, child) -> protectionPlans(child).filter(p -> p.end() == null).count() > 1),
      episode("8940", Kind.ERROR, "Child Protection Plan data contains overlapping dates", Fix.EPISODE,
          (c, child, e) -> e.protectionPlans().stream()
              .anyMatch(p -> protectionPlans(child).anyMatch(other -> other != p && within(c, p.start(), other.start(), other.end())))),
      council("2883", Kind.ERROR, "There are more child protection plans starting than initial conferences taking place",
          c -> c.children().stream().flatMap(PlanRules::protectionPlans).filter(p -> c.inYear(p.start())).count()
              > c.children().stream().flatMap(child -> child.episodes().stream()).flatMap(e -> initialConferences(e).stream())
                  .filter(c::inYear).count()));

  /**
   * Whether {@code day} falls in a plan from its start up to but not on its end, or up to the
   * reference date while it is open: a plan may start the day another ends (rules 4003, 4016, 4017).
   */
  private static boolean during(CensusCheck census, LocalDate day, LocalDate start, LocalDate end) {
    return start != null && !day.isBefore(start) && (end == null ? !day.isAfter(census.referenceDate()) : day.isBefore(end));
  }

  private static Stream<Census.CinPlan> cinPlans(Census.Child child) {
    return child.episodes().stream().flatMap(e -> e.cinPlans().stream());
  }

  private static Stream<Census.ProtectionPlan> protectionPlans(Census.Child child) {
    return child.episodes().stream().flatMap(e -> e.protectionPlans().stream());
  }
}
