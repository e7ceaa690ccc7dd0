package uk.frontdoor.authority;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who to call about a child right now, for one council and one audience.
 *
 * @param office whether the council's office is open and when that next changes
 * @param callNow the team to call now
 * @param alsoAvailable other front-door teams worth knowing now, such as the out-of-hours service
 *     when the office hours are not published
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
