package uk.frontdoor.authority;

/** When a team answers, relative to the authority's office hours. */
public enum Availability {
  OFFICE_HOURS,
  OUT_OF_HOURS,
  ALWAYS;

  boolean answersWhen(boolean officeOpen) {
    return this == ALWAYS || (this == OFFICE_HOURS) == officeOpen;
  }
}
