package uk.frontdoor.casework.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.frontdoor.authority.CouncilCalendars;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.casework.Due;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.TimeLeft;

/**
 * The time left now on casework's deadlines, in working days of the member of staff's council: its
 * own closures are not working days, as they are not when the deadlines are set.
 */
@Component
record WorkingTimeLeft(CouncilCalendars calendars, Clock clock) {

  /** The time left until an exclusive deadline of the council's. */
  TimeLeft until(StaffUser me, Instant due) {
    return TimeLeft.until(clock.instant(), due, calendars.of(me.authorityId()));
  }

  /** The time left until the end of the day, in the caseload's words: "10 working days left: due by the end of …". */
  TimeLeft untilEndOf(StaffUser me, LocalDate lastDay) {
    return until(me, lastDay.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant());
  }

  /** Today, UK time. */
  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), UkTime.ZONE);
  }

  /** The episode with the soonest of what is due on it (the soonest first in {@code dues}). */
  CaseloadRow row(StaffUser me, Episode episode, List<Due> dues) {
    return CaseloadRow.of(episode, dues, clock.instant(), calendars.of(me.authorityId()));
  }

  /** The council's episodes as rows, the soonest due first, then those with nothing due in their order. */
  List<CaseloadRow> rows(StaffUser me, List<Episode> episodes, Map<UUID, List<Due>> dues) {
    return CaseloadRow.of(episodes, dues, clock.instant(), calendars.of(me.authorityId()));
  }
}
