package uk.frontdoor.mash;

import java.time.Instant;

/**
 * One change of a contact's status: who made it, when, from what, to what and why.
 *
 * @param from null for the contact's arrival
 */
public record StatusChange(Instant at, ContactStatus from, ContactStatus to, String actorName, String reason) {}
