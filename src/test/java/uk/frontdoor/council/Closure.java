package uk.frontdoor.council;

import java.time.LocalDate;
import java.util.UUID;
import uk.frontdoor.authority.SpecialDays;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashTesting;

/**
 * A council closed all day for the length of a test: added as the council's administrator adds one
 * (with its audit entry), and removed when closed, so no other test's working days move.
 */
public record Closure(CouncilChanges changes, StaffUser administrator, LocalDate day) implements AutoCloseable {

  /** Closes the council on the day, as "Staff training day". */
  public static Closure of(CouncilChanges changes, UUID council, String day) {
    StaffUser administrator = MashTesting.named("Ada Admin", council, "COUNCIL_ADMINISTRATOR");
    LocalDate date = LocalDate.parse(day);
    if (!changes.addSpecialDay(administrator, new SpecialDays.Day(date, null, "Staff training day"))) {
      throw new IllegalStateException("The council already has a special day on " + day);
    }
    return new Closure(changes, administrator, date);
  }

  @Override
  public void close() {
    changes.removeSpecialDay(administrator, day);
  }
}
