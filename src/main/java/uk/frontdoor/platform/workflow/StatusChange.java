package uk.frontdoor.platform.workflow;

import java.time.Instant;
import java.util.UUID;

/**
 * One move in a record's history: when, from what, to what, by which command, who and why.
 *
 * @param from null for the record's arrival
 * @param command the command's name; null for the arrival
 */
public record StatusChange<S>(
    Instant at, S from, S to, String command, UUID actorId, String actorName, String reason) {}
