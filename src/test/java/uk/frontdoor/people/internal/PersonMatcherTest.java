package uk.frontdoor.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.frontdoor.people.Candidate;
import uk.frontdoor.people.Gender;
import uk.frontdoor.people.KnownPerson;
import uk.frontdoor.people.PersonKind;
import uk.frontdoor.people.PersonProbe;

/** Normalising and scoring names, dates of birth and identifiers, without a database. */
class PersonMatcherTest {

  private static final LocalDate BORN = LocalDate.of(2015, 3, 4);

  private static KnownPerson known(String first, String last, LocalDate born, List<String> otherNames) {
    return new KnownPerson(
        UUID.randomUUID(), PersonKind.CHILD, first, last, otherNames, born, null, Gender.UNKNOWN, null, null, null, null, null);
  }

  private static KnownPerson known(String first, String last, LocalDate born) {
    return known(first, last, born, List.of());
  }

  /** Scores with sound-alike keys given by hand, as the database's Double Metaphone gives them. */
  private static Optional<Candidate> score(
      PersonProbe probe, List<String> probeFirst, List<String> probeLast, KnownPerson person, List<String> first, List<String> last) {
    return new CandidateScorer(probe, probeFirst, probeLast).score(new Found(person, first, last));
  }

  private static Candidate scored(PersonProbe probe, KnownPerson person) {
    return new CandidateScorer(probe, List.of(), List.of()).score(new Found(person, List.of(), List.of())).orElseThrow();
  }

  @Nested
  class Names {

    @Test
    void keysAreLowerCaseWithoutAccentsApostrophesOrStraySpaces() {
      assertThat(PersonNames.key("  Zoë  O’Brien ")).isEqualTo("zoe obrien");
      assertThat(PersonNames.key("Łukasz Ørsted")).isEqualTo("lukasz orsted");
      assertThat(PersonNames.key("Smith - Jones")).isEqualTo("smith-jones");
      assertThat(PersonNames.key("St. John")).isEqualTo("st john");
      assertThat(PersonNames.key("-Strauß-")).isEqualTo("strauss");
      assertThat(PersonNames.key(null)).isEmpty();
      assertThat(PersonNames.key("123")).isEmpty();
    }

    @Test
    void aDoubleBarrelledNameHasParts() {
      assertThat(PersonNames.parts("smith-jones")).containsExactly("smith", "jones");
      assertThat(PersonNames.parts("van der berg")).containsExactly("van", "der", "berg");
      assertThat(PersonNames.joined("mc donald")).isEqualTo("mcdonald");
    }

    @Test
    void distanceCountsATranspositionAsOneEdit() {
      assertThat(PersonNames.distance("smith", "smiht")).isEqualTo(1);
      assertThat(PersonNames.distance("smith", "smth")).isEqualTo(1);
      assertThat(PersonNames.distance("smith", "smyth")).isEqualTo(1);
      assertThat(PersonNames.distance("smith", "smiths")).isEqualTo(1);
      assertThat(PersonNames.distance("smith", "jones")).isEqualTo(5);
      assertThat(PersonNames.distance("kathryn", "katherine")).isEqualTo(3);
      assertThat(PersonNames.distance("catherine", "katherine")).isEqualTo(1);
    }

    @Test
    void nicknamesGoBothWaysAndSayWhichIsTheFullName() {
      assertThat(Nicknames.variants("bill")).contains("william", "will", "billy");
      assertThat(Nicknames.variants("alex")).contains("alexander", "alexandra");
      assertThat(Nicknames.variants("zebedee")).containsExactly("zebedee");
      assertThat(Nicknames.relation("bill", "william", "Bill", "William")).contains("Bill for William");
      assertThat(Nicknames.relation("william", "bill", "William", "Bill")).contains("Bill for William");
      assertThat(Nicknames.relation("bill", "billy", "Bill", "Billy")).contains("Bill and Billy, both short for William");
      assertThat(Nicknames.relation("bill", "robert", "Bill", "Robert")).isEmpty();
    }

    @Test
    void theNicknameFileHoldsGroupsOfNameKeys() {
      List<List<String>> groups = Nicknames.read("/people/nicknames.txt");
      assertThat(groups).hasSizeGreaterThan(50);
      for (List<String> group : groups) {
        assertThat(group).as("a group of names").hasSizeGreaterThan(1).doesNotHaveDuplicates();
        assertThat(group).allSatisfy(name -> assertThat(PersonNames.key(name)).isEqualTo(name));
      }
    }
  }

  @Nested
  class BirthDateMistakes {

    @Test
    void likelyMistakesAreADayAMonthOrAYearOutAndDayAndMonthSwapped() {
      assertThat(BirthDates.likelyMistakes(BORN))
          .containsExactlyInAnyOrder(
              BORN,
              LocalDate.of(2015, 4, 3),
              LocalDate.of(2015, 3, 3),
              LocalDate.of(2015, 3, 5),
              LocalDate.of(2015, 2, 4),
              LocalDate.of(2015, 4, 4),
              LocalDate.of(2014, 3, 4),
              LocalDate.of(2016, 3, 4));
    }

    @Test
    void aDayAbove12CannotBeSwappedWithTheMonth() {
      assertThat(BirthDates.likelyMistakes(LocalDate.of(2015, 3, 14))).doesNotContain(LocalDate.of(2015, 14 - 12, 3));
      assertThat(BirthDates.likelyMistakes(LocalDate.of(2015, 3, 14))).hasSize(7);
    }

    @Test
    void comparesDates() {
      assertThat(BirthDates.compare(BORN, BORN)).isEqualTo(BirthDates.Agreement.SAME);
      assertThat(BirthDates.compare(BORN, LocalDate.of(2015, 4, 3))).isEqualTo(BirthDates.Agreement.DAY_MONTH_SWAPPED);
      assertThat(BirthDates.compare(BORN, LocalDate.of(2015, 3, 5))).isEqualTo(BirthDates.Agreement.ONE_DAY_OUT);
      assertThat(BirthDates.compare(LocalDate.of(2014, 12, 31), LocalDate.of(2015, 1, 1)))
          .isEqualTo(BirthDates.Agreement.ONE_DAY_OUT);
      assertThat(BirthDates.compare(BORN, LocalDate.of(2015, 2, 4))).isEqualTo(BirthDates.Agreement.ONE_MONTH_OUT);
      assertThat(BirthDates.compare(BORN, LocalDate.of(2016, 3, 4))).isEqualTo(BirthDates.Agreement.ONE_YEAR_OUT);
      assertThat(BirthDates.compare(BORN, LocalDate.of(2015, 9, 20))).isEqualTo(BirthDates.Agreement.SAME_YEAR);
      assertThat(BirthDates.compare(BORN, LocalDate.of(2011, 9, 20))).isEqualTo(BirthDates.Agreement.DIFFERENT);
    }
  }

  @Nested
  class Scoring {

    @Test
    void theSameNameAndDateOfBirthScoresHighWithEveryReason() {
      Candidate candidate = scored(PersonProbe.named("William", "Smith", BORN), known("William", "Smith", BORN));
      assertThat(candidate.reasons()).containsExactly("first name matches", "surname matches", "date of birth matches");
      assertThat(candidate.score()).isEqualTo(60);
    }

    @Test
    void aNicknameIsNamedAsOne() {
      Candidate candidate = scored(PersonProbe.named("Bill", "Smith", BORN), known("William", "Smith", BORN));
      assertThat(candidate.reasons()).contains("nickname: Bill for William", "surname matches");
      assertThat(candidate.score()).isBetween(50, 59);
    }

    @Test
    void aPartOfADoubleBarrelledSurnameMatchesEitherWay() {
      assertThat(scored(PersonProbe.named("Amy", "Jones", BORN), known("Amy", "Smith-Jones", BORN)).reasons())
          .contains("surname Jones is part of Smith-Jones");
      assertThat(scored(PersonProbe.named("Amy", "Smith-Jones", BORN), known("Amy", "Smith", BORN)).reasons())
          .contains("surname Smith is part of Smith-Jones");
    }

    @Test
    void firstAndLastNamesTheWrongWayRoundAreSaidToBeSwapped() {
      Candidate swapped = scored(PersonProbe.named("Smith", "William", BORN), known("William", "Smith", BORN));
      assertThat(swapped.reasons()).first().isEqualTo("first and last names swapped");
      Candidate straight = scored(PersonProbe.named("William", "Smith", BORN), known("William", "Smith", BORN));
      assertThat(swapped.score()).isLessThan(straight.score()).isGreaterThan(50);
    }

    @Test
    void aSoundAlikeSurnameSaysWhatItSoundsLike() {
      assertThat(smithAgainstSmyth(List.of("SM0"))).contains("surname sounds like Smyth");
      assertThat(smithAgainstSmyth(List.of("XYZ"))).contains("surname spelt one letter differently: Smyth");
    }

    /** The reasons Ann Smith's probe gets against Ann Smyth with the given surname sounds. */
    private List<String> smithAgainstSmyth(List<String> smythSounds) {
      return score(
              PersonProbe.named("Ann", "Smith", BORN),
              List.of("AN"),
              List.of("SM0"),
              known("Ann", "Smyth", BORN),
              List.of("AN"),
              smythSounds)
          .orElseThrow()
          .reasons();
    }

    @Test
    void aOneLetterTypoIsStillAGoodMatch() {
      Candidate candidate = scored(PersonProbe.named("Olivia", "Wilkinson", BORN), known("Olivia", "Wilkinsno", BORN));
      assertThat(candidate.reasons()).contains("surname spelt one letter differently: Wilkinsno");
      assertThat(candidate.score()).isGreaterThan(50);
    }

    @Test
    void dayAndMonthSwappedScoresBelowTheSameDateButAboveAStranger() {
      Candidate swapped = scored(PersonProbe.named("Ann", "Lee", LocalDate.of(2015, 4, 3)), known("Ann", "Lee", BORN));
      assertThat(swapped.reasons()).contains("date of birth matches with day and month swapped");
      Candidate same = scored(PersonProbe.named("Ann", "Lee", BORN), known("Ann", "Lee", BORN));
      assertThat(same.score()).isGreaterThan(swapped.score());
      Optional<Candidate> far =
          new CandidateScorer(PersonProbe.named("Ann", "Lee", LocalDate.of(2010, 9, 20)), List.of(), List.of())
              .score(new Found(known("Ann", "Lee", BORN), List.of(), List.of()));
      assertThat(far).as("the same common name born years apart is someone else").isEmpty();
      Candidate farWithNhsNumber =
          scored(
              PersonProbe.named("Ann", "Lee", LocalDate.of(2010, 9, 20)).withNhsNumber("9434765919"),
              new KnownPerson(UUID.randomUUID(), PersonKind.CHILD, "Ann", "Lee", List.of(), BORN, null, Gender.UNKNOWN,
                  "9434765919", null, null, null, null));
      assertThat(farWithNhsNumber.reasons()).contains("NHS number matches", "date of birth differs");
    }

    @Test
    void identifiersAndPostcodeCountAndADifferentNhsNumberCountsAgainst() {
      KnownPerson person =
          new KnownPerson(
              UUID.randomUUID(), PersonKind.CHILD, "Ann", "Lee", List.of(), BORN, null, Gender.FEMALE,
              "9434765919", null, "OX4 1AA", null, null);
      Candidate same =
          scored(PersonProbe.named("Ann", "Lee", BORN).withNhsNumber("943 476 5919").withPostcode("ox41aa"), person);
      assertThat(same.reasons()).containsExactly(
          "NHS number matches", "first name matches", "surname matches", "date of birth matches", "same postcode");
      assertThat(same.score()).isEqualTo(100);
      Candidate other = scored(PersonProbe.named("Ann", "Lee", BORN).withNhsNumber("6541003238").withPostcode("OX4 2BB"), person);
      assertThat(other.reasons()).contains("NHS number differs", "same postcode district (OX4)");
      assertThat(other.score()).isLessThan(40);
    }

    @Test
    void aKnownOtherNameIsUsedAndSaid() {
      Candidate candidate =
          scored(PersonProbe.named("Billy", "Fox", BORN), known("William", "Smith", BORN, List.of("Billy Fox")));
      assertThat(candidate.reasons()).startsWith("known as Billy Fox");
      assertThat(candidate.score()).isGreaterThan(50);
    }

    @Test
    void aStrangerWithTheSameBirthdayIsNotShown() {
      assertThat(
              new CandidateScorer(PersonProbe.named("Ann", "Lee", BORN), List.of("AN"), List.of("L"))
                  .score(new Found(known("Zach", "Okafor", BORN), List.of("SK"), List.of("AKFR"))))
          .isEmpty();
    }
  }
}
