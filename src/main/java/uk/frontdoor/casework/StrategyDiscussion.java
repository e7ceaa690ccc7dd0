package uk.frontdoor.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.frontdoor.platform.Labelled;

/**
 * A strategy discussion, recorded once it has been held: when, who took part for which agency, why
 * an agency that must take part could not, what was discussed, and for each child discussed whether
 * section 47 enquiries start and why; the other actions agreed.
 *
 * @param followsId the earlier discussion this one follows; null if none
 * @param noSocialCareReason why children's social care could not take part; null if it did
 */
public record StrategyDiscussion(
    UUID id,
    Instant heldAt,
    UUID followsId,
    String discussed,
    String noSocialCareReason,
    String noPoliceReason,
    String noHealthReason,
    String recordedByName,
    List<Attendee> attendees,
    List<ChildDecision> children,
    List<Action> actions) {

  /** The agencies that take part in strategy discussions and child protection conferences. */
  public enum Agency implements Labelled {
    SOCIAL_CARE,
    POLICE,
    HEALTH,
    EDUCATION,
    PROBATION,
    OTHER;

    /** The agencies that must take part, or the record says why one could not. */
    public static final List<Agency> REQUIRED = List.of(SOCIAL_CARE, POLICE, HEALTH);
  }

  /** Someone who took part: their agency, and their role (or the agency's name where it is OTHER). */
  public record Attendee(String name, Agency agency, String role) {}

  /** A child discussed and the decision for them, with the child's name as their episode has it. */
  public record ChildDecision(UUID episodeId, String childName, boolean section47, String reason) {}

  /** Another action agreed, its owner and when it is due. */
  public record Action(String action, String owner, LocalDate dueOn) {}

  /** The decision for the child of this episode, if they were discussed. */
  public java.util.Optional<ChildDecision> decisionFor(UUID episodeId) {
    return children.stream().filter(c -> c.episodeId().equals(episodeId)).findFirst();
  }

  /** Why the agency could not take part, as recorded; null where it took part or is not one that must. */
  public String whyNot(Agency agency) {
    return switch (agency) {
      case SOCIAL_CARE -> noSocialCareReason;
      case POLICE -> noPoliceReason;
      case HEALTH -> noHealthReason;
      default -> null;
    };
  }
}
