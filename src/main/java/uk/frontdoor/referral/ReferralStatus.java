package uk.frontdoor.referral;

import java.util.Set;
import uk.frontdoor.platform.workflow.State;
import uk.frontdoor.platform.workflow.Workflow;

/**
 * Where a referral has got to, as its referrer may see it. It moves only by the commands in {@link
 * #WORKFLOW}, as the MASH works on its contact; every move is kept in its status history.
 */
public enum ReferralStatus implements State {
  RECEIVED,
  IN_TRIAGE,
  DECIDED,
  /** No move reaches it yet: closing a case comes with casework. */
  CLOSED;

  /** What the MASH's work on the referral's contact does to the referral. */
  public enum Command {
    /** A worker has taken the contact on. */
    LOOK_AT,
    /** A manager has authorised the MASH's decision; the outcome is recorded for the referrer. */
    DECIDE
  }

  /** The referral's moves: the one table that says where a referral may go. */
  public static final Workflow<ReferralStatus, Command> WORKFLOW =
      Workflow.of("referral", RECEIVED, Command.class)
          .move(Command.LOOK_AT, Set.of(RECEIVED), IN_TRIAGE)
          .move(Command.DECIDE, Set.of(RECEIVED, IN_TRIAGE), DECIDED)
          .build();
}
