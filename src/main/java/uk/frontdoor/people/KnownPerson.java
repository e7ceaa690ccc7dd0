package uk.frontdoor.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person a council already knows, as recorded. Identifiers and dates may be null. */
public record KnownPerson(
    UUID id,
    PersonKind kind,
    String firstName,
    String lastName,
    List<String> otherNames,
    LocalDate dateOfBirth,
    LocalDate expectedDate,
    Gender gender,
    String nhsNumber,
    String upn,
    String postcode,
    String addressLine,
    UUID householdId) {

  public KnownPerson {
    otherNames = List.copyOf(otherNames);
  }

  public String fullName() {
    return (firstName + " " + lastName).strip();
  }
}
