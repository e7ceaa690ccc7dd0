package uk.frontdoor.casework;

import java.util.Set;
import uk.frontdoor.platform.workflow.State;
import uk.frontdoor.platform.workflow.Workflow;

/**
 * Where a child protection conference is: scheduled when convened, then held (the chair records
 * the decisions) or cancelled, with the reason. Nothing moves a held or a cancelled conference: a
 * conference that must meet again is convened again.
 */
public enum ConferenceStatus implements State {
  SCHEDULED,
  HELD,
  CANCELLED;

  /** What the chair (or a team manager) does to a conference. */
  public enum Command {
    HOLD,
    CANCEL
  }

  /** The conference's moves: the one table that says where a conference may go. */
  public static final Workflow<ConferenceStatus, Command> WORKFLOW =
      Workflow.of("child protection conference", SCHEDULED, Command.class)
          .move(Command.HOLD, Set.of(SCHEDULED), HELD)
          .move(Command.CANCEL, Set.of(SCHEDULED), CANCELLED)
          .build();
}
