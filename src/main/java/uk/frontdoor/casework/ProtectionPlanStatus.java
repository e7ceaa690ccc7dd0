package uk.frontdoor.casework;

import java.util.Set;
import uk.frontdoor.platform.workflow.State;
import uk.frontdoor.platform.workflow.Workflow;

/**
 * Whether a child protection plan is open. Only a review conference ends it (Working Together
 * 2023): reviews that continue it do not move it, and nothing moves an ended plan.
 */
public enum ProtectionPlanStatus implements State {
  OPEN,
  ENDED;

  /** What a review conference does to a plan. */
  public enum Command {
    END
  }

  /** The plan's moves: the one table that says where a child protection plan may go. */
  public static final Workflow<ProtectionPlanStatus, Command> WORKFLOW =
      Workflow.of("child protection plan", OPEN, Command.class)
          .move(Command.END, Set.of(OPEN), ENDED)
          .build();
}
