package uk.frontdoor.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A person to add to a council's records. The NHS number and UPN must pass their checks; the
 * postcode is stored in its normal form. An unborn child has an expected date and no date of birth.
 */
public record NewPerson(
    PersonKind kind,
    String firstName,
    String lastName,
    List<String> otherNames,
    LocalDate dateOfBirth,
    LocalDate expectedDate,
    Gender gender,
    NhsNumber nhsNumber,
    Upn upn,
    String postcode,
    String addressLine,
    UUID householdId) {

  public NewPerson {
    Objects.requireNonNull(kind, "kind");
    firstName = firstName == null ? "" : firstName.strip();
    lastName = Objects.requireNonNull(lastName, "lastName").strip();
    otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    gender = gender == null ? Gender.UNKNOWN : gender;
    if (lastName.isEmpty()) {
      throw new IllegalArgumentException("A person needs a last name");
    }
    if (expectedDate != null && kind != PersonKind.CHILD) {
      throw new IllegalArgumentException("Only an unborn child has an expected date");
    }
  }

  /** A person with a name and date of birth only; add the rest with the other constructor. */
  public static NewPerson named(PersonKind kind, String firstName, String lastName, LocalDate dateOfBirth) {
    return new NewPerson(kind, firstName, lastName, List.of(), dateOfBirth, null, Gender.UNKNOWN, null, null, null, null, null);
  }
}
