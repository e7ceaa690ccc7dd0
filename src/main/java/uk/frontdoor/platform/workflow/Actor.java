package uk.frontdoor.platform.workflow;

import java.util.UUID;

/** Who made a move: a member of staff, or Front Door itself for a move nobody made by hand. */
public record Actor(UUID id, String name) {

  /** Front Door itself: arrivals, and moves that follow from another record's move. */
  public static final Actor SYSTEM = new Actor(new UUID(0, 0), "Front Door");
}
