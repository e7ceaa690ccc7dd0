package uk.frontdoor.returns;

import java.lang.ref.WeakReference;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import uk.frontdoor.casework.CensusCodes;
import uk.frontdoor.people.Upn;

/**
 * The DfE's validation rules for the children in need census that Front Door checks before the
 * census leaves (a first set of the 2025-26 ruleset, statutory-rules Appendix A), each with the
 * DfE's number, kind and words, and what breaks it: a child's identifiers and characteristics, an
 * episode, an assessment, a child in need plan, a section 47 enquiry, a child protection plan.
 */
public final class CensusRules {

  private CensusRules() {}

  /** The DfE keeps errors (the census cannot be accepted) apart from queries (explain or amend). */
  public enum Kind {
    ERROR,
    QUERY
  }

  /** Where a failure is put right: the child's census details, or the episode's own pages. */
  public enum Fix {
    CENSUS_DETAILS,
    EPISODE
  }

  /** A rule: the DfE's number, kind and words, and the episodes of a child that break it. */
  public record Rule(String code, Kind kind, String words, Fix fix, Breaks breaks) {}

  /** The episodes of the child that break the rule; none if the child passes. */
  @FunctionalInterface
  public interface Breaks {
    List<UUID> of(Census census, Census.Child child);
  }

  /** A child's failure of a rule, with the episode to put it right on. */
  public record Failure(Census.Child child, Rule rule, UUID episodeId) {}

  public static final List<Rule> RULES =
      List.of(
          // Child identifiers and characteristics.
          child("8500", Kind.ERROR, "LA Child ID missing", (c, child) -> blank(child.laChildId())),
          child("1510", Kind.ERROR, "UPN invalid (wrong check letter at character 1)",
              (c, child) -> child.upn() != null && child.upn().matches("[A-Z]\\d{12}") && Upn.check(child.upn()).isPresent()),
          child("1520", Kind.ERROR, "More than one record with the same UPN.",
              (c, child) -> child.upn() != null && repeatedUpns(c).contains(child.upn())),
          child("4180", Kind.ERROR, "Sex must be provided and equal M, F, or U", (c, child) -> !CensusCodes.SEX.containsKey(str(child.sex()))),
          child("4220", Kind.ERROR, "Ethnicity is missing or invalid (see Ethnicity table)",
              (c, child) -> !CensusCodes.ETHNICITY.containsKey(str(child.ethnicity()))),
          child("8520", Kind.ERROR, "Date of Birth is after data collection period (must be on or before the end of the census period)",
              (c, child) -> child.birth() != null && child.birth().isAfter(c.referenceDate())),
          child("8525Q", Kind.QUERY, "Either Date of Birth or Expected Date of Birth must be provided (but not both)",
              (c, child) -> (child.birth() == null) == (child.expected() == null)),
          child("8540", Kind.ERROR, "Child’s disability is missing or invalid (see Disability table)",
              (c, child) -> child.disabilities().isEmpty() || !CensusCodes.DISABILITY.keySet().containsAll(child.disabilities())),
          child("8750", Kind.ERROR, "Sex must equal U for an unborn child",
              (c, child) -> child.birth() == null && child.expected() != null && !"U".equals(child.sex())),
          child("8770Q", Kind.QUERY,
              "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.",
              (c, child) -> schoolAge(c, child) && child.upn() == null && (child.upnUnknown() == null || "UN1".equals(child.upnUnknown()))),
          child("8772", Kind.ERROR,
              "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action",
              (c, child) -> "UN7".equals(child.upnUnknown()) && child.furtherAction()),
          child("8790", Kind.ERROR, "Disability information includes both None and other values",
              (c, child) -> child.disabilities().contains("NONE") && child.disabilities().stream().anyMatch(d -> !d.equals("NONE"))),
          child("8794", Kind.ERROR, "Child has two or more disabilities with the same code",
              (c, child) -> new HashSet<>(child.disabilities()).size() < child.disabilities().size()),
          // Episodes (CINdetails).
          episode("8866", Kind.ERROR, "Source of Referral is missing or an invalid code", Fix.CENSUS_DETAILS,
              (c, e) -> !CensusCodes.REFERRAL_SOURCE.containsKey(str(e.referralSource()))),
          episode("8600", Kind.ERROR, "Child referral date missing or after data collection period", Fix.EPISODE,
              (c, e) -> e.referral() == null || e.referral().isAfter(c.referenceDate())),
          episode("8610", Kind.ERROR, "Primary Need code is missing for a referral which led to further action.", Fix.EPISODE,
              (c, e) -> !e.referralNfa() && e.primaryNeed() == null),
          episode("8630", Kind.ERROR, "CIN Closure Date is before CIN Referral Date for the same CIN episode", Fix.EPISODE,
              (c, e) -> e.closure() != null && e.closure().isBefore(e.referral())),
          episode("8805", Kind.ERROR, "A CIN case cannot have a CIN closure date without a Reason for Closure", Fix.EPISODE,
              (c, e) -> e.closure() != null && e.reasonForClosure() == null),
          episode("8620", Kind.ERROR, "CIN Closure Date present and does not fall within the Census year", Fix.EPISODE,
              (c, e) -> e.closure() != null && !inYear(c, e.closure())),
          episode("8810", Kind.ERROR, "A CIN case cannot have a Reason for Closure without a CIN Closure Date", Fix.EPISODE,
              (c, e) -> e.closure() == null && e.reasonForClosure() != null),
          episode("8825Q", Kind.QUERY,
              "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.",
              Fix.EPISODE, (c, e) -> ("RC8".equals(e.reasonForClosure()) || "RC9".equals(e.reasonForClosure())) && e.assessments().isEmpty()),
          episode("2884", Kind.ERROR,
              "An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one",
              Fix.EPISODE, (c, e) -> e.initialConference() != null && e.section47s().stream().anyMatch(s -> e.initialConference().equals(s.initialConference()))),
          // Assessments.
          episode("1103", Kind.ERROR, "The assessment start date cannot be before the referral date", Fix.EPISODE,
              (c, e) -> e.assessments().stream().anyMatch(a -> a.start().isBefore(e.referral()))),
          episode("8608", Kind.ERROR, "Assessment Start Date cannot be later than its End Date", Fix.EPISODE,
              (c, e) -> e.assessments().stream().anyMatch(a -> a.end() != null && a.start().isAfter(a.end()))),
          episode("8696", Kind.ERROR, "Assessment end date must fall within the census year", Fix.EPISODE,
              (c, e) -> e.assessments().stream().anyMatch(a -> a.end() != null && !inYear(c, a.end()))),
          episode("8896", Kind.ERROR, "Within one CINDetails group there are 2 or more open Assessments groups", Fix.EPISODE,
              (c, e) -> e.assessments().stream().filter(a -> a.end() == null).count() > 1),
          episode("8869", Kind.ERROR, "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.", Fix.EPISODE,
              (c, e) -> e.assessments().stream().anyMatch(a -> a.factors().contains("21") && a.factors().size() > 1)),
          episode("8898", Kind.ERROR, "The assessment has more than one parental or child factors with the same code", Fix.EPISODE,
              (c, e) -> e.assessments().stream().anyMatch(a -> new HashSet<>(a.factors()).size() < a.factors().size())),
          // Child in need plans.
          child("4004", Kind.ERROR, "This child is showing more than one open CIN Plan, i.e. with no End Date",
              Fix.EPISODE, (c, child) -> child.episodes().stream().flatMap(e -> e.cinPlans().stream()).filter(p -> p.end() == null).count() > 1),
          episode("4011", Kind.ERROR, "CIN Plan End Date earlier than Start Date", Fix.EPISODE,
              (c, e) -> e.cinPlans().stream().anyMatch(p -> p.end() != null && p.end().isBefore(p.start()))),
          episode("4013", Kind.ERROR, "CIN Plan end date must fall within the census year", Fix.EPISODE,
              (c, e) -> e.cinPlans().stream().anyMatch(p -> p.end() != null && !inYear(c, p.end()))),
          episode("4015", Kind.ERROR, "The CIN Plan start date cannot be before the referral date", Fix.EPISODE,
              (c, e) -> e.cinPlans().stream().anyMatch(p -> p.start().isBefore(e.referral()))),
          // Section 47 enquiries.
          episode("2889", Kind.ERROR, "The S47 start date cannot be before the referral date.", Fix.EPISODE,
              (c, e) -> e.section47s().stream().anyMatch(s -> s.start().isBefore(e.referral()))),
          episode("8615", Kind.ERROR,
              "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference",
              Fix.EPISODE, (c, e) -> e.section47s().stream().anyMatch(s -> s.start() == null || s.initialConference() != null && s.start().isAfter(s.initialConference()))),
          episode("8715", Kind.ERROR, "Date of Initial Child Protection Conference must fall within the census year", Fix.EPISODE,
              (c, e) -> initialConferences(e).stream().anyMatch(day -> !inYear(c, day))),
          episode("8839", Kind.ERROR, "Within one CINDetails group there are 2 or more open S47 Assessments", Fix.EPISODE,
              (c, e) -> e.section47s().stream().filter(s -> s.initialConference() == null && !s.conferenceNotRequired()).count() > 1),
          episode("8870Q", Kind.QUERY,
              "Please check and either amend or provide a reason: The Target Date for Initial Child Protection Conference should not be a weekend",
              Fix.EPISODE, (c, e) -> e.section47s().stream().anyMatch(s -> weekend(s.conferenceTarget()))),
          episode("8875", Kind.ERROR, "The Date of Initial Child Protection Conference cannot be a weekend", Fix.EPISODE,
              (c, e) -> weekend(e.initialConference()) || e.section47s().stream().anyMatch(s -> weekend(s.initialConference()))),
          // Child protection plans.
          episode("1105", Kind.ERROR, "The child protection plan start date cannot be before the referral date", Fix.EPISODE,
              (c, e) -> e.protectionPlans().stream().anyMatch(p -> p.start().isBefore(e.referral()))),
          // Only a plan that started in the year has its initial conference in the file.
          episode("2885", Kind.ERROR, "Child protection plan shown as starting a different day to the initial child protection conference.",
              Fix.EPISODE, (c, e) -> e.protectionPlans().stream().anyMatch(p -> inYear(c, p.start()) && !initialConferences(e).contains(p.start()))),
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
              (c, e) -> e.protectionPlans().stream().anyMatch(p -> p.end() != null && !inYear(c, p.end()))),
          child("8935", Kind.ERROR, "This child is showing more than one open Child Protection plan, i.e. with no End Date",
              Fix.EPISODE, (c, child) -> child.episodes().stream().flatMap(e -> e.protectionPlans().stream()).filter(p -> p.end() == null).count() > 1));

  /** Every failure in the census, errors first, then by rule, then child in the census's order. */
  public static List<Failure> check(Census census) {
    List<Failure> failures = new ArrayList<>();
    for (Rule rule : RULES.stream().sorted(java.util.Comparator.comparing(Rule::kind)).toList()) {
      for (Census.Child child : census.children()) {
        for (UUID episode : rule.breaks().of(census, child)) {
          failures.add(new Failure(child, rule, episode));
        }
      }
    }
    return failures;
  }

  private static Rule child(String code, Kind kind, String words, BiPredicate<Census, Census.Child> breaks) {
    return child(code, kind, words, Fix.CENSUS_DETAILS, breaks);
  }

  private static Rule child(String code, Kind kind, String words, Fix fix, BiPredicate<Census, Census.Child> breaks) {
    return new Rule(code, kind, words, fix, (census, child) -> breaks.test(census, child) ? List.of(child.episodeId()) : List.of());
  }

  private static Rule episode(String code, Kind kind, String words, Fix fix, BiPredicate<Census, Census.CinDetails> breaks) {
    return new Rule(code, kind, words, fix,
        (census, child) -> child.episodes().stream().filter(e -> breaks.test(census, e)).map(Census.CinDetails::episodeId).toList());
  }

  /** The last census's repeated UPNs, and of which census (its children, by identity; not kept alive by this). */
  private record Repeated(WeakReference<List<Census.Child>> children, Set<String> upns) {}

  private static volatile Repeated repeated = new Repeated(new WeakReference<>(null), Set.of());

  /**
   * The UPNs more than one child in the census has, counted once a census rather than once a child
   * (rule 1520 on each of 20,000 children would compare 400 million pairs).
   */
  private static Set<String> repeatedUpns(Census census) {
    Repeated last = repeated;
    if (last.children().get() != census.children()) {
      Set<String> seen = new HashSet<>();
      Set<String> twice = new HashSet<>();
      census.children().stream().map(Census.Child::upn).filter(Objects::nonNull).filter(upn -> !seen.add(upn)).forEach(twice::add);
      last = new Repeated(new WeakReference<>(census.children()), twice);
      repeated = last;
    }
    return last.upns();
  }

  /** The initial conferences an episode records, at its own level or its section 47s'. */
  private static List<LocalDate> initialConferences(Census.CinDetails e) {
    return Stream.concat(Stream.of(e.initialConference()), e.section47s().stream().map(Census.Section47::initialConference))
        .filter(Objects::nonNull)
        .toList();
  }

  /** Of school age on the reference date: taken here as 6 or older and under 18 (the reference gives no ages for 8770Q). */
  private static boolean schoolAge(Census census, Census.Child child) {
    return child.birth() != null
        && !child.birth().isAfter(census.referenceDate().minusYears(6))
        && child.birth().isAfter(census.referenceDate().minusYears(18));
  }

  private static boolean inYear(Census census, LocalDate day) {
    return !day.isBefore(census.start()) && !day.isAfter(census.referenceDate());
  }

  private static boolean weekend(LocalDate day) {
    return day != null && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String str(Object o) {
    return String.valueOf(o);
  }
}
