package uk.frontdoor.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The people a council knows: candidate matches for a person named in a contact, history at a
 * glance, and workers' decisions to link or create. Every call is confined to one council by
 * row-level security; no call ever merges two people.
 */
public interface People {

  /**
   * Known people who may be the person described, best first, at most ten, each with a score and
   * reasons. Candidates are found by NHS number, UPN, date of birth (and its usual mistakes: a day
   * out, a month out, a year out, day and month swapped), a sound-alike first name, surname or part
   * of either with the year of birth, and postcode with year of birth; then scored.
   */
  List<Candidate> candidates(UUID authorityId, PersonProbe probe);

  /**
   * The {@link #candidates} for each of the people a contact names (under their keys), kept with
   * the contact: found afresh only when the council's people have changed since they were last
   * found (a person added, changed or removed) or the contact names other people.
   */
  Map<String, List<Candidate>> candidatesKept(UUID authorityId, String contactReference, Map<String, PersonProbe> probes);

  /** A person's history at a glance as on the day of {@code now} in the UK. */
  History history(UUID authorityId, UUID personId, Instant now);

  /** Records a worker's decision that the person in a contact is a known person. */
  PersonLink link(LinkPerson decision);

  /** Adds a new person from a contact and records the worker's decision to do so. */
  PersonLink createFrom(CreatePerson decision);

  /** Every decision recorded about the people in a contact, oldest first. */
  List<PersonLink> links(UUID authorityId, String contactReference);

  Optional<KnownPerson> find(UUID authorityId, UUID personId);

  /** Everyone the council records in a household, adults first, then by name. */
  List<KnownPerson> household(UUID authorityId, UUID householdId);

  /** Adds a person to a council's records (not from a contact: see {@link #createFrom}). */
  KnownPerson add(UUID authorityId, NewPerson person);

  /** Adds a household at an address; people join it by {@link NewPerson#householdId()}. */
  UUID addHousehold(UUID authorityId, String addressLine, String postcode);

  /** Adds a line to a person's history. */
  void record(UUID authorityId, UUID personId, HistoryEntry entry);
}
