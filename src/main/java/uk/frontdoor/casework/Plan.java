package uk.frontdoor.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A plan on an episode: a child in need plan, or Family Help's family plan.
 *
 * @param reviewDueOn when the next review is due: the council's months from the start, then from
 *     the last review
 * @param agreed what the family and the practitioner agreed (a family plan); null for a child in
 *     need plan
 * @param reviews oldest first
 */
public record Plan(
    UUID id,
    UUID episodeId,
    PlanKind kind,
    PlanStatus status,
    LocalDate startedOn,
    LocalDate reviewDueOn,
    String agreed,
    LocalDate endedOn,
    String endReason,
    String startedByName,
    List<Review> reviews) {

  /** A review: when it was held, what was decided, who recorded it, and when the next is due. */
  public record Review(LocalDate heldOn, String decided, LocalDate nextDueOn, String byName) {}

  public boolean open() {
    return status == PlanStatus.OPEN;
  }

  /** The day of the last review held, or of the start: a review or an end cannot come before it. */
  public LocalDate lastDay() {
    return reviews.isEmpty() ? startedOn : reviews.get(reviews.size() - 1).heldOn();
  }
}
