package uk.frontdoor.casework;

import java.time.Instant;

/**
 * Something due on an episode and its deadline: the assessment, the next visit, a plan's review.
 *
 * @param what in words: "Visit", "Child in need plan review"
 * @param at the deadline (exclusive): 00:00 UK time after the last day
 */
public record Due(String what, Instant at) {}
