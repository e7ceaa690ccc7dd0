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
