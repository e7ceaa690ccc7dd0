package uk.frontdoor.mash;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a MASH contact has got to. A contact moves only along the transitions listed here; every
 * move is kept in its status history.
 */
public enum ContactStatus {
  /** Arrived; nobody has picked it up. */
  NEW("New"),
  /** A worker has it: rating, gathering information, deciding. */
  IN_TRIAGE("In triage"),
  /** A worker has recorded a decision; a manager must authorise it. */
  AWAITING_AUTHORISATION("Awaiting authorisation"),
  /** A manager has authorised the decision; the referrer has been told where they may be. */
  AUTHORISED("Authorised");

  private final String label;

  ContactStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Statuses still waiting for the MASH's decision to be made and authorised. */
  public static final Set<ContactStatus> OPEN = EnumSet.of(NEW, IN_TRIAGE, AWAITING_AUTHORISATION);

  /** The statuses this one may move to. */
  public Set<ContactStatus> next() {
    return switch (this) {
      case NEW -> EnumSet.of(IN_TRIAGE, AWAITING_AUTHORISATION);
      case IN_TRIAGE -> EnumSet.of(AWAITING_AUTHORISATION);
      // A manager authorises, or returns the decision to the worker with a reason.
      case AWAITING_AUTHORISATION -> EnumSet.of(AUTHORISED, IN_TRIAGE);
      case AUTHORISED -> EnumSet.noneOf(ContactStatus.class);
    };
  }

  public boolean canMoveTo(ContactStatus to) {
    return next().contains(to);
  }
}
