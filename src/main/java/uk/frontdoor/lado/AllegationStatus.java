package uk.frontdoor.lado;

import java.util.Set;
import uk.frontdoor.platform.workflow.State;
import uk.frontdoor.platform.workflow.Workflow;

/**
 * Where an allegation against an adult who works with children has got to. It moves only by the
 * commands in {@link #WORKFLOW}; every move is kept in its status history.
 */
public enum AllegationStatus implements State {
  /** Arrived, directly or from a MASH decision; the LADO has not yet considered it. */
  NEW,
  /** The harm test applies: the LADO manages the allegation with the police, the employer and children’s social care. */
  MANAGED,
  /** The harm test does not apply: the LADO gave advice (a low-level concern for the employer, say) and closed it. */
  CLOSED_WITH_ADVICE,
  /** Concluded with an outcome. */
  CONCLUDED;

  /** What the LADO does to an allegation. */
  public enum Command {
    /** The initial consideration finds the harm test applies. */
    MANAGE,
    /** The initial consideration finds it does not: advice given, closed. */
    ADVISE,
    /** The allegation concludes with an outcome. */
    CONCLUDE
  }

  /** The allegation's moves: the one table that says where an allegation may go. */
  public static final Workflow<AllegationStatus, Command> WORKFLOW =
      Workflow.of("LADO allegation", NEW, Command.class)
          .move(Command.MANAGE, Set.of(NEW), MANAGED)
          .move(Command.ADVISE, Set.of(NEW), CLOSED_WITH_ADVICE)
          .move(Command.CONCLUDE, Set.of(MANAGED), CONCLUDED)
          .build();

  /** Still needing the LADO's work. */
  public boolean open() {
    return this == NEW || this == MANAGED;
  }
}
