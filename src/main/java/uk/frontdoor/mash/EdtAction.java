package uk.frontdoor.mash;

import java.time.Instant;

/** Something the Emergency Duty Team did on an out-of-hours contact. */
public record EdtAction(Instant at, String actorName, String action) {}
