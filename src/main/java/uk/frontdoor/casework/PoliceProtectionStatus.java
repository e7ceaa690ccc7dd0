package uk.frontdoor.casework;

import java.util.Set;
import uk.frontdoor.platform.workflow.State;
import uk.frontdoor.platform.workflow.Workflow;

/**
 * Where a child's police protection stands, as staff recorded it: taken into police protection
 * (Children Act 1989, s.46), then ended, at most 72 hours later (s.46(6)), which
 * {@link EmergencyProtections} checks.
 */
public enum PoliceProtectionStatus implements State {
  TAKEN,
  ENDED;

  /** What a social worker or team manager records after the child is taken. */
  public enum Command {
    END
  }

  /** The moves: the one table that says where police protection may go. */
  public static final Workflow<PoliceProtectionStatus, Command> WORKFLOW =
      Workflow.of("police protection", TAKEN, Command.class)
          .move(Command.END, Set.of(TAKEN), ENDED)
          .build();
}
