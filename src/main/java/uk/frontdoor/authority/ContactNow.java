package uk.frontdoor.authority;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who to call about a child right now, for one council and one audience.
 *
 * @param office whether the council's office is open and when that next changes
 * @param callNow the team to call now
 * @param alsoAvailable the council's other front-door lines for this audience, such as the
 *     office-hours number while the out-of-hours service is the one to call
 */
public record ContactNow(
    Authority authority,
    Audience audience,
    Instant at,
    OfficeStatus office,
    Team callNow,
    List<Team> alsoAvailable) {

  public Optional<Instant> nextChange() {
    return office.changesAt();
  }
}
