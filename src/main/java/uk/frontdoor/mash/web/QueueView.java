package uk.frontdoor.mash.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.UriComponentsBuilder;
import uk.frontdoor.mash.QueueFilter;
import uk.frontdoor.mash.QueuePage;

/** How a page of the MASH queue is addressed and described: its links, its caption, its number. */
final class QueueView {

  private QueueView() {}

  /** The queue's address for a filter and page, leaving out what is the default. */
  static String link(QueueFilter filter, int page) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath("/staff/mash");
    if (filter.show() != QueueFilter.Show.ALL) {
      link.queryParam("show", filter.show().word());
    }
    if (filter.urgency() != QueueFilter.Urgency.ANY) {
      link.queryParam("urgency", filter.urgency().word());
    }
    if (page > 1) {
      link.queryParam("page", page);
    }
    return link.toUriString();
  }

  /**
   * "Contacts 51 to 100 of 2,000 waiting for a decision", "1 contact waiting for a decision", and
   * with a filter what it shows: "…: assigned to me, red".
   */
  static String caption(QueuePage page, QueueFilter filter) {
    String counted =
        page.pages() > 1
            ? String.format(Locale.UK, "Contacts %,d to %,d of %,d", page.first(), page.last(), page.matching())
            : page.matching() == 1 ? "1 contact" : page.matching() + " contacts";
    List<String> shown = new ArrayList<>();
    if (filter.show() != QueueFilter.Show.ALL) {
      shown.add(filter.show().label().toLowerCase(Locale.UK));
    }
    if (filter.urgency() != QueueFilter.Urgency.ANY) {
      shown.add(filter.urgency().label().toLowerCase(Locale.UK));
    }
    return counted + " waiting for a decision" + (shown.isEmpty() ? "" : ": " + String.join(", ", shown));
  }

  /** The page asked for; anything but a plain number is page 1. */
  static int pageNumber(String typed) {
    if (typed == null || !typed.matches("[0-9]{1,6}")) {
      return 1;
    }
    return Math.max(1, Integer.parseInt(typed));
  }
}
