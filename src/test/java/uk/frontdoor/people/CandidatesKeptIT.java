package uk.frontdoor.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.frontdoor.IntegrationTest;

/**
 * The candidates for a contact's people are kept with the contact, and found afresh once the
 * council's people have changed: a person recorded after a contact was first opened is offered on
 * its next opening.
 */
@IntegrationTest
class CandidatesKeptIT {

  static final UUID WEST_BERKSHIRE = PeopleIT.WEST_BERKSHIRE;
  static final UUID BRACKNELL_FOREST = PeopleIT.BRACKNELL_FOREST;

  @Autowired People people;

  @Autowired
  @Qualifier("ownerDataSource")
  DataSource ownerDataSource;

  private KnownPerson child(UUID council, String first, String last, String born) {
    return people.add(council, NewPerson.named(PersonKind.CHILD, first, last, LocalDate.parse(born)));
  }

  private static Map<String, PersonProbe> probes(String first, String last, String born) {
    return Map.of("c0", PersonProbe.named(first, last, LocalDate.parse(born)));
  }

  private static List<UUID> ids(Map<String, List<Candidate>> found, String key) {
    return found.get(key).stream().map(c -> c.person().id()).toList();
  }

  @Test
  void aPersonRecordedAfterTheContactWasOpenedIsFoundOnItsNextOpening() {
    String reference = "KEPT-" + UUID.randomUUID();
    Map<String, PersonProbe> probes = probes("Ottoline", "Fairweather-Quist", "2015-03-02");
    KnownPerson first = child(WEST_BERKSHIRE, "Ottoline", "Fairweather-Quist", "2015-03-02");

    assertThat(ids(people.candidatesKept(WEST_BERKSHIRE, reference, probes), "c0")).containsExactly(first.id());

    KnownPerson later = child(WEST_BERKSHIRE, "Ottoline", "Fairweather-Quist", "2015-03-03");
    Map<String, List<Candidate>> again = people.candidatesKept(WEST_BERKSHIRE, reference, probes);
    assertThat(ids(again, "c0")).containsExactlyInAnyOrder(first.id(), later.id());
    assertThat(again).isEqualTo(Map.of("c0", people.candidates(WEST_BERKSHIRE, probes.get("c0"))));
  }

  @Test
  void whatIsKeptIsReadBackUntilTheCouncilsPeopleChange() {
    String reference = "KEPT-" + UUID.randomUUID();
    Map<String, PersonProbe> probes = probes("Peregrine", "Hollowmere", "2016-07-19");
    KnownPerson peregrine = child(WEST_BERKSHIRE, "Peregrine", "Hollowmere", "2016-07-19");
    int score = people.candidatesKept(WEST_BERKSHIRE, reference, probes).get("c0").get(0).score();

    // Marked by hand, so that reading it back shows it was not found again.
    JdbcClient owner = JdbcClient.create(ownerDataSource);
    owner.sql("UPDATE person_candidates_kept SET candidates = jsonb_set(candidates, '{0,score}', '1') WHERE contact_reference = ?")
        .param(reference)
        .update();
    assertThat(people.candidatesKept(WEST_BERKSHIRE, reference, probes).get("c0").get(0).score()).isEqualTo(1);

    // Another council's people are not this council's.
    child(BRACKNELL_FOREST, "Somebody", "Elsewhere", "2012-01-01");
    assertThat(people.candidatesKept(WEST_BERKSHIRE, reference, probes).get("c0").get(0).score()).isEqualTo(1);

    // Anyone added to this council, changed or removed moves its people on.
    KnownPerson unrelated = child(WEST_BERKSHIRE, "Somebody", "Unrelated", "2012-01-01");
    Candidate found = people.candidatesKept(WEST_BERKSHIRE, reference, probes).get("c0").get(0);
    assertThat(found.person().id()).isEqualTo(peregrine.id());
    assertThat(found.score()).isEqualTo(score);

    owner.sql("UPDATE person_candidates_kept SET candidates = jsonb_set(candidates, '{0,score}', '1') WHERE contact_reference = ?")
        .param(reference)
        .update();
    owner.sql("UPDATE person SET address_line = '1 New Road' WHERE id = ?").param(unrelated.id()).update();
    assertThat(people.candidatesKept(WEST_BERKSHIRE, reference, probes).get("c0").get(0).score()).isEqualTo(score);
  }

  @Test
  void aContactNamingOtherPeopleIsLookedForAfresh() {
    String reference = "KEPT-" + UUID.randomUUID();
    KnownPerson wilhelmina = child(WEST_BERKSHIRE, "Wilhelmina", "Stonebridge-Achterberg", "2013-11-30");
    KnownPerson bartholomew = child(WEST_BERKSHIRE, "Bartholomew", "Quennell-Ashdown", "2011-05-14");

    assertThat(ids(people.candidatesKept(WEST_BERKSHIRE, reference, probes("Wilhelmina", "Stonebridge-Achterberg", "2013-11-30")), "c0"))
        .containsExactly(wilhelmina.id());
    assertThat(ids(people.candidatesKept(WEST_BERKSHIRE, reference, probes("Bartholomew", "Quennell-Ashdown", "2011-05-14")), "c0"))
        .containsExactly(bartholomew.id());
  }

  @Test
  void someoneNoOneKnowsIsKeptAsNoOne() {
    String reference = "KEPT-" + UUID.randomUUID();
    Map<String, PersonProbe> probes = probes("Xanthippe", "Vorderwulbecke", "2019-02-28");
    assertThat(people.candidatesKept(WEST_BERKSHIRE, reference, probes)).isEqualTo(Map.of("c0", List.of()));
    assertThat(people.candidatesKept(WEST_BERKSHIRE, reference, probes)).isEqualTo(Map.of("c0", List.of()));

    KnownPerson now = child(WEST_BERKSHIRE, "Xanthippe", "Vorderwulbecke", "2019-02-28");
    assertThat(ids(people.candidatesKept(WEST_BERKSHIRE, reference, probes), "c0")).containsExactly(now.id());
  }
}
