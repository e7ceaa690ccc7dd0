package uk.frontdoor.people;

/** A child (born, or unborn with an expected date) or an adult. */
public enum PersonKind {
  CHILD,
  ADULT
}
