package uk.frontdoor.mash;

/**
 * A MASH manager's figures for today.
 *
 * @param open contacts waiting for a decision or its authorisation
 * @param dueToday open contacts whose decision is due by the end of today, not yet overdue
 * @param overdue open contacts past their decision deadline
 * @param overdueRequests information requests to partner agencies past their deadline, unanswered
 * @param authorisedThisWeek decisions authorised since Monday
 * @param inTimeThisWeek of those, the ones authorised before their deadline
 */
public record ManagerSummary(
    long open, long red, long amber, long green, long unrated, long dueToday, long overdue,
    long overdueRequests, long authorisedThisWeek, long inTimeThisWeek) {

  /** Decisions in time this week, as a whole percentage; null when there were none. */
  public Long inTimePercent() {
    return authorisedThisWeek == 0 ? null : Math.round(100.0 * inTimeThisWeek / authorisedThisWeek);
  }
}
