package uk.frontdoor.lado;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An allegation management meeting: when, who took part, what was agreed, and the actions.
 *
 * @param attendees who took part, and from which agency (police, the employer, children's social care)
 */
public record Meeting(
    UUID id, LocalDate heldOn, String attendees, String agreed, Instant recordedAt, String recordedByName, List<Action> actions) {

  public Meeting {
    actions = actions == null ? List.of() : List.copyOf(actions);
  }

  /** An action agreed at the meeting, its owner and its due date; {@code doneAt} once done. */
  public record Action(int seq, String action, String owner, LocalDate dueOn, Instant doneAt) {
    public boolean done() {
      return doneAt != null;
    }

    public boolean overdue(LocalDate today) {
      return !done() && dueOn.isBefore(today);
    }
  }
}
