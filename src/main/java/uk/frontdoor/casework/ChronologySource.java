package uk.frontdoor.casework;

import java.util.List;
import java.util.UUID;

/**
 * A kind of record that contributes entries to a child's chronology: each part of casework that
 * records something about a child offers one, and {@link Chronology} reads them all, in the
 * caller's transaction, bound to the council.
 */
public interface ChronologySource {

  /** The entries for the child's episodes (all of them, open and closed, oldest first); marks are added by the chronology. */
  List<ChronologyEntry> entries(UUID authorityId, List<Episode> episodes);
}
