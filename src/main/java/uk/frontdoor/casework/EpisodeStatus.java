package uk.frontdoor.casework;

import java.util.Set;
import uk.frontdoor.platform.workflow.State;
import uk.frontdoor.platform.workflow.Workflow;

/**
 * Whether a child's episode is open. It moves only by the commands in {@link #WORKFLOW}; every move
 * is kept in its status history. Steps up and down between early help and child in need are not
 * moves of this workflow: the episode stays open, and each is kept in its own history with its
 * reason.
 */
public enum EpisodeStatus implements State {
  /** Opened by an authorised MASH decision, or reopened; work can be added. */
  OPEN,
  /** Closed with a CIN census reason; nothing can be added until it is reopened. */
  CLOSED;

  /** What a team manager or the lead practitioner does to an episode. */
  public enum Command {
    CLOSE,
    REOPEN
  }

  /** The episode's moves: the one table that says where an episode may go. */
  public static final Workflow<EpisodeStatus, Command> WORKFLOW =
      Workflow.of("casework episode", OPEN, Command.class)
          .move(Command.CLOSE, Set.of(OPEN), CLOSED)
          .move(Command.REOPEN, Set.of(CLOSED), OPEN)
          .build();
}
