package uk.frontdoor.casework;

import java.util.Set;
import uk.frontdoor.platform.workflow.State;
import uk.frontdoor.platform.workflow.Workflow;

/**
 * Where a child's pre-proceedings stand: the latest step taken. A family group decision-making
 * (FGDM) meeting is offered before or with the letter before proceedings, or later where the letter
 * did not carry it; the meeting is held if the family accepted. Pre-proceedings meetings follow the
 * letter; each decision to continue keeps them going; a decision to issue care proceedings, taken at
 * any stage, needs an FGDM meeting offered first (the Children's Wellbeing and Schools Act 2026,
 * s.1), which {@link PreProceedings} checks; a decision to end them says why.
 */
public enum PreProceedingsStatus implements State {
  NOT_STARTED,
  FGDM_OFFERED,
  FGDM_HELD,
  LETTER_SENT,
  PRE_PROCEEDINGS,
  PROCEEDINGS_ISSUED,
  ENDED;

  /** What a social worker or team manager records. */
  public enum Command {
    OFFER_FGDM,
    HOLD_FGDM,
    SEND_LETTER,
    HOLD_MEETING,
    CONTINUE,
    ISSUE,
    END
  }

  /** The moves: the one table that says where pre-proceedings may go. */
  public static final Workflow<PreProceedingsStatus, Command> WORKFLOW =
      Workflow.of("pre-proceedings", NOT_STARTED, Command.class)
          .move(Command.OFFER_FGDM, Set.of(NOT_STARTED, LETTER_SENT, PRE_PROCEEDINGS), FGDM_OFFERED)
          .move(Command.HOLD_FGDM, Set.of(FGDM_OFFERED), FGDM_HELD)
          .move(Command.SEND_LETTER, Set.of(NOT_STARTED, FGDM_OFFERED, FGDM_HELD), LETTER_SENT)
          .move(Command.HOLD_MEETING, Set.of(FGDM_OFFERED, FGDM_HELD, LETTER_SENT, PRE_PROCEEDINGS), PRE_PROCEEDINGS)
          .move(Command.CONTINUE, Set.of(PRE_PROCEEDINGS), PRE_PROCEEDINGS)
          .move(Command.ISSUE, Set.of(NOT_STARTED, FGDM_OFFERED, FGDM_HELD, LETTER_SENT, PRE_PROCEEDINGS), PROCEEDINGS_ISSUED)
          .move(Command.END, Set.of(FGDM_OFFERED, FGDM_HELD, LETTER_SENT, PRE_PROCEEDINGS), ENDED)
          .build();

  /** Whether the record is finished: a new one starts for any later step. */
  public boolean finished() {
    return this == PROCEEDINGS_ISSUED || this == ENDED;
  }
}
