package uk.frontdoor.mash.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.frontdoor.mash.ContactPeople;
import uk.frontdoor.mash.InformationRequests.Person;
import uk.frontdoor.people.KnownPerson;
import uk.frontdoor.referral.ReferralDocument;

/** The people a contact names as a form shows them, under the keys of {@link ContactPeople#keyed}. */
final class PeopleInContact {

  /** The kinds of a person's history with children's services, in words. */
  static final Map<String, String> HISTORY_LABELS =
      Map.of(
          "CONTACT", "Contact",
          "REFERRAL", "Referral",
          "ASSESSMENT", "Assessment",
          "OPEN_CASE", "Open case",
          "CIN_PLAN", "Child in need plan",
          "CP_PLAN", "Child protection plan",
          "LOOKED_AFTER", "Looked after",
          "LADO", "LADO involvement",
          "EARLY_HELP", "Early help");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

  private PeopleInContact() {}

  static Map<String, Person> of(ReferralDocument document) {
    return ContactPeople.keyed(
        document,
        child -> {
          String born =
              child.expectedDate() != null
                  ? "unborn, expected " + DATE.format(child.expectedDate())
                  : child.dateOfBirth() != null ? DATE.format(child.dateOfBirth()) : child.age() != null ? "about " + child.age() : null;
          String name = join(" ", child.firstName(), child.lastName());
          return new Person(name.isEmpty() ? "Child not named" : name, born, address(child.address()), child.nhsNumber());
        },
        member -> {
          String name = member.name() == null ? "Not named" : member.name();
          if (member.relationship() != null) {
            name = name + " (" + member.relationship() + ")";
          }
          return new Person(name, member.dateOfBirth() == null ? null : DATE.format(member.dateOfBirth()), address(member.address()), null);
        });
  }

  /**
   * The people a partner agency can be asked about: those the contact names, with the identifiers
   * of the record a worker linked each to (name, date of birth, address and NHS number, where the
   * record has them), then the other adults in their recorded households.
   */
  static Map<String, Person> of(ReferralDocument document, Map<String, KnownPerson> known) {
    Map<String, Person> people = new LinkedHashMap<>(of(document));
    known.forEach(
        (key, record) -> {
          Person typed = people.get(key);
          String address = join(", ", record.addressLine(), record.postcode());
          people.put(
              key,
              new Person(
                  typed == null ? record.fullName() + " (adult in the same household)" : record.fullName(),
                  record.dateOfBirth() != null ? DATE.format(record.dateOfBirth()) : typed == null ? null : typed.born(),
                  !address.isEmpty() ? address : typed == null ? null : typed.address(),
                  record.nhsNumber() != null ? record.nhsNumber() : typed == null ? null : typed.nhsNumber()));
        });
    return people;
  }

  /** Each person's label for a checkbox. */
  static Map<String, String> labels(Map<String, Person> people) {
    Map<String, String> labels = new LinkedHashMap<>();
    people.forEach((key, person) -> labels.put(key, join(", ", person.name(), person.born() == null ? null : "born " + person.born())));
    return labels;
  }

  private static String address(ReferralDocument.Address address) {
    if (address == null) {
      return null;
    }
    String joined = join(", ", address.line1(), address.line2(), address.town(), address.postcode());
    return joined.isEmpty() ? null : joined;
  }

  private static String join(String separator, String... parts) {
    return Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(p -> !p.isEmpty())
        .collect(Collectors.joining(separator));
  }
}
