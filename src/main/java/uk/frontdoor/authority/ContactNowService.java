package uk.frontdoor.authority;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Decides which team a person should call at a given instant. The public pages and the
 * contact-now API both ask here, so they can never disagree. The council's own closures and shorter
 * days count.
 */
@Service
public record ContactNowService(WorkingCalendar calendar) {

  public ContactNow contactNow(Authority authority, Audience audience, Instant at) {
    OfficeStatus office = calendar.forCouncil(authority).officeStatus(authority.officeHours(), at);
    List<Team> doors = authority.frontDoorTeams(audience);
    if (doors.isEmpty()) {
      throw new IllegalStateException(authority.slug() + " has no front-door team for " + audience);
    }
    // When the hours are unknown, the office line comes first and the out-of-hours service next.
    boolean officeMayBeOpen = office.state() != OfficeStatus.State.CLOSED;
    Team callNow =
        doors.stream()
            .filter(team -> team.availability().answersWhen(officeMayBeOpen))
            .findFirst()
            .orElse(doors.get(0));
    List<Team> others = doors.stream().filter(team -> !team.equals(callNow)).toList();
    return new ContactNow(authority, audience, at, office, callNow, others);
  }
}
