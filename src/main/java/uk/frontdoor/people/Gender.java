package uk.frontdoor.people;

/** Gender as recorded; matching does not use it. */
public enum Gender {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN
}
