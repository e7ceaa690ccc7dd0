package uk.frontdoor.authority;

import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Each council's own calendar: the one {@link WorkingCalendar} with the council's closures and
 * shorter days on top of the bank holidays. A record's working days are counted in the calendar of
 * the council whose record it is, whether a deadline is stored when its clock starts or time left
 * is counted when a page is shown. The councils are kept as read (ADR 0018), so asking is cheap.
 */
@Service
public record CouncilCalendars(Authorities authorities, WorkingCalendar calendar) {

  /** The council's calendar; the bank holidays alone for a council this deployment does not serve. */
  public WorkingCalendar of(UUID authorityId) {
    return of(new AuthorityId(authorityId));
  }

  /** The council's calendar; the bank holidays alone for a council this deployment does not serve. */
  public WorkingCalendar of(AuthorityId authorityId) {
    return authorities.findById(authorityId).map(calendar::forCouncil).orElse(calendar);
  }
}
