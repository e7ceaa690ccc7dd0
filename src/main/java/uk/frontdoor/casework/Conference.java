package uk.frontdoor.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.frontdoor.platform.Labelled;

/**
 * A child protection conference: initial (for the children whose section 47 enquiries called for
 * one) or a review (of a child protection plan), with its chair, invitations and, once held, the
 * decision for each child.
 *
 * @param dueOn the last day by which it must be held: the enquiry's conference date, or the plan's review date
 * @param scheduledAt when it is to meet
 * @param heldOn null until held
 */
public record Conference(
    UUID id,
    Kind kind,
    ConferenceStatus status,
    LocalDate dueOn,
    Instant scheduledAt,
    UUID chairId,
    String chairName,
    LocalDate heldOn,
    String cancelReason,
    String summary,
    String convenedByName,
    List<Child> children,
    List<Invitee> invitees) {

  /** An initial conference, or a review of a plan. */
  public enum Kind implements Labelled {
    INITIAL,
    REVIEW
  }

  /** What a conference decides for a child: a plan or none (initial); continue or end the plan (review). */
  public enum Decision implements Labelled {
    PLAN,
    NO_PLAN,
    CONTINUE,
    END
  }

  /**
   * A child at the conference.
   *
   * @param enquiryId the enquiry that called for an initial conference; null at a review
   * @param reviewedPlanId the plan a review conference reviews; null at an initial conference
   * @param decision null until held
   * @param planId the plan the conference started or reviewed
   */
  public record Child(
      UUID episodeId, String childName, UUID enquiryId, UUID reviewedPlanId, Decision decision, AbuseCategory category,
      String endReason, UUID planId) {}

  /**
   * Someone invited.
   *
   * @param invitedAs PARENT, CHILD, AGENCY or OTHER
   * @param agency the agency's kind where invited as an agency: POLICE, HEALTH…
   * @param attended null until recorded
   */
  public record Invitee(int seq, String name, String invitedAs, String agency, boolean reportSubmitted, Boolean attended) {}

  /** An invitation as the convening form gives it. */
  public record Invitation(String name, String invitedAs, String agency) {}

  public boolean scheduled() {
    return status == ConferenceStatus.SCHEDULED;
  }

  /** Held after the day it was due by: recorded, and flagged. */
  public boolean late() {
    return heldOn != null && heldOn.isAfter(dueOn);
  }

  /** The names of the children, "Ava Smith and Ben Smith". */
  public String childNames() {
    List<String> names = children.stream().map(Child::childName).toList();
    return names.size() <= 1 ? String.join("", names)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
