package uk.frontdoor.people;

import java.time.LocalDate;

/**
 * What a contact says about a person, to look for among the people a council knows. Any part may
 * be missing (null): a caller may know only a first name and a school, or only an NHS number. The
 * NHS number, UPN and postcode are compared as typed, with spaces and case forgiven.
 */
public record PersonProbe(
    String firstName,
    String lastName,
    LocalDate dateOfBirth,
    String nhsNumber,
    String upn,
    String postcode) {

  /** No one known was born before this; an earlier date is a system's way of saying "unknown". */
  public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  /** Nor centuries from now, as in 9999-12-31. */
  public static final LocalDate LATEST_BIRTH = LocalDate.of(2199, 12, 31);

  /** A date of birth no one could have is no date to look for: the rest of the probe still is. */
  public PersonProbe {
    if (dateOfBirth != null && (dateOfBirth.isBefore(EARLIEST_BIRTH) || dateOfBirth.isAfter(LATEST_BIRTH))) {
      dateOfBirth = null;
    }
  }

  public static PersonProbe named(String firstName, String lastName, LocalDate dateOfBirth) {
    return new PersonProbe(firstName, lastName, dateOfBirth, null, null, null);
  }

  public PersonProbe withNhsNumber(String nhsNumber) {
    return new PersonProbe(firstName, lastName, dateOfBirth, nhsNumber, upn, postcode);
  }

  public PersonProbe withUpn(String upn) {
    return new PersonProbe(firstName, lastName, dateOfBirth, nhsNumber, upn, postcode);
  }

  public PersonProbe withPostcode(String postcode) {
    return new PersonProbe(firstName, lastName, dateOfBirth, nhsNumber, upn, postcode);
  }
}
