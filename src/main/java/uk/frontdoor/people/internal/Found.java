package uk.frontdoor.people.internal;

import java.util.List;
import uk.frontdoor.people.KnownPerson;

/**
 * A person the narrowing query found, with the sound-alike keys (Double Metaphone, from the
 * database) of their first name and surname.
 */
public record Found(KnownPerson person, List<String> firstSounds, List<String> lastSounds) {

  public Found {
    firstSounds = List.copyOf(firstSounds);
    lastSounds = List.copyOf(lastSounds);
  }
}
