package uk.frontdoor.casework;

import java.util.Set;
import uk.frontdoor.platform.workflow.State;
import uk.frontdoor.platform.workflow.Workflow;

/**
 * Whether a section 47 enquiry is still being made. Seeing the child and the outcome are recorded
 * with its completion, the one move; nothing moves a completed enquiry: a child who needs enquiries
 * again gets a new one from a new strategy discussion.
 */
public enum EnquiryStatus implements State {
  OPEN,
  COMPLETED;

  /** What the social worker or a team manager does to an enquiry. */
  public enum Command {
    COMPLETE
  }

  /** The enquiry's moves: the one table that says where an enquiry may go. */
  public static final Workflow<EnquiryStatus, Command> WORKFLOW =
      Workflow.of("section 47 enquiry", OPEN, Command.class)
          .move(Command.COMPLETE, Set.of(OPEN), COMPLETED)
          .build();
}
