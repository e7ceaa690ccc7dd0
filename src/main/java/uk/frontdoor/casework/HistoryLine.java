package uk.frontdoor.casework;

import java.time.Instant;

/** One line of an episode's history, whatever kind of change it records: when, what, who and why. */
public record HistoryLine(Instant at, String what, String who, String why) {}
