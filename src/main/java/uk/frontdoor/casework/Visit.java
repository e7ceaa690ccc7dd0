package uk.frontdoor.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A visit to a child: planned for a date, then done (who was seen, whether the child was seen and
 * seen alone, what was observed) or cancelled with a reason.
 *
 * @param childSeen null until the visit is done
 * @param seenAlone null until the visit is done; false if the child was not seen
 */
public record Visit(
    UUID id,
    UUID episodeId,
    VisitStatus status,
    LocalDate plannedOn,
    LocalDate doneOn,
    String whoSeen,
    Boolean childSeen,
    Boolean seenAlone,
    String observed,
    String cancelReason,
    String plannedByName) {

  public boolean planned() {
    return status == VisitStatus.PLANNED;
  }
}
