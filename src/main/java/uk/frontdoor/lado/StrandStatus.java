package uk.frontdoor.lado;

import java.util.Set;
import uk.frontdoor.platform.workflow.State;
import uk.frontdoor.platform.workflow.Workflow;

/** Whether a strand of an allegation (the police's, a section 47 enquiry, the employer's) is still running. */
public enum StrandStatus implements State {
  OPEN,
  CONCLUDED;

  /** What the LADO records of a strand. */
  public enum Command {
    CONCLUDE
  }

  /** The strand's moves: the one table that says where a strand may go. */
  public static final Workflow<StrandStatus, Command> WORKFLOW =
      Workflow.of("LADO strand", OPEN, Command.class).move(Command.CONCLUDE, Set.of(OPEN), CONCLUDED).build();
}
