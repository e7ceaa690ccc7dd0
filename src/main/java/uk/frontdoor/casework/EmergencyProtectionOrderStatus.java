package uk.frontdoor.casework;

import java.util.Set;
import uk.frontdoor.platform.workflow.State;
import uk.frontdoor.platform.workflow.Workflow;

/**
 * Where an emergency protection order on a child stands, as staff recorded it: made by the court
 * for up to 8 days (Children Act 1989, s.45(1)), extended once by up to 7 (s.45(5) and (6): a second
 * extension is not in the table), or discharged before its end. Whether an order has run out is
 * read from its end date against the clock, never stored.
 */
public enum EmergencyProtectionOrderStatus implements State {
  MADE,
  EXTENDED,
  DISCHARGED;

  /** What a social worker or team manager records after the order is made. */
  public enum Command {
    EXTEND,
    DISCHARGE
  }

  /** The moves: the one table that says where an order may go. */
  public static final Workflow<EmergencyProtectionOrderStatus, Command> WORKFLOW =
      Workflow.of("emergency protection order", MADE, Command.class)
          .move(Command.EXTEND, Set.of(MADE), EXTENDED)
          .move(Command.DISCHARGE, Set.of(MADE, EXTENDED), DISCHARGED)
          .build();
}
