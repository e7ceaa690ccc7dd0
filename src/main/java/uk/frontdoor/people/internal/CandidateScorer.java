package uk.frontdoor.people.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.frontdoor.authority.Postcode;
import uk.frontdoor.people.Candidate;
import uk.frontdoor.people.KnownPerson;
import uk.frontdoor.people.PersonProbe;

/**
 * Scores one known person against what a contact says, out of 100, with a reason for every point
 * given or taken: identifiers count most, then date of birth, surname, first name and postcode. A
 * different NHS number or a far-off date of birth counts against.
 */
public final class CandidateScorer {

  static final int NHS_NUMBER = 40;
  static final int NHS_NUMBER_DIFFERS = -30;
  static final int UPN = 30;
  static final int UPN_DIFFERS = -10;
  static final int FIRST_NAME = 15;
  static final int SURNAME = 20;
  static final int POSTCODE = 10;
  static final int POSTCODE_DISTRICT = 3;
  static final int EXPECTED_DATE = 12;
  /** Below this, a known person is not worth a worker's time. */
  public static final int SHOWN_FROM = 30;

  private final PersonProbe probe;
  private final Name first;
  private final Name last;
  private final String nhsNumber;
  private final String upn;
  private final Optional<Postcode> postcode;

  /** A name as given or recorded, with its key and sound-alike keys. */
  record Name(String shown, String key, List<String> sounds) {

    static Name of(String shown, List<String> sounds) {
      return new Name(shown == null ? "" : shown.strip(), PersonNames.key(shown), sounds);
    }
  }

  /** How well one name agrees with another, 0 to 1, and why. */
  record Agreement(double strength, List<String> reasons) {

    static final Agreement NONE = new Agreement(0, List.of());

    static Agreement of(double strength, String reason) {
      return new Agreement(strength, List.of(reason));
    }
  }

  public CandidateScorer(PersonProbe probe, List<String> firstSounds, List<String> lastSounds) {
    this.probe = probe;
    this.first = Name.of(probe.firstName(), firstSounds);
    this.last = Name.of(probe.lastName(), lastSounds);
    this.nhsNumber = digits(probe.nhsNumber());
    this.upn = probe.upn() == null ? "" : probe.upn().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    this.postcode = Postcode.parse(probe.postcode());
  }

  public Optional<Candidate> score(Found found) {
    KnownPerson person = found.person();
    List<String> reasons = new ArrayList<>();
    int score = identifiers(person, reasons);
    Agreement names = names(found);
    score += (int) Math.round(names.strength());
    reasons.addAll(names.reasons());
    score += birth(person, reasons);
    score += place(person, reasons);
    int bounded = Math.max(0, Math.min(100, score));
    return bounded >= SHOWN_FROM ? Optional.of(new Candidate(person, bounded, reasons)) : Optional.empty();
  }

  private int identifiers(KnownPerson person, List<String> reasons) {
    int score = 0;
    if (!nhsNumber.isEmpty() && person.nhsNumber() != null) {
      boolean same = nhsNumber.equals(person.nhsNumber());
      reasons.add(same ? "NHS number matches" : "NHS number differs");
      score += same ? NHS_NUMBER : NHS_NUMBER_DIFFERS;
    }
    if (!upn.isEmpty() && person.upn() != null) {
      boolean same = upn.equals(person.upn());
      reasons.add(same ? "UPN matches" : "UPN differs");
      score += same ? UPN : UPN_DIFFERS;
    }
    return score;
  }

  private int birth(KnownPerson person, List<String> reasons) {
    LocalDate given = probe.dateOfBirth();
    if (given == null) {
      return 0;
    }
    if (person.dateOfBirth() != null) {
      BirthDates.Agreement agreement = BirthDates.compare(given, person.dateOfBirth());
      reasons.add(agreement.reason());
      return switch (agreement) {
        case SAME -> 25;
        case DAY_MONTH_SWAPPED -> 18;
        case ONE_DAY_OUT -> 15;
        case ONE_MONTH_OUT -> 12;
        case ONE_YEAR_OUT -> 10;
        case SAME_YEAR -> 4;
        case DIFFERENT -> -15;
      };
    }
    if (person.expectedDate() != null && Math.abs(ChronoUnit.DAYS.between(given, person.expectedDate())) <= 60) {
      reasons.add("born near the expected date of " + person.expectedDate());
      return EXPECTED_DATE;
    }
    return 0;
  }

  private int place(KnownPerson person, List<String> reasons) {
    Optional<Postcode> recorded = Postcode.parse(person.postcode());
    if (postcode.isEmpty() || recorded.isEmpty()) {
      return 0;
    }
    if (postcode.get().equals(recorded.get())) {
      reasons.add("same postcode");
      return POSTCODE;
    }
    if (postcode.get().district().equals(recorded.get().district())) {
      reasons.add("same postcode district (" + recorded.get().district() + ")");
      return POSTCODE_DISTRICT;
    }
    return 0;
  }

  /**
   * The best of the names as given, the names swapped, and each other name the person is known
   * by, in points.
   */
  private Agreement names(Found found) {
    KnownPerson person = found.person();
    Name recordedFirst = Name.of(person.firstName(), found.firstSounds());
    Name recordedLast = Name.of(person.lastName(), found.lastSounds());
    Agreement best = fullName(first, last, recordedFirst, recordedLast, 1.0);
    Agreement swapped = fullName(last, first, recordedFirst, recordedLast, 0.9);
    if (swapped.strength() > best.strength() && swapped.reasons().size() == 2) {
      best = withFirst("first and last names swapped", swapped);
    }
    for (String other : person.otherNames()) {
      if (PersonNames.key(other).isEmpty()) {
        continue;
      }
      String[] words = other.strip().split("\\s+", 2);
      Agreement known =
          words.length == 1
              ? fullName(first, last, recordedFirst, Name.of(other, List.of()), 0.9)
              : fullName(first, last, Name.of(words[0], List.of()), Name.of(words[1], List.of()), 0.9);
      if (known.strength() > best.strength()) {
        best = withFirst("known as " + other.strip(), known);
      }
    }
    return best;
  }

  private static Agreement withFirst(String reason, Agreement agreement) {
    List<String> reasons = new ArrayList<>();
    reasons.add(reason);
    reasons.addAll(agreement.reasons());
    return new Agreement(agreement.strength(), reasons);
  }

  /** Points for a first name and surname against a recorded pair, with both names' reasons. */
  private static Agreement fullName(Name givenFirst, Name givenLast, Name recordedFirst, Name recordedLast, double weight) {
    Agreement firstName = compare("first name", givenFirst, recordedFirst, true);
    Agreement surname = compare("surname", givenLast, recordedLast, false);
    List<String> reasons = new ArrayList<>(firstName.reasons());
    reasons.addAll(surname.reasons());
    double points = weight * (FIRST_NAME * firstName.strength() + SURNAME * surname.strength());
    return new Agreement(points, Collections.unmodifiableList(reasons));
  }

  /** How a given name agrees with a recorded one, strongest rule first. */
  static Agreement compare(String label, Name given, Name recorded, boolean firstName) {
    String a = given.key();
    String b = recorded.key();
    if (a.isEmpty() || b.isEmpty()) {
      return Agreement.NONE;
    }
    if (a.equals(b)) {
      return Agreement.of(1.0, label + " matches");
    }
    String joinedA = PersonNames.joined(a);
    String joinedB = PersonNames.joined(b);
    if (joinedA.equals(joinedB)) {
      return Agreement.of(0.95, label + " matches but for spaces or hyphens");
    }
    if (firstName) {
      Optional<String> nickname = Nicknames.relation(a, b, given.shown(), recorded.shown());
      if (nickname.isPresent()) {
        return Agreement.of(0.85, "nickname: " + nickname.get());
      }
    }
    List<String> partsA = PersonNames.parts(a);
    List<String> partsB = PersonNames.parts(b);
    if (partsA.size() == 1 && partsB.contains(a)) {
      return Agreement.of(0.85, label + " " + given.shown() + " is part of " + recorded.shown());
    }
    if (partsB.size() == 1 && partsA.contains(b)) {
      return Agreement.of(0.85, label + " " + recorded.shown() + " is part of " + given.shown());
    }
    boolean soundsAlike = !Collections.disjoint(given.sounds(), recorded.sounds());
    int distance = PersonNames.distance(joinedA, joinedB);
    if (soundsAlike && distance <= 2) {
      return Agreement.of(0.8, label + " sounds like " + recorded.shown());
    }
    if (distance == 1 && Math.min(joinedA.length(), joinedB.length()) >= 3) {
      return Agreement.of(0.75, label + " spelt one letter differently: " + recorded.shown());
    }
    if (soundsAlike) {
      return Agreement.of(0.6, label + " sounds like " + recorded.shown());
    }
    if (partsA.size() > 1 || partsB.size() > 1) {
      for (String partA : partsA) {
        for (String partB : partsB) {
          if (partA.length() >= 3 && PersonNames.distance(partA, partB) <= 1) {
            return Agreement.of(0.6, label + " close to part of " + recorded.shown());
          }
        }
      }
    }
    if (distance == 2 && Math.min(joinedA.length(), joinedB.length()) >= 6) {
      return Agreement.of(0.5, label + " spelt similarly: " + recorded.shown());
    }
    if (firstName && (a.length() == 1 || b.length() == 1) && a.charAt(0) == b.charAt(0)) {
      return Agreement.of(0.4, "first initial matches");
    }
    return Agreement.NONE;
  }

  private static String digits(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "");
  }
}
