package uk.frontdoor.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChildrenTest {

  @Test
  void addsAChildWhileThereIsRoom() {
    List<String> children = new ArrayList<>(List.of("Ava"));
    Children.keep(children, null, "Ben", 2);
    Children.keep(children, null, "Cal", 2);
    assertThat(children).containsExactly("Ava", "Ben");
  }

  @Test
  void replacesTheChildBeingChanged() {
    List<String> children = new ArrayList<>(List.of("Ava", "Ben"));
    Children.keep(children, 1, "Benjamin", 2);
    assertThat(children).containsExactly("Ava", "Benjamin");
  }

  @Test
  void addsRatherThanReplacesWhenThePositionIsNoLongerThere() {
    List<String> children = new ArrayList<>(List.of("Ava"));
    Children.keep(children, 3, "Ben", 5);
    Children.keep(children, -1, "Cal", 5);
    assertThat(children).containsExactly("Ava", "Ben", "Cal");
  }
}
