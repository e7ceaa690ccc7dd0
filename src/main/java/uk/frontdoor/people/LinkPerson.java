package uk.frontdoor.people;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A worker's decision that a person named in a contact is a person the council already knows,
 * with the score and reasons they saw (null and empty if they found the person another way).
 */
public record LinkPerson(
    UUID authorityId,
    String contactReference,
    UUID personId,
    Integer score,
    List<String> reasons,
    UUID workerId,
    String workerName) {

  public LinkPerson {
    Objects.requireNonNull(authorityId, "authorityId");
    Objects.requireNonNull(contactReference, "contactReference");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(workerId, "workerId");
    Objects.requireNonNull(workerName, "workerName");
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  /** Links to a candidate the worker chose, keeping what they were shown. */
  public static LinkPerson chosen(
      UUID authorityId, String contactReference, Candidate candidate, UUID workerId, String workerName) {
    return new LinkPerson(
        authorityId, contactReference, candidate.person().id(), candidate.score(), candidate.reasons(), workerId, workerName);
  }
}
