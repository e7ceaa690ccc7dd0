package uk.frontdoor.authority;

/** Who a team's line is for, where a council keeps separate lines (Southampton does). */
public enum Audience {
  PUBLIC,
  PROFESSIONAL
}
