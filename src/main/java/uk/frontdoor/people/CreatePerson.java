package uk.frontdoor.people;

import java.util.Objects;
import java.util.UUID;

/** A worker's decision that a person named in a contact is not known yet: add them. */
public record CreatePerson(
    UUID authorityId, String contactReference, NewPerson person, UUID workerId, String workerName) {

  public CreatePerson {
    Objects.requireNonNull(authorityId, "authorityId");
    Objects.requireNonNull(contactReference, "contactReference");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(workerId, "workerId");
    Objects.requireNonNull(workerName, "workerName");
  }
}
