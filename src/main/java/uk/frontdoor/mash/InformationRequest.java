package uk.frontdoor.mash;

import java.time.Instant;
import java.util.UUID;
import uk.frontdoor.identity.Agency;

/**
 * A question from the MASH to a partner agency about one person in a contact, and its answer.
 * The person is described only as far as the agency needs to search its own records.
 *
 * @param contactReference the contact's reference, which partners quote back
 * @param nothingKnown the agency holds nothing about the person; null until answered
 */
public record InformationRequest(
    UUID id,
    UUID contactId,
    String contactReference,
    Agency agency,
    String personName,
    String personBorn,
    String personAddress,
    String personNhsNumber,
    String question,
    String requestedByName,
    Instant requestedAt,
    Instant dueAt,
    Instant answeredAt,
    String answeredByName,
    Boolean nothingKnown,
    String answer,
    Instant escalatedAt) {

  public boolean answered() {
    return answeredAt != null;
  }

  /** Unanswered and past its deadline. */
  public boolean overdueAt(Instant now) {
    return !answered() && !now.isBefore(dueAt);
  }
}
