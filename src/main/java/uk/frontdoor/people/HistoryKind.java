package uk.frontdoor.people;

/** What a line of a person's history records. */
public enum HistoryKind {
  CONTACT,
  REFERRAL,
  ASSESSMENT,
  OPEN_CASE,
  CIN_PLAN,
  CP_PLAN,
  LOOKED_AFTER,
  LADO,
  EARLY_HELP
}
