package uk.frontdoor.casework;

import java.util.Set;
import uk.frontdoor.platform.workflow.State;
import uk.frontdoor.platform.workflow.Workflow;

/**
 * Whether a plan (a child in need plan, or Family Help's family plan) is open. Reviews do not move
 * it: they are kept in their own list, each with the next review's date. Only ending it moves it,
 * and nothing moves an ended plan: a child who needs a plan again gets a new one.
 */
public enum PlanStatus implements State {
  OPEN,
  ENDED;

  /** What the lead practitioner or a team manager does to a plan. */
  public enum Command {
    END
  }

  /** The plan's moves: the one table that says where a plan may go. */
  public static final Workflow<PlanStatus, Command> WORKFLOW =
      Workflow.of("casework plan", OPEN, Command.class)
          .move(Command.END, Set.of(OPEN), ENDED)
          .build();
}
