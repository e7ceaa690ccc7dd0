package uk.frontdoor.returns;

import static uk.frontdoor.returns.CensusRules.blank;
import static uk.frontdoor.returns.CensusRules.child;
import static uk.frontdoor.returns.CensusRules.council;
import static uk.frontdoor.returns.CensusRules.str;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import uk.frontdoor.casework.CensusCodes;
import uk.frontdoor.people.Upn;
import uk.frontdoor.returns.CensusRules.Fix;
import uk.frontdoor.returns.CensusRules.Kind;
import uk.frontdoor.returns.CensusRules.Rule;

/**
 * The census rules on a child's identifiers (ChildIdentifiers) and characteristics
 * (ChildCharacteristics, Disabilities), and those the DfE checks on the return as a whole.
 */
final class ChildRules {

  private ChildRules() {}

  /**
   * The DfE's local authority codes a UPN's characters 2 to 4 may hold (rule 1530): the post-April
   * 1998 councils and the pseudo-LA codes, as the 2023-24 ruleset onwards lists them.
   */
  static final Set<String> LA_CODES = laCodes(
      1, 5, 201, 213, 301, 320, 330, 336, 340, 344, 350, 359, 370, 373, 380, 384, 390, 394, 420, 420, 660, 681, 701, 708,
      800, 803, 805, 808, 810, 813, 815, 816, 820, 823, 825, 826, 830, 831, 835, 841, 845, 846, 850, 852, 855, 857, 860, 861,
      865, 896, 908, 909, 916, 916, 919, 919, 921, 921, 925, 926, 928, 929, 931, 931, 933, 933, 935, 938, 940, 943);

  /** A UPN's 13th character: a digit, or a letter but I, O and S (rule 1550). */
  private static final String LAST_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUVWXYZ";

  static final List<Rule> RULES = List.of(
      child("8500", Kind.ERROR, "LA Child ID missing", (c, child) -> blank(child.laChildId())),
      child("1570", Kind.ERROR, "LA Child ID must not be longer than 20 characters",
          (c, child) -> child.laChildId() != null && child.laChildId().length() > 20),
      child("1580", Kind.ERROR, "LA Child ID must not contain any non-alphanumeric characters",
          (c, child) -> !blank(child.laChildId()) && !child.laChildId().codePoints().allMatch(Character::isLetterOrDigit)),
      child("8510", Kind.ERROR, "More than one child record with the same LA Child ID",
          (c, child) -> child.laChildId() != null && c.repeatedIds().contains(child.laChildId())),
      child("1510", Kind.ERROR, "UPN invalid (wrong check letter at character 1)",
          (c, child) -> child.upn() != null && child.upn().matches("[A-Z]\\d{12}") && Upn.check(child.upn()).isPresent()),
      child("1520", Kind.ERROR, "More than one record with the same UPN.",
          (c, child) -> child.upn() != null && c.repeatedUpns().contains(child.upn())),
      child("1530", Kind.ERROR, "UPN invalid (characters 2-4 not a recognised LA code)",
          (c, child) -> child.upn() != null && child.upn().length() == 13 && !LA_CODES.contains(child.upn().substring(1, 4))),
      child("1540", Kind.ERROR, "UPN invalid (characters 5-12 not all numeric)",
          (c, child) -> child.upn() != null && !child.upn().substring(Math.min(4, child.upn().length()), Math.min(12, child.upn().length()))
              .chars().allMatch(ch -> ch >= '0' && ch <= '9')),
      child("1550", Kind.ERROR, "UPN invalid (character 13 not a recognised value)",
          (c, child) -> child.upn() != null && child.upn().length() == 13 && LAST_CHARACTERS.indexOf(child.upn().charAt(12)) < 0),
      child("4180", Kind.ERROR, "Sex must be provided and equal M, F, or U", (c, child) -> !CensusCodes.SEX.containsKey(str(child.sex()))),
      child("4220", Kind.ERROR, "Ethnicity is missing or invalid (see Ethnicity table)",
          (c, child) -> !CensusCodes.ETHNICITY.containsKey(str(child.ethnicity()))),
      child("8520", Kind.ERROR, "Date of Birth is after data collection period (must be on or before the end of the census period)",
          (c, child) -> child.birth() != null && child.birth().isAfter(c.referenceDate())),
      child("8525Q", Kind.QUERY, "Either Date of Birth or Expected Date of Birth must be provided (but not both)",
          (c, child) -> (child.birth() == null) == (child.expected() == null)),
      // Strictly inside the 30 days before the reference date to 9 months after it, as the DfE's validator counts.
      child("8530Q", Kind.QUERY,
          "Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)",
          (c, child) -> child.expected() != null
              && (!child.expected().isAfter(c.referenceDate().minusDays(30)) || !child.expected().isBefore(c.referenceDate().plusMonths(9)))),
      child("8540", Kind.ERROR, "Child’s disability is missing or invalid (see Disability table)",
          (c, child) -> child.disabilities().isEmpty() || !CensusCodes.DISABILITY.keySet().containsAll(child.disabilities())),
      child("8590", Kind.ERROR, "Child does not have a recorded CIN episode.", (c, child) -> child.episodes().isEmpty()),
      child("8750", Kind.ERROR, "Sex must equal U for an unborn child",
          (c, child) -> child.birth() == null && child.expected() != null && !"U".equals(child.sex())),
      child("8770Q", Kind.QUERY,
          "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.",
          (c, child) -> schoolAge(c, child) && child.upn() == null && (child.upnUnknown() == null || "UN1".equals(child.upnUnknown()))),
      child("8772", Kind.ERROR,
          "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action",
          (c, child) -> "UN7".equals(child.upnUnknown()) && child.furtherAction()),
      // Born more than 25 years before the reference date, with an episode open or closed after the 25th birthday.
      child("8775Q", Kind.QUERY, "Please check and either amend data or provide a reason: Child is over 25 years old", Fix.EPISODE,
          (c, child) -> child.birth() != null && child.birth().isBefore(c.referenceDate().minusYears(25))
              && child.episodes().stream().anyMatch(e -> e.closure() == null || e.closure().isAfter(child.birth().plusYears(25)))),
      child("8790", Kind.ERROR, "Disability information includes both None and other values",
          (c, child) -> child.disabilities().contains("NONE") && child.disabilities().stream().anyMatch(d -> !d.equals("NONE"))),
      child("8794", Kind.ERROR, "Child has two or more disabilities with the same code",
          (c, child) -> new HashSet<>(child.disabilities()).size() < child.disabilities().size()),
      // The return as a whole.
      council("2886Q", Kind.QUERY,
          "Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)",
          c -> c.children().stream().filter(child -> child.expected() == null && (child.sex() == null || "U".equals(child.sex()))).count()
              > 0.02 * c.children().size()),
      council("2887Q", Kind.QUERY,
          "Please check and either amend or provide a reason: Less than 8 disability codes have been used in your return",
          c -> c.children().stream().flatMap(child -> child.disabilities().stream()).filter(d -> !d.equals("NONE")).distinct().count() < 8),
      // Where some child has a disability, and none has more than one.
      council("2888Q", Kind.QUERY,
          "Please check and either amend or provide a reason: Only one disability code is recorded per child and multiple disabilities should be recorded where possible.",
          c -> disabled(c).anyMatch(n -> n > 0) && disabled(c).allMatch(n -> n <= 1)));

  /** Of school age on the reference date: taken here as 6 or older and under 18 (the reference gives no ages for 8770Q). */
  private static boolean schoolAge(CensusCheck census, Census.Child child) {
    return child.birth() != null
        && !child.birth().isAfter(census.referenceDate().minusYears(6))
        && child.birth().isAfter(census.referenceDate().minusYears(18));
  }

  /** How many disabilities, NONE apart, each child has. */
  private static Stream<Long> disabled(CensusCheck census) {
    return census.children().stream().map(child -> child.disabilities().stream().filter(d -> !d.equals("NONE")).distinct().count());
  }

  /** Three-digit codes from pairs of first and last, inclusive. */
  private static Set<String> laCodes(int... ranges) {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < ranges.length; i += 2) {
      IntStream.rangeClosed(ranges[i], ranges[i + 1]).mapToObj(code -> String.format("%03d", code)).forEach(codes::add);
    }
    return Set.copyOf(codes);
  }
}
