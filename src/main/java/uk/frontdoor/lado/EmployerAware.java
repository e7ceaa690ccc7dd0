package uk.frontdoor.lado;

import java.time.Instant;
import uk.frontdoor.authority.WorkingCalendar;

/**
 * When the allegation came to the employer's attention, and the working time since: the LADO should
 * be told within one working day of it (Keeping Children Safe in Education, Part 4). The working
 * days are the LADO's council's, counted in its calendar: its own closures are not working days.
 *
 * @param toLado working days from the employer's awareness to the LADO's receipt (0: the same day)
 * @param since working days from the employer's awareness to now
 */
public record EmployerAware(Instant at, int toLado, int since) {

  /** The working days within which the LADO should be told. */
  public static final int TELL_LADO_WITHIN = 1;

  public static EmployerAware of(Instant at, Instant receivedAt, Instant now, WorkingCalendar calendar) {
    return new EmployerAware(at, calendar.workingDaysBetween(at, receivedAt), calendar.workingDaysBetween(at, now));
  }

  /** The LADO was told later than one working day after the employer knew. */
  public boolean late() {
    return toLado > TELL_LADO_WITHIN;
  }
}
