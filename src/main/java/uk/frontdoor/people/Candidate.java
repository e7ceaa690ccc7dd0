package uk.frontdoor.people;

import java.util.List;

/**
 * A known person who may be the person in a contact: a score from 0 to 100 and the reasons, in
 * words a worker can check ("NHS number matches", "surname sounds like Smyth"). A candidate is
 * only a suggestion: a worker links or creates, see {@link People#link} and {@link People#createFrom}.
 */
public record Candidate(KnownPerson person, int score, List<String> reasons) {

  public Candidate {
    reasons = List.copyOf(reasons);
  }
}
