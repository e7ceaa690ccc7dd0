package uk.frontdoor.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdGuideTest {

  static ThresholdLevel level(int number, String name) {
    return new ThresholdLevel(number, name, null, List.of(), null, null);
  }

  @Test
  void aLevelIsLabelledWithTheCouncilsNameForIt() {
    assertThat(level(2, "Universal Partnership").label()).isEqualTo("Level 2 – Universal Partnership");
  }

  @Test
  void aCouncilWithoutLevelsOfItsOwnDecidesOnTheStandardFour() {
    ThresholdGuide own = new ThresholdGuide("Guide", null, List.of(level(1, "Universal"), level(2, "Early help")));
    assertThat(ThresholdGuide.levelsOf(own)).extracting(ThresholdLevel::label)
        .containsExactly("Level 1 – Universal", "Level 2 – Early help");
    assertThat(ThresholdGuide.levelsOf(null)).isEqualTo(ThresholdGuide.STANDARD_LEVELS);
    assertThat(ThresholdGuide.levelsOf(new ThresholdGuide("Guide", null, null))).isEqualTo(ThresholdGuide.STANDARD_LEVELS);
    assertThat(ThresholdGuide.STANDARD_LEVELS).extracting(ThresholdLevel::level).containsExactly(1, 2, 3, 4);
  }
}
