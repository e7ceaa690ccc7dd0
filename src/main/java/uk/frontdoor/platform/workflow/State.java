package uk.frontdoor.platform.workflow;

import uk.frontdoor.platform.Labelled;

/**
 * One state of a workflow: an enum constant, whose name is stored, and the words people are shown
 * for it, in {@code labels.properties} as every {@link Labelled} constant's are.
 */
public interface State extends Labelled {}
