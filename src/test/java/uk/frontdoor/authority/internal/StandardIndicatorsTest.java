package uk.frontdoor.authority.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.ThresholdLevel;

/** A council's guide shows its own indicators where it gives them, and Front Door's standard ones where it does not. */
class StandardIndicatorsTest {

  private static Authority council(String levels) {
    return JdbcAuthorities.map(
        UUID.randomUUID(), "testshire", "Testshire Council",
        "{\"policeNonEmergency\": false, \"thresholdGuide\": {\"documentName\": \"the guide\", \"introduction\": \"Use it.\", \"levels\": " + levels + "}}");
  }

  @Test
  void aLevelWithoutIndicatorsShowsTheStandardOnes() {
    ThresholdLevel level = council("[{\"level\": 2, \"name\": \"Early help\"}]").thresholdLevels().get(0);
    assertThat(level.indicators()).extracting(ThresholdLevel.IndicatorGroup::domain)
        .containsExactly("Child’s developmental needs", "Parents and carers", "Family and environment");
    assertThat(level.indicators().get(0).examples()).isNotEmpty();
  }

  @Test
  void aCouncilsOwnIndicatorsAreKept() {
    ThresholdLevel level =
        council("[{\"level\": 2, \"name\": \"Early help\", \"indicators\": [{\"domain\": \"School\", \"examples\": [\"Often late\"]}]}]")
            .thresholdLevels().get(0);
    assertThat(level.indicators()).containsExactly(new ThresholdLevel.IndicatorGroup("School", java.util.List.of("Often late")));
  }

  @Test
  void eachStandardLevelHasIndicators() {
    for (int n = 1; n <= 4; n++) {
      ThresholdLevel level = council("[{\"level\": " + n + ", \"name\": \"Level\"}]").thresholdLevels().get(0);
      assertThat(level.indicators()).as("level " + n).isNotEmpty();
    }
  }
}
