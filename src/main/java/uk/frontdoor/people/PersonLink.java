package uk.frontdoor.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A worker's recorded decision about a person named in a contact: that they are a person already
 * known ({@link Decision#LINKED}) or someone new, added from the contact ({@link Decision#CREATED}).
 * The score and reasons are the evidence the worker saw, if they chose from the candidates.
 */
public record PersonLink(
    UUID id,
    String contactReference,
    UUID personId,
    Decision decision,
    Integer score,
    List<String> reasons,
    UUID decidedBy,
    String decidedByName,
    Instant decidedAt) {

  public enum Decision {
    LINKED,
    CREATED
  }

  public PersonLink {
    reasons = List.copyOf(reasons);
  }
}
