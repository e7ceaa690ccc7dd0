package uk.frontdoor.mash;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.people.Candidate;
import uk.frontdoor.people.CreatePerson;
import uk.frontdoor.people.Gender;
import uk.frontdoor.people.History;
import uk.frontdoor.people.KnownPerson;
import uk.frontdoor.people.LinkPerson;
import uk.frontdoor.people.NewPerson;
import uk.frontdoor.people.NhsNumber;
import uk.frontdoor.people.People;
import uk.frontdoor.people.PersonKind;
import uk.frontdoor.people.PersonLink;
import uk.frontdoor.people.PersonProbe;
import uk.frontdoor.people.Upn;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Referrals;

/**
 * The people in a contact against the people the council knows: candidates with their score and
 * reasons, and a worker's decision to link one or add someone new, recorded and audited in one
 * transaction. Nothing is ever merged without a worker's decision.
 */
@Service
public record ContactPeople(People people, MashQueue queue, Referrals referrals, Transactions transactions) {

  /** People's records in the audit log. */
  public static final String PERSON = "PERSON";

  /** How many candidates are shown for each person. */
  public static final int SHOWN = 3;

  /**
   * How many of a contact's children, and of its household, are looked for and offered to ask
   * partners about: more than any referral route allows, so a document stored with thousands (by
   * an older release) still opens.
   */
  public static final int MOST_PER_LIST = 50;

  /** A person named in a contact, keyed "c0", "c1" for children and "h0" for the household. */
  /**
   * A person named in a contact, keyed "c0", "c1" for children and "h0" for the household, with
   * the best candidates.
   *
   * @param decided the known person a worker has already linked to the contact or added from it,
   *     when they are among the candidates; null while no decision is recorded for them
   */
  public record Person(String key, String name, List<Candidate> candidates, KnownPerson decided) {}

  /** A known person a worker has linked to the contact or added from it, with their history. */
  public record Linked(PersonLink link, KnownPerson person, History history) {}

  /**
   * The people named in a contact, each with the best candidates and any decision already made.
   * The candidates are kept with the contact and found afresh when the council's people change.
   */
  public List<Person> named(UUID authorityId, ReferralDocument document, String reference) {
    return transactions.write(() -> {
      java.util.Set<UUID> decided =
          people.links(authorityId, reference).stream().map(PersonLink::personId).collect(java.util.stream.Collectors.toSet());
      List<Person> found = new ArrayList<>();
      Map<String, PersonProbe> probes = probes(document);
      Map<String, List<Candidate>> kept = people.candidatesKept(authorityId, reference, probes);
      probes.forEach(
          (key, probe) -> {
            List<Candidate> candidates = kept.getOrDefault(key, List.of()).stream().limit(SHOWN).toList();
            KnownPerson already =
                candidates.stream().map(Candidate::person).filter(k -> decided.contains(k.id())).findFirst().orElse(null);
            found.add(new Person(key, name(probe), candidates, already));
          });
      return found;
    });
  }

  /**
   * The decisions recorded for a contact, with each person's history as on {@code now}; that the
   * worker saw each person's record goes in the audit log.
   */
  public List<Linked> linked(StaffUser worker, String reference, Instant now) {
    return transactions.write(() -> {
      List<Linked> linked = new ArrayList<>();
      for (PersonLink link : people.links(worker.authorityId(), reference)) {
        people.find(worker.authorityId(), link.personId())
            .ifPresent(person -> {
              linked.add(new Linked(link, person, people.history(worker.authorityId(), person.id(), now)));
              queue.recordAbout(worker, "VIEWED", PERSON, person.id().toString(), "history, on contact " + reference);
            });
      }
      return linked;
    });
  }

  /**
   * Records that a person named in the contact is a known person, with the score and reasons the
   * worker was shown.
   *
   * @return false if the contact, the person in it or the known person is not found
   */
  public boolean link(StaffUser worker, String reference, String key, UUID personId) {
    return transactions.write(() -> {
      Optional<MashContact> contact = queue.find(worker.authorityId(), reference);
      Optional<PersonProbe> probe = contact.map(c -> probes(document(worker, c)).get(key));
      Optional<KnownPerson> person = people.find(worker.authorityId(), personId);
      if (probe.isEmpty() || person.isEmpty()) {
        return false;
      }
      Optional<Candidate> shown =
          people.candidates(worker.authorityId(), probe.get()).stream().filter(c -> c.person().id().equals(personId)).findFirst();
      people.link(
          shown.map(c -> LinkPerson.chosen(worker.authorityId(), contact.get().reference(), c, worker.id(), worker.displayName()))
              .orElse(new LinkPerson(worker.authorityId(), contact.get().reference(), personId, null, List.of(), worker.id(), worker.displayName())));
      queue.record(worker, "PERSON_LINKED", contact.get(), name(probe.get()) + " is " + person.get().fullName()
          + shown.map(c -> " (score " + c.score() + ": " + String.join("; ", c.reasons()) + ")").orElse(""));
      queue.recordAbout(worker, "LINKED", PERSON, personId.toString(), "to contact " + contact.get().reference());
      return true;
    });
  }

  /**
   * Adds a person named in the contact as someone the council did not know.
   *
   * @return false if the contact or the person in it is not found
   */
  public boolean create(StaffUser worker, String reference, String key) {
    return transactions.write(() -> {
      Optional<MashContact> contact = queue.find(worker.authorityId(), reference);
      Optional<PersonProbe> found = contact.map(c -> probes(document(worker, c)).get(key));
      if (found.isEmpty()) {
        return false;
      }
      PersonProbe probe = found.get();
      String lastName = probe.lastName() == null || probe.lastName().isBlank() ? "Not known" : probe.lastName();
      NewPerson person =
          new NewPerson(
              key.startsWith("c") ? PersonKind.CHILD : PersonKind.ADULT,
              probe.firstName(),
              lastName,
              List.of(),
              probe.dateOfBirth(),
              null,
              Gender.UNKNOWN,
              probe.nhsNumber() == null ? null : NhsNumber.parse(probe.nhsNumber()).orElse(null),
              probe.upn() == null ? null : Upn.parse(probe.upn()).orElse(null),
              probe.postcode(),
              null,
              null);
      people.createFrom(new CreatePerson(worker.authorityId(), contact.get().reference(), person, worker.id(), worker.displayName()));
      queue.record(worker, "PERSON_CREATED", contact.get(), name(probe) + " added as someone not known before");
      return true;
    });
  }

  private ReferralDocument document(StaffUser worker, MashContact contact) {
    return referrals.document(worker.authorityId(), contact.referralId()).orElseThrow();
  }

  /**
   * The known people a partner agency can be asked about: each person named in the contact whom a
   * worker has linked to a record (under the contact's key, "c0"), and the other adults the
   * council records in their households (under "p" and their id), so that a request carries the
   * record's identifiers rather than only what the referrer typed.
   *
   * @param named the contact's people, as {@link #named} finds them
   */
  public Map<String, KnownPerson> askable(UUID authorityId, List<Person> named) {
    return transactions.read(() -> {
      Map<String, KnownPerson> known = new LinkedHashMap<>();
      for (Person person : named) {
        if (person.decided() != null) {
          known.put(person.key(), person.decided());
        }
      }
      java.util.Set<UUID> ids = known.values().stream().map(KnownPerson::id).collect(java.util.stream.Collectors.toSet());
      known.values().stream()
          .map(KnownPerson::householdId)
          .filter(java.util.Objects::nonNull)
          .distinct()
          .toList()
          .forEach(household -> people.household(authorityId, household).stream()
              .filter(member -> member.kind() == PersonKind.ADULT && ids.add(member.id()))
              .forEach(member -> known.put("p" + member.id(), member)));
      return known;
    });
  }

  /**
   * The people a contact names, in one order and under one key each, however they are shown:
   * children first ("c0", "c1"), then the household ("h0"), at most {@link #MOST_PER_LIST} of
   * each. A function returning null leaves that person out, keeping the others' keys.
   */
  public static <T> Map<String, T> keyed(
      ReferralDocument document,
      Function<ReferralDocument.Child, T> child,
      Function<ReferralDocument.HouseholdMember, T> member) {
    Map<String, T> keyed = new LinkedHashMap<>();
    List<ReferralDocument.Child> children = document.children();
    for (int i = 0; i < Math.min(children.size(), MOST_PER_LIST); i++) {
      T value = child.apply(children.get(i));
      if (value != null) {
        keyed.put("c" + i, value);
      }
    }
    List<ReferralDocument.HouseholdMember> household = document.household();
    for (int i = 0; i < Math.min(household.size(), MOST_PER_LIST); i++) {
      T value = member.apply(household.get(i));
      if (value != null) {
        keyed.put("h" + i, value);
      }
    }
    return keyed;
  }

  /** What the contact says about each named person, to look for among the people known. */
  static Map<String, PersonProbe> probes(ReferralDocument document) {
    return keyed(
        document,
        child -> child.firstName() == null && child.lastName() == null
            ? null
            : new PersonProbe(child.firstName(), child.lastName(), child.dateOfBirth(), child.nhsNumber(), child.upn(),
                child.address() == null ? null : child.address().postcode()),
        member -> {
          if (member.name() == null || member.name().isBlank()) {
            return null;
          }
          String name = member.name().strip();
          int space = name.lastIndexOf(' ');
          return new PersonProbe(space < 0 ? null : name.substring(0, space), space < 0 ? name : name.substring(space + 1),
              member.dateOfBirth(), null, null, member.address() == null ? null : member.address().postcode());
        });
  }

  private static String name(PersonProbe probe) {
    return ((probe.firstName() == null ? "" : probe.firstName()) + " " + (probe.lastName() == null ? "" : probe.lastName())).strip();
  }
}
