package uk.frontdoor.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The declared table answers for itself, and refuses to be declared with a command left out. */
class WorkflowTest {

  enum Door implements State {
    SHUT,
    OPEN,
    LOCKED;

    @Override
    public String label() {
      return name().charAt(0) + name().substring(1).toLowerCase();
    }
  }

  enum Act {
    OPEN_IT,
    SHUT_IT,
    LOCK
  }

  static final Workflow<Door, Act> DOOR =
      Workflow.of("door", Door.SHUT, Act.class)
          .move(Act.OPEN_IT, Set.of(Door.SHUT), Door.OPEN)
          .move(Act.SHUT_IT, Set.of(Door.OPEN), Door.SHUT)
          .move(Act.LOCK, Set.of(Door.SHUT, Door.OPEN), Door.LOCKED)
          .build();

  @Test
  void theTableSaysWhatIsAllowedAndWhereItLeads() {
    assertThat(DOOR.allowed(Door.SHUT, Act.OPEN_IT)).isTrue();
    assertThat(DOOR.allowed(Door.OPEN, Act.OPEN_IT)).isFalse();
    assertThat(DOOR.allowed(Door.LOCKED, Act.LOCK)).isFalse();
    assertThat(DOOR.next(Door.SHUT)).containsExactly(Door.OPEN, Door.LOCKED);
    assertThat(DOOR.next(Door.LOCKED)).isEmpty();
    assertThat(DOOR.to(Door.OPEN, Act.LOCK)).isEqualTo(Door.LOCKED);
    assertThat(DOOR.states()).containsExactly(Door.SHUT, Door.OPEN, Door.LOCKED);
    assertThat(DOOR.start()).isEqualTo(Door.SHUT);
    assertThat(DOOR.commands()).containsExactly(Act.OPEN_IT, Act.SHUT_IT, Act.LOCK);
    assertThat(Workflow.words(Act.OPEN_IT)).isEqualTo("open it");
  }

  @Test
  void aMoveNotInTheTableIsRefusedWithTheDomainException() {
    assertThatThrownBy(() -> DOOR.to(Door.LOCKED, Act.OPEN_IT))
        .isInstanceOf(MoveRefusedException.class)
        .hasMessage("A door cannot be moved by OPEN_IT from LOCKED")
        .satisfies(e -> assertThat(((MoveRefusedException) e).changedMeanwhile()).isFalse());
  }

  @Test
  void everyCommandHasExactlyOneRow() {
    assertThatThrownBy(() -> Workflow.of("door", Door.SHUT, Act.class).move(Act.OPEN_IT, Set.of(Door.SHUT), Door.OPEN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SHUT_IT has no row");
    assertThatThrownBy(
            () -> Workflow.of("door", Door.SHUT, Act.class)
                .move(Act.OPEN_IT, Set.of(Door.SHUT), Door.OPEN)
                .move(Act.OPEN_IT, Set.of(Door.LOCKED), Door.OPEN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Workflow.of("door", Door.SHUT, Act.class).move(Act.OPEN_IT, Set.of(), Door.OPEN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theShortestWayToAStateFollowsTheTable() {
    assertThat(EveryMove.shortestWay(DOOR, Door.LOCKED).orElseThrow()).extracting(Workflow.Move::command).containsExactly(Act.LOCK);
    assertThat(EveryMove.shortestWay(DOOR, Door.OPEN).orElseThrow()).extracting(Workflow.Move::command).containsExactly(Act.OPEN_IT);
    assertThat(EveryMove.shortestWay(DOOR, Door.SHUT).orElseThrow()).isEmpty();
  }
}
