package uk.frontdoor.platform.workflow;

/**
 * One state of a workflow: an enum constant, whose name is stored, and the words people are shown
 * for it.
 */
public interface State {

  /** The enum constant's name, as the database stores it. */
  String name();

  /** How the pages say it: "Awaiting authorisation". */
  String label();
}
