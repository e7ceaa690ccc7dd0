package uk.frontdoor.lado;

import uk.frontdoor.platform.workflow.State;
import uk.frontdoor.platform.workflow.Workflow;

/**
 * Where an allegation against an adult who works with children has got to. It moves only by the
 * commands in {@link #WORKFLOW}; every move is kept in its status history.
 */
public enum AllegationStatus implements State {
  /** Arrived, directly or from a MASH decision; the LADO has not yet acted on it. */
  NEW("New");

  private final String label;

  AllegationStatus(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** What the LADO does to an allegation: none yet; the LADO's work (issue 17) adds its commands. */
  public enum Command {}

  /** The allegation's moves: the one table that says where an allegation may go. */
  public static final Workflow<AllegationStatus, Command> WORKFLOW =
      Workflow.of("LADO allegation", NEW, Command.class).build();
}
