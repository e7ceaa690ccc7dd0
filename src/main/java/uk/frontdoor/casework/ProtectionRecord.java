package uk.frontdoor.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a member of a child's child protection team sees of the child's record, and nothing more:
 * the strategy discussions about the child (who took part, the decision for this child, the
 * actions agreed), the section 47 enquiries and the child protection plans with their core group
 * meetings.
 */
public record ProtectionRecord(List<Discussion> discussions, List<Enquiry> enquiries, List<Plan> plans) {

  /** The words for the categories of abuse (CIN census). */
  static final Map<String, String> CATEGORIES =
      Map.of("NEG", "Neglect", "PHY", "Physical abuse", "EMO", "Emotional abuse", "SAB", "Sexual abuse", "MUL", "Multiple categories");

  /** The words for the outcomes of section 47 enquiries. */
  static final Map<String, String> OUTCOMES =
      Map.of(
          "NOT_SUBSTANTIATED", "Concerns not substantiated",
          "SUBSTANTIATED_NO_CONFERENCE", "Concerns substantiated, no conference needed",
          "CONFERENCE", "Initial child protection conference");

  /** A strategy discussion about the child: the decision for this child only. */
  public record Discussion(Instant heldAt, List<Attendee> attendees, boolean section47, String reason, List<Action> actions) {}

  /** @param agency in words: "Police", or the agency's name where it is another */
  public record Attendee(String name, String agency, String role) {}

  public record Action(String action, String owner, LocalDate dueOn) {}

  /** @param outcome in words; null while the enquiry is open */
  public record Enquiry(LocalDate startedOn, LocalDate conferenceDueOn, boolean open, String outcome, LocalDate completedOn) {}

  /** @param category the latest category of abuse, in words */
  public record Plan(String category, LocalDate startedOn, boolean open, LocalDate reviewDueOn, LocalDate endedOn, List<CoreGroup> coreGroups) {}

  public record CoreGroup(LocalDate heldOn, String notes) {}

  public boolean isEmpty() {
    return discussions.isEmpty() && enquiries.isEmpty() && plans.isEmpty();
  }
}
