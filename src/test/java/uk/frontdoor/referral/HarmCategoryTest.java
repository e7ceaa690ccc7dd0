package uk.frontdoor.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HarmCategoryTest {

  @Test
  void findsACategoryByItsExactName() {
    assertThat(HarmCategory.named("NEGLECT")).contains(HarmCategory.NEGLECT);
    assertThat(HarmCategory.named("NOT_SURE")).contains(HarmCategory.NOT_SURE);
  }

  @Test
  void findsNothingForAnythingElse() {
    assertThat(HarmCategory.named("neglect")).isEmpty();
    assertThat(HarmCategory.named("Neglect ")).isEmpty();
    assertThat(HarmCategory.named("BULLYING")).isEmpty();
    assertThat(HarmCategory.named("")).isEmpty();
    assertThat(HarmCategory.named(null)).isEmpty();
  }
}
