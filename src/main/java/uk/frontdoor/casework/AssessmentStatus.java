package uk.frontdoor.casework;

import java.util.Set;
import uk.frontdoor.platform.workflow.State;
import uk.frontdoor.platform.workflow.Workflow;

/**
 * Where a child and family assessment is: being done by the worker, waiting for a team manager,
 * or authorised. It moves only by the commands in {@link #WORKFLOW}; every move is kept in its
 * status history.
 */
public enum AssessmentStatus implements State {
  /** Started: the worker saves its tasks, part-way if need be. */
  IN_PROGRESS,
  /** Sent for authorisation; the worker cannot change it unless it is returned. */
  SUBMITTED,
  /** Authorised by a team manager: the assessment's clock stops and its outcome follows. */
  AUTHORISED;

  /** What the worker and the team manager do to an assessment. */
  public enum Command {
    SUBMIT,
    AUTHORISE,
    RETURN
  }

  /** The assessment's moves: the one table that says where an assessment may go. */
  public static final Workflow<AssessmentStatus, Command> WORKFLOW =
      Workflow.of("child and family assessment", IN_PROGRESS, Command.class)
          .move(Command.SUBMIT, Set.of(IN_PROGRESS), SUBMITTED)
          .move(Command.AUTHORISE, Set.of(SUBMITTED), AUTHORISED)
          .move(Command.RETURN, Set.of(SUBMITTED), IN_PROGRESS)
          .build();
}
