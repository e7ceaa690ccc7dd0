package uk.frontdoor.identity;

import java.util.List;

/**
 * Work waiting for a member of staff, shown on their home page. Each module that gives staff work
 * provides one; the home page shows, for the person signed in, what each of them says.
 */
public interface StaffWork {

  /** This module's work for the member of staff; none if none of their roles has work here. */
  List<Section> of(StaffUser me);

  /**
   * A part of the home page.
   *
   * @param order where it goes on the page, lowest first
   * @param summary one sentence: how much is waiting, and how much of it is late
   * @param items the work itself, most pressing first
   * @param allHref where the whole list is
   */
  record Section(int order, String heading, String summary, List<Item> items, String allHref, String allText) {}

  /**
   * One piece of work.
   *
   * @param tag a word to notice, such as Overdue or Due today; null for none
   * @param urgent whether the tag is a warning (red) rather than a note (yellow)
   */
  record Item(String text, String href, String detail, String tag, boolean urgent) {}
}
