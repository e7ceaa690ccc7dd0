package uk.frontdoor.mash;

import java.util.List;

/**
 * One page of a council's MASH queue as filtered, with the figures for the whole queue.
 *
 * @param contacts this page's contacts, in the queue's order
 * @param matching how many contacts the filter matches, on every page
 * @param page this page's number, from 1
 * @param pages how many pages the filter's contacts fill (at least 1)
 * @param first the position of this page's first contact among the matching ones, from 1
 * @param counts the whole queue's figures, whatever the filter
 */
public record QueuePage(
    List<MashContact> contacts, long matching, int page, int pages, long first, Counts counts) {

  /**
   * The whole open queue's figures.
   *
   * @param open contacts waiting for a decision or its authorisation
   * @param overdue of those, the ones past their decision deadline
   * @param mine assigned to the worker asking
   * @param unassigned assigned to nobody
   */
  public record Counts(
      long open, long overdue, long mine, long unassigned, long red, long amber, long unrated, long green) {

    /** How many open contacts a choice of whose they are would show. */
    public long of(QueueFilter.Show show) {
      return switch (show) {
        case ALL -> open;
        case MINE -> mine;
        case UNASSIGNED -> unassigned;
      };
    }

    /** How many open contacts a choice of urgency would show. */
    public long of(QueueFilter.Urgency urgency) {
      return switch (urgency) {
        case ANY -> open;
        case RED -> red;
        case AMBER -> amber;
        case NOT_RATED -> unrated;
        case GREEN -> green;
      };
    }
  }

  /** The position of this page's last contact among the matching ones. */
  public long last() {
    return first + contacts.size() - 1;
  }
}
