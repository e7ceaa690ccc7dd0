package uk.frontdoor.authority.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.CaseworkFrequencies;

/** How often visits and plan reviews come round is the council's data, with the national practice where it sets none. */
class CaseworkFrequenciesTest {

  private static Authority council(String casework) {
    return JdbcAuthorities.map(
        UUID.randomUUID(), "testshire", "Testshire Council",
        "{\"policeNonEmergency\": false" + (casework == null ? "" : ", \"casework\": " + casework) + "}");
  }

  @Test
  void aCouncilsOwnFrequenciesAreKept() {
    assertThat(council("{\"childInNeedVisitWorkingDays\": 15, \"childInNeedPlanReviewMonths\": 2, \"familyPlanReviewMonths\": 6, \"protectionVisitWorkingDays\": 5, \"coreGroupWorkingDays\": 8}").casework())
        .isEqualTo(new CaseworkFrequencies(15, 2, 6, 5, 8));
  }

  @Test
  void aCouncilThatSetsNoneHasTheNationalPractice() {
    assertThat(council(null).casework()).isEqualTo(CaseworkFrequencies.NATIONAL);
    assertThat(CaseworkFrequencies.NATIONAL).isEqualTo(new CaseworkFrequencies(20, 3, 3, 10, 10));
  }

  @Test
  void aFigureLeftOutOrNotSensibleIsTheNationalOne() {
    assertThat(council("{\"childInNeedVisitWorkingDays\": 10}").casework()).isEqualTo(new CaseworkFrequencies(10, 3, 3, 10, 10));
    assertThat(council("{\"childInNeedVisitWorkingDays\": 0, \"childInNeedPlanReviewMonths\": 40, \"familyPlanReviewMonths\": -1, \"coreGroupWorkingDays\": 0}").casework())
        .isEqualTo(CaseworkFrequencies.NATIONAL);
  }
}
