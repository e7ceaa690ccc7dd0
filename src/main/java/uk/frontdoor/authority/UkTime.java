package uk.frontdoor.authority;

import java.time.ZoneId;

/**
 * The one time zone of the service: every council is in England, so days, office hours, deadlines
 * and the times pages show are all UK time, correct across the clock changes. Instants are stored
 * in UTC; only this zone turns them into days and times.
 */
public final class UkTime {

  /** The zone's name, for annotations that take a string ({@code @Scheduled(zone = UkTime.ZONE_ID)}). */
  public static final String ZONE_ID = "Europe/London";

  public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

  private UkTime() {}
}
