package uk.frontdoor.casework.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.casework.Due;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.mash.TimeLeft;

/**
 * A child on a caseload, with what is due soonest and the working time left.
 *
 * @param due what is due and when, in words: "Child and family assessment: 12 working days left"
 * @param at when it is due; null if nothing is
 */
record CaseloadRow(Episode episode, String due, boolean overdue, boolean dueToday, Instant at) {

  /** The episode with the soonest of what is due on it (the soonest first in {@code dues}). */
  static CaseloadRow of(Episode episode, List<Due> dues, Instant now, WorkingCalendar calendar) {
    if (dues == null || dues.isEmpty()) {
      return new CaseloadRow(episode, "Nothing due yet", false, false, null);
    }
    Due first = dues.get(0);
    TimeLeft left = TimeLeft.until(now, first.at(), calendar);
    return new CaseloadRow(episode, first.what() + ": " + left.text(), left.overdue(), left.dueToday(), first.at());
  }

  /** The episodes as rows, the soonest due first (so the overdue first), then those with nothing due in their order. */
  static List<CaseloadRow> of(List<Episode> episodes, Map<UUID, List<Due>> dues, Instant now, WorkingCalendar calendar) {
    return episodes.stream()
        .map(e -> of(e, dues.get(e.id()), now, calendar))
        .sorted(Comparator.comparing(CaseloadRow::at, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }
}
