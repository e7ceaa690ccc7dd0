package uk.frontdoor.platform.workflow;

/**
 * A move was refused: the workflow's table has no such move from the state the caller saw, or the
 * record was no longer in that state (someone else moved it first). Nothing was changed.
 */
public class MoveRefusedException extends RuntimeException {

  private final boolean changedMeanwhile;

  private MoveRefusedException(String message, boolean changedMeanwhile) {
    super(message);
    this.changedMeanwhile = changedMeanwhile;
  }

  static MoveRefusedException notInTable(Workflow<?, ?> workflow, State from, Enum<?> command) {
    return new MoveRefusedException(
        "A " + workflow.name() + " cannot be moved by " + command + " from " + from.name(), false);
  }

  static MoveRefusedException changedMeanwhile(Workflow<?, ?> workflow, Object id, State from, Enum<?> command) {
    return new MoveRefusedException(
        "The " + workflow.name() + " " + id + " was no longer " + from.name() + " when it was to be moved by "
            + command + ": someone else moved it first",
        true);
  }

  /** Whether the record had been moved by someone else since the caller read it. */
  public boolean changedMeanwhile() {
    return changedMeanwhile;
  }
}
