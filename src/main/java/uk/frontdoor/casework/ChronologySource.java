package uk.frontdoor.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A kind of record that contributes entries to a child's chronology: each part of casework that
 * records something about a child offers one, and {@link Chronology} reads them all, in the
 * caller's transaction, bound to the council.
 */
public interface ChronologySource {

  /** The entries for the child's episodes (all of them, open and closed, oldest first); marks are added by the chronology. */
  default List<ChronologyEntry> entries(UUID authorityId, List<Episode> episodes) {
    List<ChronologyEntry> entries = new ArrayList<>();
    for (Episode episode : episodes) {
      entries.addAll(entries(authorityId, episode, "/staff/casework/episodes/" + episode.id()));
    }
    return entries;
  }

  /** One episode's entries, each linking to its record: {@code page} is the episode's page, to which a link adds its part. */
  List<ChronologyEntry> entries(UUID authorityId, Episode episode, String page);
}
