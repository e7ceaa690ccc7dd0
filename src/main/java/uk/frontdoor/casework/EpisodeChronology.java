package uk.frontdoor.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The chronology's entries from the episodes themselves: opened, allocated, stepped up or down, closed, reopened. */
@Component
record EpisodeChronology(EpisodeHistories histories) implements ChronologySource {

  @Override
  public List<ChronologyEntry> entries(UUID authorityId, Episode episode, String page) {
    List<ChronologyEntry> entries = new ArrayList<>();
    for (HistoryLine line : histories.history(authorityId, episode.id())) {
      String what = line.what() + (line.why() == null || line.why().isEmpty() ? "" : ": " + line.why());
      entries.add(new ChronologyEntry(
          "episode:" + episode.id() + ":" + line.at().toEpochMilli() + ":" + Integer.toHexString(line.what().hashCode()),
          line.at(), false, "Episode", what, line.who(), page, false));
    }
    return entries;
  }
}
