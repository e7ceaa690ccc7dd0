package uk.frontdoor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.frontdoor.platform.Labelled;

class HarmCategoryTest {

  @Test
  void findsACategoryByItsExactName() {
    assertThat(Labelled.named(HarmCategory.class, "NEGLECT")).contains(HarmCategory.NEGLECT);
    assertThat(Labelled.named(HarmCategory.class, "NOT_SURE")).contains(HarmCategory.NOT_SURE);
  }

  @Test
  void findsNothingForAnythingElse() {
    assertThat(Labelled.named(HarmCategory.class, "neglect")).isEmpty();
    assertThat(Labelled.named(HarmCategory.class, "Neglect ")).isEmpty();
    assertThat(Labelled.named(HarmCategory.class, "BULLYING")).isEmpty();
    assertThat(Labelled.named(HarmCategory.class, "")).isEmpty();
    assertThat(Labelled.named(HarmCategory.class, null)).isEmpty();
  }
}
