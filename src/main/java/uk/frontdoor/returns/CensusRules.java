package uk.frontdoor.returns;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;
import uk.frontdoor.authority.WorkingCalendar;

/**
 * The DfE's validation rules for the children in need census that Front Door checks before the
 * census leaves (the 2025-26 ruleset, statutory-rules Appendix A), each with the DfE's number, kind
 * and words, and what breaks it. The rules are declared by the table they check: {@link ChildRules}
 * (a child's identifiers and characteristics, and the return as a whole), {@link EpisodeRules}
 * (CINdetails), {@link AssessmentRules}, {@link Section47Rules} and {@link PlanRules} (child in need
 * and child protection plans). The rules that cannot apply to what Front Door sends are listed, with
 * why, in docs/reference/census-rules.md.
 */
public final class CensusRules {

  private CensusRules() {}

  /** The DfE keeps errors (the census cannot be accepted) apart from queries (explain or amend). */
  public enum Kind {
    ERROR,
    QUERY
  }

  /**
   * Where a failure is put right: the child's census details, the episode's own pages, or (for a
   * rule about the return as a whole) the records in general or a reason given to the DfE.
   */
  public enum Fix {
    CENSUS_DETAILS,
    EPISODE,
    RETURN
  }

  /** A rule: the DfE's number, kind and words, and the failures it finds in a census. */
  public record Rule(String code, Kind kind, String words, Fix fix, Breaks breaks) {}

  /** The failures of a rule in the census being checked; none if it passes. */
  @FunctionalInterface
  public interface Breaks {
    List<Failure> in(CensusCheck census, Rule rule);
  }

  /** An episode of a child that breaks a rule, as far as the child and the episode tell. */
  @FunctionalInterface
  interface EpisodeBreaks {
    boolean test(CensusCheck census, Census.Child child, Census.CinDetails episode);
  }

  /**
   * A failure of a rule: the child and the episode to put it right on, or neither for a rule about
   * the return as a whole.
   */
  public record Failure(Census.Child child, Rule rule, UUID episodeId) {

    /** Whether the failure is the return's as a whole rather than a child's. */
    public boolean ofTheReturn() {
      return child == null;
    }
  }

  public static final List<Rule> RULES =
      Stream.of(ChildRules.RULES, EpisodeRules.RULES, AssessmentRules.RULES, Section47Rules.RULES, PlanRules.RULES)
          .flatMap(List::stream)
          .toList();

  /**
   * Every failure in the census, errors first, then by rule, then child in the census's order; the
   * council's working calendar counts the working days rules 8569Q, 8670Q and 8675Q ask for.
   */
  public static List<Failure> check(Census census, WorkingCalendar calendar) {
    CensusCheck check = new CensusCheck(census, calendar);
    List<Failure> failures = new ArrayList<>();
    for (Rule rule : RULES.stream().sorted(Comparator.comparing(Rule::kind)).toList()) {
      failures.addAll(rule.breaks().in(check, rule));
    }
    return failures;
  }

  /** A rule about a child, put right on their census details. */
  static Rule child(String code, Kind kind, String words, BiPredicate<CensusCheck, Census.Child> breaks) {
    return child(code, kind, words, Fix.CENSUS_DETAILS, breaks);
  }

  /** A rule about a child, put right where {@code fix} says, on their latest episode. */
  static Rule child(String code, Kind kind, String words, Fix fix, BiPredicate<CensusCheck, Census.Child> breaks) {
    return new Rule(code, kind, words, fix, (census, rule) -> census.children().stream()
        .filter(child -> breaks.test(census, child))
        .map(child -> new Failure(child, rule, child.episodeId()))
        .toList());
  }

  /** A rule about each episode on its own. */
  static Rule episode(String code, Kind kind, String words, Fix fix, BiPredicate<CensusCheck, Census.CinDetails> breaks) {
    return episode(code, kind, words, fix, (census, child, e) -> breaks.test(census, e));
  }

  /** A rule about each episode as the child and their other episodes stand. */
  static Rule episode(String code, Kind kind, String words, Fix fix, EpisodeBreaks breaks) {
    return new Rule(code, kind, words, fix, (census, rule) -> {
      List<Failure> failures = new ArrayList<>();
      for (Census.Child child : census.children()) {
        for (Census.CinDetails e : child.episodes()) {
          if (breaks.test(census, child, e)) {
            failures.add(new Failure(child, rule, e.episodeId()));
          }
        }
      }
      return failures;
    });
  }

  /** A rule about the return as a whole: at most one failure, naming no child. */
  static Rule council(String code, Kind kind, String words, Predicate<CensusCheck> breaks) {
    return new Rule(code, kind, words, Fix.RETURN,
        (census, rule) -> breaks.test(census) ? List.of(new Failure(null, rule, null)) : List.of());
  }

  /** The initial conferences an episode records, at its own level or its section 47s'. */
  static List<LocalDate> initialConferences(Census.CinDetails e) {
    return Stream.concat(Stream.of(e.initialConference()), e.section47s().stream().map(Census.Section47::initialConference))
        .filter(Objects::nonNull)
        .toList();
  }

  /**
   * Whether {@code day} falls in a span from {@code start} to {@code end} inclusive, or from
   * {@code start} to the reference date while the span is open: the DfE's test of overlapping
   * plans, enquiries and episodes.
   */
  static boolean within(CensusCheck census, LocalDate day, LocalDate start, LocalDate end) {
    return day != null && start != null && !day.isBefore(start) && !day.isAfter(end == null ? census.referenceDate() : end);
  }

  static boolean weekend(LocalDate day) {
    return day != null && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String str(Object o) {
    return String.valueOf(o);
  }
}
