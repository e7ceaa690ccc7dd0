package uk.frontdoor.mash.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.frontdoor.mash.InformationRequests.Person;
import uk.frontdoor.referral.ReferralDocument;

/** The people a contact names, keyed for a form: children first ("c0", "c1"), then the household ("h0"). */
final class PeopleInContact {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private PeopleInContact() {}

  static Map<String, Person> of(ReferralDocument document) {
    Map<String, Person> people = new LinkedHashMap<>();
    List<ReferralDocument.Child> children = document.children();
    for (int i = 0; i < children.size(); i++) {
      ReferralDocument.Child child = children.get(i);
      String born =
          child.expectedDate() != null
              ? "unborn, expected " + DATE.format(child.expectedDate())
              : child.dateOfBirth() != null ? DATE.format(child.dateOfBirth()) : child.age() != null ? "about " + child.age() : null;
      String name = join(" ", child.firstName(), child.lastName());
      people.put("c" + i, new Person(name.isEmpty() ? "Child not named" : name, born, address(child.address()), child.nhsNumber()));
    }
    List<ReferralDocument.HouseholdMember> household = document.household();
    for (int i = 0; i < household.size(); i++) {
      ReferralDocument.HouseholdMember member = household.get(i);
      String name = member.name() == null ? "Not named" : member.name();
      if (member.relationship() != null) {
        name = name + " (" + member.relationship() + ")";
      }
      String born = member.dateOfBirth() == null ? null : DATE.format(member.dateOfBirth());
      people.put("h" + i, new Person(name, born, address(member.address()), null));
    }
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
