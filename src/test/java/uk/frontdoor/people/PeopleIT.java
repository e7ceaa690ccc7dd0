package uk.frontdoor.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.platform.Tenancy;

/**
 * Matching, history and link decisions on a real PostgreSQL, next to the demo councils' generated
 * people, with the clock fixed at Friday 27 November 2026 16:15 UK time. Each test adds people with
 * names of its own.
 */
@IntegrationTest
class PeopleIT {

  static final UUID BRACKNELL_FOREST = UUID.fromString("00000000-0000-4000-8000-000000000002");
  static final UUID WEST_BERKSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000005");
  static final UUID WORKER = UUID.fromString("00000000-0000-4000-b000-000000000005");

  @Autowired People people;
  @Autowired Clock clock;
  @Autowired JdbcClient jdbc;
  @Autowired Tenancy tenancy;
  @Autowired TransactionTemplate transactions;

  @Autowired
  @Qualifier("ownerDataSource")
  DataSource ownerDataSource;

  private KnownPerson child(String first, String last, String born) {
    return people.add(WEST_BERKSHIRE, NewPerson.named(PersonKind.CHILD, first, last, LocalDate.parse(born)));
  }

  private List<Candidate> candidates(PersonProbe probe) {
    return people.candidates(WEST_BERKSHIRE, probe);
  }

  private static PersonProbe probe(String first, String last, String born) {
    return PersonProbe.named(first, last, born == null ? null : LocalDate.parse(born));
  }

  @Test
  void theNhsNumberFindsAPersonWhateverElseIsWrong() {
    KnownPerson harriet =
        people.add(
            WEST_BERKSHIRE,
            new NewPerson(PersonKind.CHILD, "Harriet", "Quinlan", List.of(), LocalDate.parse("2014-06-10"), null,
                Gender.FEMALE, new NhsNumber("4010232137"), null, null, null, null));
    List<Candidate> found = candidates(probe("Hatty", "Kwinlen", null).withNhsNumber("401 023 2137"));
    assertThat(found).first().extracting(c -> c.person().id()).isEqualTo(harriet.id());
    assertThat(found.get(0).reasons()).contains("NHS number matches");
  }

  @Test
  void aNameWithLettersOutsideTheOldListIsFoundWithOrWithoutItsMarks() {
    KnownPerson stefan = child("Ștefan", "Țurcanu", "2015-04-09");
    assertThat(stefan.id()).isNotNull();
    for (PersonProbe probe :
        List.of(probe("Stefan", "Turcanu", "2015-04-09"), probe("Ștefan", "Țurcanu", null), probe("S\u0326tefan", "Turcanu", null))) {
      List<Candidate> found = candidates(probe);
      assertThat(found).as(probe.firstName()).first().extracting(c -> c.person().id()).isEqualTo(stefan.id());
      assertThat(found.get(0).reasons()).as(probe.firstName()).contains("first name matches", "surname matches");
    }
  }

  @Test
  void aTypoInTheSurnameStillFindsThePersonBornThatDay() {
    KnownPerson olivia = child("Olivia", "Wilkinson", "2016-01-21");
    List<Candidate> found = candidates(probe("Olivia", "Wilkimson", "2016-01-21"));
    assertThat(found).first().extracting(c -> c.person().id()).isEqualTo(olivia.id());
    assertThat(found.get(0).reasons())
        .containsExactly("first name matches", "surname spelt one letter differently: Wilkinson", "date of birth matches");
  }

  @Test
  void soundAlikeNamesAreFoundAndSaidToSoundAlike() {
    KnownPerson philippa = child("Philippa", "Rhodes", "2012-08-30");
    List<Candidate> found = candidates(probe("Filippa", "Rhoads", "2012-08-30"));
    assertThat(found).first().extracting(c -> c.person().id()).isEqualTo(philippa.id());
    assertThat(found.get(0).reasons())
        .contains("first name sounds like Philippa", "surname sounds like Rhodes", "date of birth matches");
  }

  @Test
  void aNicknameWithDayAndMonthSwappedIsFoundByTheSoundOfTheSurnameAndTheYear() {
    KnownPerson william = child("William", "Ashdown", "2013-04-07");
    List<Candidate> found = candidates(probe("Bill", "Ashdown", "2013-07-04"));
    assertThat(found).first().extracting(c -> c.person().id()).isEqualTo(william.id());
    assertThat(found.get(0).reasons())
        .containsExactly(
            "nickname: Bill for William", "surname matches", "date of birth matches with day and month swapped");
  }

  @Test
  void onePartOfADoubleBarrelledSurnameFindsThePersonWithADayOut() {
    KnownPerson maisie = child("Maisie", "Pennington-Okoro", "2018-11-02");
    List<Candidate> found = candidates(probe("Maisie", "Okoro", "2018-11-03"));
    assertThat(found).first().extracting(c -> c.person().id()).isEqualTo(maisie.id());
    assertThat(found.get(0).reasons())
        .contains("surname Okoro is part of Pennington-Okoro", "date of birth one day out");
  }

  @Test
  void firstAndLastNamesTheWrongWayRoundAreFoundAndSaidToBeSwapped() {
    KnownPerson tobias = child("Tobias", "Lindqvist", "2011-12-19");
    List<Candidate> found = candidates(probe("Lindqvist", "Tobias", "2011-12-19"));
    assertThat(found).first().extracting(c -> c.person().id()).isEqualTo(tobias.id());
    assertThat(found.get(0).reasons()).first().isEqualTo("first and last names swapped");
  }

  @Test
  void withNoDateOfBirthNamesThatSoundAlikeTogetherFindThePersonEitherWayRound() {
    KnownPerson philippa = child("Philippa", "Threlfall", "2012-08-30");
    List<Candidate> found = candidates(probe("Threlfall", "Philippa", null));
    assertThat(found).first().extracting(c -> c.person().id()).isEqualTo(philippa.id());
    assertThat(found.get(0).reasons()).first().isEqualTo("first and last names swapped");
  }

  @Test
  void aBirthdayWrongInEveryWayStillFindsNamesThatSoundAlikeTogetherInTheYearsAround() {
    KnownPerson ezra = child("Ezra", "Whitmore-Adeyemi", "2015-03-10");
    List<Candidate> found = candidates(probe("Ezra", "Whitmore Adeyemi", "2015-11-27"));
    assertThat(found).first().extracting(c -> c.person().id()).isEqualTo(ezra.id());
    assertThat(found.get(0).reasons()).contains("same year of birth");
  }

  @Test
  void aChangedNameIsMatchedByItsNewSoundsAndNoLongerByItsOld() {
    KnownPerson lily = child("Lily", "Brackenbury", "2016-02-14");
    JdbcClient owner = JdbcClient.create(ownerDataSource);
    List<String> before = pairs(owner, lily);
    int changed = owner.sql("UPDATE person SET last_name = 'Oyelaran' WHERE id = ?").param(lily.id()).update();
    assertThat(changed).isEqualTo(1);
    List<String> after = pairs(owner, lily);
    assertThat(after).isNotEmpty().doesNotContainAnyElementsOf(before);
    // Born the same year, but not on a date that a slip of the keyboard would give.
    assertThat(candidates(probe("Lily", "Oyelaran", "2016-09-09"))).extracting(c -> c.person().id()).contains(lily.id());
  }

  private static List<String> pairs(JdbcClient owner, KnownPerson person) {
    return owner.sql("SELECT pair FROM person_name_pair WHERE person_id = ?").param(person.id()).query(String.class).list();
  }

  @Test
  void theSamePostcodeAndYearOfBirthFindAPersonWhoseBirthdayIsWrong() {
    KnownPerson jayden =
        people.add(
            WEST_BERKSHIRE,
            new NewPerson(PersonKind.CHILD, "Jayden", "Marchbanks", List.of(), LocalDate.parse("2013-02-02"), null,
                Gender.MALE, null, null, "rg14 5ab", null, null));
    List<Candidate> found = candidates(probe("Jaden", "Marchbank", "2013-09-20").withPostcode("RG14 5AB"));
    assertThat(found).first().extracting(c -> c.person().id()).isEqualTo(jayden.id());
    assertThat(found.get(0).reasons()).contains("same postcode", "same year of birth");
  }

  @Test
  void theExactMatchRanksAboveNearMisses() {
    KnownPerson exact = child("Ruby", "Hallworth", "2017-05-06");
    KnownPerson dayOut = child("Ruby", "Hallworth", "2017-05-07");
    KnownPerson typo = child("Rubie", "Hallworth", "2017-05-06");
    List<Candidate> found = candidates(probe("Ruby", "Hallworth", "2017-05-06"));
    assertThat(found).extracting(c -> c.person().id()).startsWith(exact.id()).contains(dayOut.id(), typo.id());
    assertThat(found.get(0).score()).isGreaterThan(found.get(1).score());
  }

  @Test
  void anotherCouncilsPeopleAreNeverReturned() {
    KnownPerson ingrid =
        people.add(
            BRACKNELL_FOREST,
            new NewPerson(PersonKind.CHILD, "Ingrid", "Vasquez-Morley", List.of(), LocalDate.parse("2015-10-10"), null,
                Gender.FEMALE, new NhsNumber("6541003238"), null, "RG12 9AB", null, null));
    PersonProbe exactly = probe("Ingrid", "Vasquez-Morley", "2015-10-10").withNhsNumber("6541003238").withPostcode("RG12 9AB");
    assertThat(people.candidates(BRACKNELL_FOREST, exactly)).extracting(c -> c.person().id()).contains(ingrid.id());
    assertThat(people.candidates(WEST_BERKSHIRE, exactly)).isEmpty();
    assertThat(people.find(WEST_BERKSHIRE, ingrid.id())).isEmpty();

    // Even a query that asks for Bracknell Forest's rows, bound to West Berkshire, sees none.
    Long seen =
        transactions.execute(
            tx -> {
              tenancy.bind(WEST_BERKSHIRE);
              return jdbc.sql("SELECT count(*) FROM person WHERE authority_id = ?").param(BRACKNELL_FOREST).query(Long.class).single();
            });
    assertThat(seen).isZero();
    Long owner =
        JdbcClient.create(ownerDataSource)
            .sql("SELECT count(*) FROM person WHERE authority_id = ?")
            .param(BRACKNELL_FOREST)
            .query(Long.class)
            .single();
    assertThat(owner).as("the rows are there, for the owner").isPositive();
    assertThatThrownBy(
            () -> people.link(new LinkPerson(WEST_BERKSHIRE, "WB-1", ingrid.id(), null, List.of(), WORKER, "Demo worker")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void historyFlagsAReReferralCaseworkAndRepeatedLowerLevelConcernsAboutTheHousehold() {
    UUID household = people.addHousehold(WEST_BERKSHIRE, "1 Kennet Walk, Newbury", "RG14 1AA");
    KnownPerson amber =
        people.add(
            WEST_BERKSHIRE,
            new NewPerson(PersonKind.CHILD, "Amber", "Tolworth", List.of(), LocalDate.parse("2016-03-01"), null,
                Gender.FEMALE, null, null, "RG14 1AA", null, household));
    KnownPerson leo =
        people.add(
            WEST_BERKSHIRE,
            new NewPerson(PersonKind.CHILD, "Leo", "Tolworth", List.of(), LocalDate.parse("2019-07-15"), null,
                Gender.MALE, null, null, "RG14 1AA", null, household));
    record(amber, HistoryKind.REFERRAL, "R-2025-1", "2025-01-10", null, false);
    record(amber, HistoryKind.REFERRAL, "R-2026-1", "2026-03-01", null, false);
    record(amber, HistoryKind.CP_PLAN, "CP-2024", "2024-01-01", "2024-12-01", false);
    record(amber, HistoryKind.OPEN_CASE, "CASE-7", "2026-10-01", null, false);
    record(amber, HistoryKind.CONTACT, "C-1", "2025-10-01", null, true); // over 12 months ago
    record(amber, HistoryKind.CONTACT, "C-2", "2026-02-01", null, true);
    record(leo, HistoryKind.CONTACT, "C-3", "2026-06-15", null, true);
    record(amber, HistoryKind.CONTACT, "C-4", "2026-09-30", null, true); // one contact about both
    record(leo, HistoryKind.CONTACT, "C-4", "2026-09-30", null, true);
    record(leo, HistoryKind.CONTACT, "C-5", "2026-10-20", null, false); // went on to a referral

    History history = people.history(WEST_BERKSHIRE, amber.id(), clock.instant());
    assertThat(history.on()).isEqualTo(LocalDate.parse("2026-11-27"));
    assertThat(history.entries()).hasSize(7).first().extracting(HistoryEntry::reference).isEqualTo("CASE-7");
    assertThat(history.lastReferral()).contains(LocalDate.parse("2026-03-01"));
    assertThat(history.reReferralWithin12Months()).isTrue();
    assertThat(history.open()).extracting(HistoryEntry::reference).containsExactly("CASE-7");
    assertThat(history.childProtectionPlanNow()).isFalse();
    assertThat(history.childProtectionPlanBefore()).isTrue();
    assertThat(history.ladoInvolvement()).isFalse();
    assertThat(history.householdConcerns().flagged()).isTrue();
    assertThat(history.householdConcerns().dates())
        .containsExactly(LocalDate.parse("2026-09-30"), LocalDate.parse("2026-06-15"), LocalDate.parse("2026-02-01"));

    History leos = people.history(WEST_BERKSHIRE, leo.id(), clock.instant());
    assertThat(leos.householdConcerns().count()).as("the same household's concerns").isEqualTo(3);
    assertThat(leos.reReferralWithin12Months()).isFalse();
    assertThat(leos.lastReferral()).isEmpty();
  }

  @Test
  void anOldReferralIsNotARereferralAndTwoConcernsAreNotYetAPattern() {
    KnownPerson adult =
        people.add(WEST_BERKSHIRE, NewPerson.named(PersonKind.ADULT, "Graham", "Pettifer", LocalDate.parse("1980-02-02")));
    record(adult, HistoryKind.REFERRAL, "R-OLD", "2025-11-26", null, false);
    record(adult, HistoryKind.LADO, "LADO-3", "2026-05-05", null, false);
    record(adult, HistoryKind.CP_PLAN, "CP-NOW", "2026-08-01", null, false);
    record(adult, HistoryKind.CONTACT, "C-A", "2026-04-01", null, true);
    record(adult, HistoryKind.CONTACT, "C-B", "2026-05-01", null, true);

    History history = people.history(WEST_BERKSHIRE, adult.id(), clock.instant());
    assertThat(history.reReferralWithin12Months()).as("a year and a day ago").isFalse();
    assertThat(history.ladoInvolvement()).isTrue();
    assertThat(history.childProtectionPlanNow()).isTrue();
    assertThat(history.householdConcerns().count()).isEqualTo(2);
    assertThat(history.householdConcerns().flagged()).isFalse();
  }

  @Test
  void aWorkersChoiceToLinkOrCreateIsRecordedAndNothingIsMerged() {
    KnownPerson freya = child("Freya", "Abernethy", "2015-09-09");
    Candidate chosen = candidates(probe("Freya", "Abernethy", "2015-09-09")).get(0);
    assertThat(chosen.person().id()).isEqualTo(freya.id());
    PersonLink linked = people.link(LinkPerson.chosen(WEST_BERKSHIRE, "ABCD-EFGH", chosen, WORKER, "Demo MASH social worker"));
    PersonLink created =
        people.createFrom(
            new CreatePerson(
                WEST_BERKSHIRE,
                "ABCD-EFGH",
                NewPerson.named(PersonKind.CHILD, "Freya", "Abernethy", LocalDate.parse("2016-09-09")),
                WORKER,
                "Demo MASH social worker"));

    assertThat(people.links(WEST_BERKSHIRE, "ABCD-EFGH"))
        .extracting(PersonLink::personId, PersonLink::decision, PersonLink::decidedBy, PersonLink::decidedAt)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(freya.id(), PersonLink.Decision.LINKED, WORKER, Instant.parse("2026-11-27T16:15:00Z")),
            org.assertj.core.groups.Tuple.tuple(
                created.personId(), PersonLink.Decision.CREATED, WORKER, Instant.parse("2026-11-27T16:15:00Z")));
    assertThat(people.links(WEST_BERKSHIRE, "ABCD-EFGH"))
        .filteredOn(l -> l.id().equals(linked.id()))
        .singleElement()
        .satisfies(l -> assertThat(l.reasons()).isEqualTo(chosen.reasons()).isNotEmpty());
    assertThat(created.personId()).isNotEqualTo(freya.id());
    assertThat(people.find(WEST_BERKSHIRE, freya.id())).contains(freya);
    assertThat(people.candidates(WEST_BERKSHIRE, probe("Freya", "Abernethy", "2015-09-09")))
        .extracting(c -> c.person().id())
        .contains(freya.id(), created.personId());

    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    tx -> {
                      tenancy.bind(WEST_BERKSHIRE);
                      jdbc.sql("UPDATE person_link SET person_id = ? WHERE id = ?").params(freya.id(), created.id()).update();
                    }))
        .rootCause()
        .hasMessageContaining("permission denied");
  }

  @Test
  void demoCouncilsHaveThousandsOfPeopleWithHistories() {
    Long demo =
        transactions.execute(
            tx -> {
              tenancy.bind(UUID.fromString("00000000-0000-4000-8000-000000000001"));
              return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
            });
    assertThat(demo).isBetween(2500L, 4000L);
  }

  private void record(KnownPerson person, HistoryKind kind, String reference, String started, String ended, boolean below) {
    people.record(
        WEST_BERKSHIRE,
        person.id(),
        new HistoryEntry(kind, reference, LocalDate.parse(started), ended == null ? null : LocalDate.parse(ended), below, ""));
  }
}
