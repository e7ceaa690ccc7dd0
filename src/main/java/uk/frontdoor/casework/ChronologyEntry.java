package uk.frontdoor.casework;

import java.time.Instant;

/**
 * One entry of a child's chronology: what happened and when, where it is recorded, and whether a
 * worker marked it as significant.
 *
 * @param key stable across readings, so that a mark stays with its entry: "event:&lt;id&gt;",
 *     "decision:&lt;contact id&gt;"
 * @param at when it happened; for an entry known only by its day, the start of that day (UK)
 * @param dayOnly only the day is known: the time is not shown
 * @param kind where it comes from, in a few words: "Contact", "MASH decision", "Partner agency"
 * @param who who did or recorded it; empty when no one person did
 * @param link the page of the record it comes from; null when there is none to open
 */
public record ChronologyEntry(
    String key, Instant at, boolean dayOnly, String kind, String what, String who, String link, boolean significant) {

  /** The entry's place on the chronology's page, an id made of its key: "entry-event-…". */
  public String anchor() {
    return anchor(key);
  }

  /** The place on the page of the entry with this key, whatever was posted as one. */
  public static String anchor(String key) {
    return "entry-" + (key == null ? "" : key.replaceAll("[^A-Za-z0-9-]", "-"));
  }

  /** An entry known only by its day, not marked. */
  static ChronologyEntry onDay(String key, java.time.LocalDate on, String kind, String what, String who, String link) {
    return new ChronologyEntry(
        key, on.atStartOfDay(uk.frontdoor.authority.UkTime.ZONE).toInstant(), true, kind, what, who == null ? "" : who, link, false);
  }

  ChronologyEntry marked(boolean significant) {
    return new ChronologyEntry(key, at, dayOnly, kind, what, who, link, significant);
  }
}
