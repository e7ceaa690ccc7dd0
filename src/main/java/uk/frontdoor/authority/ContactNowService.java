package uk.frontdoor.authority;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * Decides which team a person should call at a given instant. The public pages and the
 * contact-now API both ask here, so they can never disagree.
 */
@Service
public class ContactNowService {

  private final WorkingCalendar calendar;

  public ContactNowService(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  public ContactNow contactNow(Authority authority, Audience audience, Instant at) {
    OfficeStatus office = calendar.officeStatus(authority.officeHours(), at);
    List<Team> doors = authority.frontDoorTeams(audience);
    if (doors.isEmpty()) {
      throw new IllegalStateException(authority.slug() + " has no front-door team for " + audience);
    }
    return switch (office.state()) {
      case OPEN -> answer(authority, audience, at, office, doors, answering(true), List.of());
      case CLOSED -> answer(authority, audience, at, office, doors, answering(false), List.of());
      case UNKNOWN ->
          answer(
              authority,
              audience,
              at,
              office,
              doors,
              answering(true),
              doors.stream().filter(t -> t.availability() == Availability.OUT_OF_HOURS).toList());
    };
  }

  private static Predicate<Team> answering(boolean officeOpen) {
    return team -> team.availability().answersWhen(officeOpen);
  }

  private static ContactNow answer(
      Authority authority,
      Audience audience,
      Instant at,
      OfficeStatus office,
      List<Team> doors,
      Predicate<Team> answersNow,
      List<Team> alsoAvailable) {
    Team callNow = doors.stream().filter(answersNow).findFirst().orElse(doors.get(0));
    return new ContactNow(authority, audience, at, office, callNow, alsoAvailable);
  }
}
