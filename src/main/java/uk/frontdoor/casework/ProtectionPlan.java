package uk.frontdoor.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A child protection plan, started by an initial conference and ended only by a review conference.
 *
 * @param coreGroupDueOn the last day for the core group's first meeting
 * @param reviewDueOn the last day for the next review conference
 * @param startedUnborn the plan started before the child was born; it stays true after the birth
 * @param reviews the review conferences held, oldest first
 * @param meetings the core group's meetings, oldest first
 */
public record ProtectionPlan(
    UUID id,
    UUID episodeId,
    ProtectionPlanStatus status,
    LocalDate startedOn,
    AbuseCategory initialCategory,
    AbuseCategory latestCategory,
    boolean startedUnborn,
    UUID leadId,
    String leadName,
    LocalDate coreGroupDueOn,
    LocalDate reviewDueOn,
    LocalDate endedOn,
    String endReason,
    List<Review> reviews,
    List<Meeting> meetings) {

  /** A review conference held on the plan: when, what it decided, whether it was late. */
  public record Review(UUID conferenceId, LocalDate heldOn, LocalDate dueOn, Conference.Decision decision, AbuseCategory category) {
    public boolean late() {
      return heldOn.isAfter(dueOn);
    }
  }

  /** A core group meeting. */
  public record Meeting(LocalDate heldOn, String notes, String byName, Instant at) {}

  public boolean open() {
    return status == ProtectionPlanStatus.OPEN;
  }

  /** The last day the plan was started or reviewed: a review or a meeting cannot come before it. */
  public LocalDate lastDay() {
    return reviews.isEmpty() ? startedOn : reviews.get(reviews.size() - 1).heldOn();
  }
}
