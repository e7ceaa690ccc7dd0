package uk.frontdoor.casework;

import java.util.Set;
import uk.frontdoor.platform.workflow.State;
import uk.frontdoor.platform.workflow.Workflow;

/**
 * Where a visit to a child stands: planned for a date, then done or cancelled. A visit recorded
 * without being planned arrives planned and is recorded at once, so every visit has one history.
 */
public enum VisitStatus implements State {
  PLANNED,
  DONE,
  CANCELLED;

  /** What the practitioner does to a planned visit. */
  public enum Command {
    RECORD,
    CANCEL
  }

  /** The visit's moves: the one table that says where a visit may go. */
  public static final Workflow<VisitStatus, Command> WORKFLOW =
      Workflow.of("casework visit", PLANNED, Command.class)
          .move(Command.RECORD, Set.of(PLANNED), DONE)
          .move(Command.CANCEL, Set.of(PLANNED), CANCELLED)
          .build();
}
