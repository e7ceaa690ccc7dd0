package uk.frontdoor.mash;

import java.util.EnumSet;
import java.util.Set;
import uk.frontdoor.platform.workflow.State;
import uk.frontdoor.platform.workflow.Workflow;

/**
 * Where a MASH contact has got to. A contact moves only by the commands in {@link #WORKFLOW}; every
 * move is kept in its status history.
 */
public enum ContactStatus implements State {
  /** Arrived; nobody has picked it up. */
  NEW,
  /** A worker has it: rating, gathering information, deciding. */
  IN_TRIAGE,
  /** A worker has recorded a decision; a manager must authorise it. */
  AWAITING_AUTHORISATION,
  /** A manager has authorised the decision; the referrer has been told where they may be. */
  AUTHORISED;

  /** What can be done to a contact; {@link #WORKFLOW} says in which statuses, and to what. */
  public enum Command {
    /** A worker takes the contact on (assigned to them or a colleague). */
    PICK_UP,
    /** A worker records the decision, which then waits for a manager. */
    DECIDE,
    /** A manager who did not make the decision authorises it. */
    AUTHORISE,
    /** A manager sends the decision back to the worker with a reason. */
    RETURN
  }

  /** The contact's moves: the one table that says where a contact may go. */
  public static final Workflow<ContactStatus, Command> WORKFLOW =
      Workflow.of("MASH contact", NEW, Command.class)
          .move(Command.PICK_UP, Set.of(NEW), IN_TRIAGE)
          .move(Command.DECIDE, Set.of(NEW, IN_TRIAGE), AWAITING_AUTHORISATION)
          .move(Command.AUTHORISE, Set.of(AWAITING_AUTHORISATION), AUTHORISED)
          .move(Command.RETURN, Set.of(AWAITING_AUTHORISATION), IN_TRIAGE)
          .build();

  /** Statuses still waiting for the MASH's decision to be made and authorised. */
  public static final Set<ContactStatus> OPEN = EnumSet.of(NEW, IN_TRIAGE, AWAITING_AUTHORISATION);

  /** The statuses this one may move to. */
  public Set<ContactStatus> next() {
    return WORKFLOW.next(this);
  }
}
