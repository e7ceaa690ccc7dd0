package uk.frontdoor.casework.web;

import java.time.Instant;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.mash.TimeLeft;
import uk.frontdoor.platform.WhenText;

/**
 * A child on a caseload, with what is due and the working time left.
 *
 * @param due what is due and when, in words: "Child and family assessment: 12 working days left"
 */
record CaseloadRow(Episode episode, String due, boolean overdue, boolean dueToday) {

  static CaseloadRow of(Episode episode, Instant now, WorkingCalendar calendar) {
    if (episode.assessmentAuthorisedAt() != null) {
      return new CaseloadRow(
          episode, "Child and family assessment: completed, authorised on " + new WhenText(now).date(episode.assessmentAuthorisedAt()),
          false, false);
    }
    if (episode.assessmentDueAt() == null) {
      return new CaseloadRow(episode, "Nothing due yet", false, false);
    }
    TimeLeft left = TimeLeft.until(now, episode.assessmentDueAt(), calendar);
    return new CaseloadRow(episode, "Child and family assessment: " + left.text(), left.overdue(), left.dueToday());
  }
}
