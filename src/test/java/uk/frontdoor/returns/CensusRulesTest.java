package uk.frontdoor.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.returns.CensusRules.Failure;

/**
 * Each census rule implemented, with a child whose records break it and the same child, whose
 * records pass every rule: a child in need with an assessment, a child in need plan, a section 47
 * enquiry, an initial conference on a Monday and a child protection plan started that day.
 */
class CensusRulesTest {

  static final UUID EPISODE = UUID.fromString("00000000-0000-4000-b000-000000000001");
  static final UUID OTHER = UUID.fromString("00000000-0000-4000-b000-000000000002");
  static final UUID BEN = UUID.fromString("00000000-0000-4000-b000-000000000009");

  /** A child as the rules see them, each part changeable before it is built. */
  static final class Record {
    String id = "FD0000000000000001";
    String upn = "E931000017830";
    String upnUnknown;
    LocalDate birth = day("2015-05-01");
    LocalDate expected;
    String sex = "F";
    String ethnicity = "WBRI";
    List<String> disabilities = new ArrayList<>(List.of("NONE"));
    LocalDate referral = day("2025-06-02");
    String source = "2A";
    String need = "N1";
    LocalDate closure;
    String reason;
    LocalDate initialAtDetails;
    boolean nfa;
    List<Census.Assessment> assessments = new ArrayList<>(List.of(new Census.Assessment(day("2025-06-03"), day("2025-07-15"), List.of("3A", "4B"))));
    List<Census.CinPlan> cinPlans = new ArrayList<>(List.of(new Census.CinPlan(day("2025-07-20"), day("2025-12-01"))));
    List<Census.Section47> section47s =
        new ArrayList<>(List.of(new Census.Section47(day("2025-12-03"), day("2025-12-24"), day("2025-12-22"), false)));
    List<Census.ProtectionPlan> plans =
        new ArrayList<>(List.of(new Census.ProtectionPlan(day("2025-12-22"), null, "NEG", "NEG", 0, List.of(day("2026-03-20")))));
    List<Census.CinDetails> earlier = new ArrayList<>();
    boolean episodes = true;
    /** The census's other children: Ben, so that the return as a whole passes its rules too. */
    List<Census.Child> others = new ArrayList<>(List.of(ben("FD0000000000000009", "Z931520001001")));

    Census.CinDetails details() {
      return new Census.CinDetails(EPISODE, referral, source, need, closure, reason, initialAtDetails, nfa, assessments, cinPlans, section47s, plans);
    }

    Census.Child child() {
      List<Census.CinDetails> all = new ArrayList<>(earlier);
      if (episodes) {
        all.add(details());
      }
      return new Census.Child(id, "Ada Test", EPISODE, upn, upnUnknown, birth, expected, sex, ethnicity, disabilities, all);
    }

    /** Ada and the census's other children. */
    Census census() {
      List<Census.Child> children = new ArrayList<>(List.of(child()));
      children.addAll(others);
      return new Census(2026, "931", "Test Council", children);
    }
  }

  /**
   * A child in need whose records pass every rule, with eight disabilities: with Ada the census
   * uses eight disability codes and a child has more than one (rules 2887Q, 2888Q).
   */
  static Census.Child ben(String id, String upn) {
    Census.CinDetails episode = new Census.CinDetails(BEN, day("2025-09-01"), "6", "N2", null, null, null, false,
        List.of(new Census.Assessment(day("2025-09-02"), day("2025-10-10"), List.of("6A"))), List.of(), List.of(), List.of());
    return new Census.Child(id, "Ben Test", BEN, upn, null, day("2012-09-09"), null, "M", "WBRI",
        List.of("MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS"), List.of(episode));
  }

  static LocalDate day(String day) {
    return LocalDate.parse(day);
  }

  static final WorkingCalendar CALENDAR = WorkingCalendar.englandAndWales();

  static List<Failure> check(Census census) {
    return CensusRules.check(census, CALENDAR);
  }

  static List<String> failed(Census census) {
    return check(census).stream().map(f -> f.rule().code()).distinct().toList();
  }

  static Arguments breaks(String code, Consumer<Record> change) {
    return Arguments.of(code, change);
  }

  static Stream<Arguments> everyRule() {
    return Stream.of(
        breaks("8500", r -> r.id = " "),
        breaks("1510", r -> r.upn = "R247962919251"),
        breaks("4180", r -> r.sex = "X"),
        breaks("4220", r -> r.ethnicity = null),
        breaks("8520", r -> r.birth = day("2026-04-01")),
        breaks("8525Q", r -> r.expected = day("2026-05-01")),
        breaks("8540", r -> r.disabilities = List.of("LEGS")),
        breaks("8750", r -> { r.birth = null; r.expected = day("2026-05-01"); r.upn = null; r.upnUnknown = "UN1"; }),
        breaks("8770Q", r -> { r.upn = null; r.upnUnknown = "UN1"; }),
        breaks("8772", r -> { r.upn = null; r.upnUnknown = "UN7"; }),
        breaks("8790", r -> r.disabilities = List.of("NONE", "AUT")),
        breaks("8794", r -> r.disabilities = List.of("AUT", "AUT")),
        breaks("8866", r -> r.source = "11"),
        breaks("8600", r -> r.referral = day("2026-04-01")),
        breaks("8610", r -> r.need = null),
        breaks("8630", r -> { r.closure = day("2025-06-01"); r.reason = "RC7"; }),
        breaks("8805", r -> { r.closure = day("2026-03-30"); r.plans.clear(); r.plans.add(plan("2025-12-22", "2026-03-27")); }),
        breaks("8620", r -> { r.closure = day("2026-04-02"); r.reason = "RC7"; r.plans.set(0, plan("2025-12-22", "2026-03-27")); }),
        breaks("8810", r -> r.reason = "RC7"),
        breaks("8825Q", r -> { r.assessments.clear(); r.closure = day("2026-03-30"); r.reason = "RC8"; r.plans.clear(); r.plans.add(plan("2025-12-22", "2026-03-27")); }),
        breaks("2884", r -> r.initialAtDetails = day("2025-12-22")),
        breaks("1103", r -> r.assessments.set(0, new Census.Assessment(day("2025-06-01"), day("2025-07-15"), List.of("3A")))),
        breaks("8608", r -> r.assessments.set(0, new Census.Assessment(day("2025-07-16"), day("2025-07-15"), List.of("3A")))),
        breaks("8696", r -> r.assessments.set(0, new Census.Assessment(day("2025-06-03"), day("2026-04-15"), List.of("3A")))),
        breaks("8896", r -> {
          r.assessments.set(0, new Census.Assessment(day("2025-06-03"), null, List.of()));
          r.assessments.add(new Census.Assessment(day("2025-06-10"), null, List.of()));
        }),
        breaks("8869", r -> r.assessments.set(0, new Census.Assessment(day("2025-06-03"), day("2025-07-15"), List.of("21", "3A")))),
        breaks("8898", r -> r.assessments.set(0, new Census.Assessment(day("2025-06-03"), day("2025-07-15"), List.of("3A", "3A")))),
        breaks("4004", r -> { r.cinPlans.clear(); r.cinPlans.add(new Census.CinPlan(day("2025-07-20"), null)); r.cinPlans.add(new Census.CinPlan(day("2025-08-20"), null)); }),
        breaks("4011", r -> r.cinPlans.set(0, new Census.CinPlan(day("2025-07-20"), day("2025-07-19")))),
        breaks("4013", r -> r.cinPlans.set(0, new Census.CinPlan(day("2025-07-20"), day("2026-04-01")))),
        breaks("4015", r -> r.cinPlans.set(0, new Census.CinPlan(day("2025-06-01"), day("2025-12-01")))),
        breaks("2889", r -> r.section47s.set(0, new Census.Section47(day("2025-06-01"), day("2025-12-24"), day("2025-12-22"), false))),
        breaks("8615", r -> r.section47s.set(0, new Census.Section47(day("2025-12-23"), day("2025-12-24"), day("2025-12-22"), false))),
        breaks("8715", r -> { r.initialAtDetails = day("2025-03-28"); r.plans.add(plan("2025-03-28", null)); r.referral = day("2025-03-03"); }),
        breaks("8839", r -> {
          r.section47s.add(new Census.Section47(day("2026-02-02"), day("2026-02-23"), null, false));
          r.section47s.add(new Census.Section47(day("2026-03-02"), day("2026-03-23"), null, false));
        }),
        breaks("8870Q", r -> r.section47s.set(0, new Census.Section47(day("2025-12-03"), day("2025-12-27"), day("2025-12-22"), false))),
        breaks("8875", r -> {
          r.section47s.set(0, new Census.Section47(day("2025-12-03"), day("2025-12-24"), day("2025-12-20"), false));
          r.plans.set(0, new Census.ProtectionPlan(day("2025-12-20"), null, "NEG", "NEG", 0, List.of()));
        }),
        breaks("1105", r -> { r.initialAtDetails = day("2025-05-30"); r.plans.add(new Census.ProtectionPlan(day("2025-05-30"), day("2025-11-30"), "PHY", "PHY", 0, List.of())); }),
        breaks("2885", r -> r.plans.set(0, new Census.ProtectionPlan(day("2025-12-23"), null, "NEG", "NEG", 0, List.of()))),
        breaks("8840", r -> r.plans.set(0, plan("2025-12-22", "2025-12-22"))),
        breaks("8841", r -> r.plans.set(0, new Census.ProtectionPlan(day("2025-12-22"), null, "NEG", "NEG", 0, List.of(day("2025-12-22"))))),
        breaks("8905", r -> r.plans.set(0, new Census.ProtectionPlan(day("2025-12-22"), null, "ABC", "NEG", 0, List.of()))),
        breaks("8910", r -> r.plans.set(0, new Census.ProtectionPlan(day("2025-12-22"), null, "NEG", null, 0, List.of()))),
        breaks("8925", r -> r.plans.set(0, plan("2025-12-22", "2025-12-21"))),
        breaks("8930", r -> r.plans.set(0, plan("2025-12-22", "2026-04-10"))),
        breaks("8935", r -> {
          r.earlier.add(new Census.CinDetails(OTHER, day("2025-04-10"), "6", "N1", null, null, day("2025-05-12"), false,
              List.of(), List.of(), List.of(), List.of(new Census.ProtectionPlan(day("2025-05-12"), null, "EMO", "EMO", 0, List.of()))));
        }),
        // Child identifiers and characteristics.
        breaks("1570", r -> r.id = "FD0000000000000000001"),
        breaks("1580", r -> r.id = "FD-0001"),
        breaks("8510", r -> r.others.add(ben(r.id, "U931000017831"))),
        breaks("1530", r -> r.upn = "A950000178301"),
        breaks("1540", r -> r.upn = "E9310000A7830"),
        breaks("1550", r -> r.upn = "E93100001783I"),
        breaks("8530Q", r -> { r.birth = null; r.expected = day("2027-02-01"); r.sex = "U"; r.upn = null; r.upnUnknown = "UN1"; }),
        breaks("8590", r -> r.episodes = false),
        breaks("8775Q", r -> { r.birth = day("2000-01-01"); r.upn = null; r.upnUnknown = "UN2"; }),
        breaks("2886Q", r -> r.sex = "U"),
        breaks("2887Q", r -> r.others.clear()),
        breaks("2888Q", r -> { r.others.clear(); r.disabilities = List.of("MOB"); }),
        // Episodes.
        breaks("8606", r -> r.birth = day("2026-03-29")),
        breaks("8650", r -> r.need = "N11"),
        breaks("8640", r -> { r.closure = day("2026-03-30"); r.reason = "RC10"; r.plans.set(0, plan("2025-12-22", "2026-03-27")); }),
        breaks("8565", r -> { r.closure = day("2025-12-10"); r.reason = "RC7"; }),
        breaks("8585Q", r -> { r.closure = day("2026-03-30"); r.reason = "RC2"; r.plans.set(0, plan("2025-12-22", "2026-03-27")); }),
        breaks("2990", r -> { r.closure = day("2026-03-30"); r.reason = "RC8"; r.plans.set(0, plan("2025-12-22", "2026-03-27")); }),
        breaks("8867", r -> {
          r.closure = day("2026-03-30"); r.reason = "RC7"; r.plans.set(0, plan("2025-12-22", "2026-03-27"));
          r.assessments.add(new Census.Assessment(day("2026-03-02"), null, List.of()));
        }),
        breaks("8868", r -> {
          r.closure = day("2026-03-30"); r.reason = "RC7"; r.plans.set(0, plan("2025-12-22", "2026-03-27"));
          r.section47s.add(new Census.Section47(day("2026-02-02"), day("2026-02-23"), null, false));
        }),
        breaks("2991Q", r -> r.assessments.clear()),
        breaks("8569Q", r -> {
          r.referral = day("2025-03-20"); r.nfa = true; r.closure = day("2025-04-02"); r.reason = "RC7";
          r.assessments.clear(); r.cinPlans.clear(); r.section47s.clear(); r.plans.clear();
        }),
        breaks("8831", r -> r.nfa = true),
        breaks("8832", r -> r.nfa = true),
        breaks("4000", r -> r.nfa = true),
        breaks("8815", r -> r.earlier.add(new Census.CinDetails(OTHER, day("2025-04-10"), "6", "N1", null, null, null, false,
            List.of(), List.of(), List.of(), List.of()))),
        breaks("8816", r -> r.earlier.add(new Census.CinDetails(OTHER, day("2025-04-10"), "6", "N1", null, null, null, false,
            List.of(), List.of(), List.of(), List.of()))),
        breaks("8820", r -> r.earlier.add(new Census.CinDetails(OTHER, day("2025-04-10"), "6", "N1", day("2025-06-10"), "RC7", null, false,
            List.of(), List.of(), List.of(), List.of()))),
        // Section 47 enquiries.
        breaks("1104", r -> r.initialAtDetails = day("2025-05-30")),
        breaks("8740", r -> r.section47s.add(new Census.Section47(day("2025-03-03"), day("2025-03-24"), null, false))),
        breaks("8675Q", r -> r.section47s.add(new Census.Section47(day("2026-02-02"), day("2026-02-23"), null, false))),
        breaks("8890", r -> r.section47s.add(new Census.Section47(day("2025-12-10"), day("2025-12-31"), null, false))),
        // Assessments.
        breaks("8670Q", r -> r.assessments.add(new Census.Assessment(day("2025-09-01"), null, List.of()))),
        breaks("8736", r -> r.assessments.add(new Census.Assessment(day("2025-03-20"), null, List.of()))),
        breaks("8863Q", r -> r.assessments.add(new Census.Assessment(day("2025-06-10"), day("2025-07-01"), List.of("3A")))),
        breaks("8614", r -> r.assessments.add(new Census.Assessment(day("2026-03-02"), null, List.of("3A")))),
        breaks("8897Q", r -> r.assessments.set(0, new Census.Assessment(day("2025-06-03"), day("2025-07-15"), List.of()))),
        breaks("8873Q", r -> {
          r.assessments.set(0, new Census.Assessment(day("2025-06-03"), day("2025-07-15"), List.of("21")));
          r.closure = day("2026-03-30"); r.reason = "RC7"; r.plans.set(0, plan("2025-12-22", "2026-03-27"));
        }),
        breaks("8945Q", r -> r.assessments.set(0, new Census.Assessment(day("2025-06-03"), day("2025-07-15"), List.of("18A")))),
        breaks("8950Q", r -> r.assessments.set(0, new Census.Assessment(day("2025-06-03"), day("2025-07-15"), List.of("19A")))),
        // Plans.
        breaks("4010", r -> r.cinPlans.add(new Census.CinPlan(day("2026-04-02"), null))),
        breaks("4012Q", r -> r.cinPlans.set(0, new Census.CinPlan(day("2025-07-20"), day("2025-07-20")))),
        breaks("4014", r -> r.cinPlans.add(new Census.CinPlan(day("2025-08-01"), day("2025-09-01")))),
        breaks("4001", r -> r.cinPlans.add(new Census.CinPlan(day("2026-01-05"), null))),
        breaks("4003", r -> r.cinPlans.add(new Census.CinPlan(day("2026-03-02"), day("2026-03-25")))),
        breaks("4016", r -> r.cinPlans.add(new Census.CinPlan(day("2026-01-05"), day("2026-02-05")))),
        breaks("4017", r -> r.cinPlans.set(0, new Census.CinPlan(day("2025-07-20"), day("2025-12-30")))),
        breaks("8720", r -> r.plans.add(plan("2026-04-02", null))),
        breaks("8730", r -> r.plans.set(0, new Census.ProtectionPlan(day("2025-12-22"), null, "NEG", "NEG", -1, List.of()))),
        breaks("8940", r -> r.plans.add(plan("2026-01-10", "2026-02-10"))),
        breaks("2883", r -> r.plans.add(plan("2026-01-10", "2026-02-10"))));
  }

  static Census.ProtectionPlan plan(String start, String end) {
    return new Census.ProtectionPlan(day(start), end == null ? null : day(end), "NEG", "NEG", 0, List.of());
  }

  @Test
  void theRecordThatEachRuleIsBrokenFromPassesEveryRule() {
    assertThat(failed(new Record().census())).isEmpty();
  }

  @Test
  void everyRuleImplementedHasItsTest() {
    assertThat(everyRule().map(a -> (String) a.get()[0]))
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(CensusRules.RULES.stream().map(CensusRules.Rule::code), Stream.of()).filter(c -> !c.equals("1520")).toList());
  }

  @ParameterizedTest(name = "rule {0}")
  @MethodSource("everyRule")
  void eachRuleFindsTheRecordThatBreaksIt(String code, Consumer<Record> change) {
    Record record = new Record();
    change.accept(record);
    List<Failure> failures = check(record.census());
    assertThat(failures).extracting(f -> f.rule().code()).contains(code);
    assertThat(failures).filteredOn(f -> f.rule().code().equals(code))
        .allSatisfy(f -> assertThat(f.rule().kind()).isEqualTo(code.endsWith("Q") ? CensusRules.Kind.QUERY : CensusRules.Kind.ERROR));
  }

  @Test
  void rule1520TwoChildrenWithTheSameUpn() {
    Record first = new Record();
    Record second = new Record();
    second.id = "FD0000000000000002";
    first.others.add(second.child());
    assertThat(failed(first.census())).containsExactly("1520");
    first.others.set(1, ben(second.id, "Q931240001235"));
    assertThat(failed(first.census())).isEmpty();
  }

  @Test
  void errorsComeBeforeQueriesAndEachNamesTheEpisodeToPutItRightOn() {
    Record record = new Record();
    record.upn = null;
    record.upnUnknown = "UN1";
    record.sex = "X";
    List<Failure> failures = check(record.census());
    assertThat(failures).extracting(f -> f.rule().code()).containsExactly("4180", "8770Q");
    assertThat(failures).extracting(Failure::episodeId).containsOnly(EPISODE);
    assertThat(failures.get(0).rule().fix()).isEqualTo(CensusRules.Fix.CENSUS_DETAILS);
  }
}
