package uk.frontdoor.mash;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.frontdoor.platform.Labelled;

class RagTest {

  @Test
  void theQueueOrderIsRedAmberNotRatedGreen() {
    assertThat(Rag.orderSql())
        .isEqualTo("CASE rag WHEN 'RED' THEN 0 WHEN 'AMBER' THEN 1 WHEN 'GREEN' THEN 3 ELSE 2 END");
  }

  @Test
  void eachRatingHasItsWords() {
    assertThat(Rag.RED.label()).isEqualTo("Red");
    assertThat(Rag.AMBER.word()).isEqualTo("amber");
    assertThat(Rag.GREEN.option()).isEqualTo("Green – needs, not an immediate risk");
    assertThat(Rag.words(null)).isEqualTo("Not rated");
    assertThat(Rag.options()).containsKeys("RED", "AMBER", "GREEN").hasSize(3);
    assertThat(Rag.options().keySet()).containsExactly("RED", "AMBER", "GREEN");
  }

  @Test
  void aNameOrWordNotKnownIsNoRating() {
    assertThat(Labelled.named(Rag.class, "RED")).contains(Rag.RED);
    assertThat(Labelled.named(Rag.class, "red")).isEmpty();
    assertThat(Labelled.named(Rag.class, null)).isEmpty();
    assertThat(Rag.byWord("green")).contains(Rag.GREEN);
    assertThat(Rag.byWord("GREEN")).isEmpty();
  }
}
