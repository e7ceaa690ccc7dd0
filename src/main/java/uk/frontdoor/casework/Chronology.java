package uk.frontdoor.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * A child's chronology: everything recorded about the child, across all their episodes, in the
 * order it happened, each entry linked to the record it comes from. It builds itself from the
 * {@link ChronologySource}s; workers add what no record holds and mark the entries that matter.
 */
@Service
public record Chronology(JdbcClient jdbc, Tenancy tenancy, List<ChronologySource> sources, Episodes episodes,
    Clock clock, Transactions transactions) {

  public static final int MAX_WHAT = 2000;
  public static final int MAX_SOURCE = 200;

  /** What became of a change asked for. */
  public enum Result {
    DONE,
    /** The episode is closed: nothing is added to the chronology until it is reopened. */
    CLOSED,
    /** No such entry on the child's chronology. */
    NOT_FOUND
  }

  /** The chronology of the episode's child, oldest first. */
  public List<ChronologyEntry> of(UUID authorityId, Episode episode) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      String child = childKey(authorityId, episode.id());
      List<Episode> episodes =
          jdbc.sql("SELECT " + Episodes.COLUMNS + " FROM casework_episode WHERE authority_id = ? AND child_key = ? ORDER BY opened_at")
              .params(authorityId, child)
              .query(Episodes::episode)
              .list();
      List<ChronologyEntry> entries = new ArrayList<>();
      sources.forEach(source -> entries.addAll(source.entries(authorityId, episodes)));
      entries.addAll(events(authorityId, child));
      Map<String, Boolean> marks =
          jdbc.sql("SELECT entry_key, significant FROM casework_chronology_mark WHERE authority_id = ? AND child_key = ?")
              .params(authorityId, child)
              .query((rs, n) -> Map.entry(rs.getString("entry_key"), rs.getBoolean("significant")))
              .list()
              .stream()
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
      return entries.stream()
          .map(entry -> marks.containsKey(entry.key()) ? entry.marked(marks.get(entry.key())) : entry)
          // Entries of one moment (a day, for those known only by their day) and one record keep their
          // source's order, the order they happened in: a plan's start, its reviews, its end.
          .sorted(Comparator.comparing(ChronologyEntry::at).thenComparing(entry -> recordOf(entry.key())))
          .toList();
    });
  }

  /** The record an entry's key names, "plan:&lt;id&gt;" of "plan:&lt;id&gt;:review:1": its kind and id. */
  private static String recordOf(String key) {
    int first = key.indexOf(':');
    int second = first < 0 ? -1 : key.indexOf(':', first + 1);
    return second < 0 ? key : key.substring(0, second);
  }

  /**
   * A worker adds an event to the child's chronology from this episode, which must be open; it is
   * marked significant if they say so.
   */
  public Result add(StaffUser by, Episode episode, LocalDate on, String what, String source, boolean significant) {
    return transactions.write(() -> {
      UUID authorityId = by.authorityId();
      tenancy.bind(authorityId);
      UUID id = UUID.randomUUID();
      int added =
          jdbc.sql(
                  """
                  INSERT INTO casework_chronology_event (authority_id, id, child_key, episode_id, happened_on, what, source,
                      by_id, by_name, at)
                  SELECT authority_id, ?, child_key, id, ?, ?, ?, ?, ?, ? FROM casework_episode
                  WHERE authority_id = ? AND id = ? AND status = 'OPEN'
                  """)
              .params(id, on, what, source == null ? "" : source, by.id(), by.displayName(), Timestamp.from(clock.instant()),
                  authorityId, episode.id())
              .update();
      if (added != 1) {
        return Result.CLOSED;
      }
      if (significant) {
        saveMark(by, childKey(authorityId, episode.id()), "event:" + id, true);
      }
      episodes.record(by, "CHRONOLOGY_EVENT_ADDED", episode, "On " + on + (significant ? " (significant)" : ""));
      return Result.DONE;
    });
  }

  /** A worker marks an entry of the child's chronology as significant, or no longer so, from an open episode. */
  public Result mark(StaffUser by, Episode episode, String key, boolean significant) {
    return transactions.write(() -> {
      UUID authorityId = by.authorityId();
      if (of(authorityId, episode).stream().noneMatch(entry -> entry.key().equals(key))) {
        return Result.NOT_FOUND;
      }
      if (!jdbc.sql("SELECT status = 'OPEN' FROM casework_episode WHERE authority_id = ? AND id = ? FOR SHARE")
          .params(authorityId, episode.id())
          .query(Boolean.class)
          .single()) {
        return Result.CLOSED;
      }
      saveMark(by, childKey(authorityId, episode.id()), key, significant);
      episodes.record(by, significant ? "CHRONOLOGY_MARKED" : "CHRONOLOGY_UNMARKED", episode, key);
      return Result.DONE;
    });
  }

  private void saveMark(StaffUser by, String child, String key, boolean significant) {
    jdbc.sql(
            """
            INSERT INTO casework_chronology_mark (authority_id, child_key, entry_key, significant, by_id, by_name, at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (authority_id, child_key, entry_key)
            DO UPDATE SET significant = EXCLUDED.significant, by_id = EXCLUDED.by_id, by_name = EXCLUDED.by_name, at = EXCLUDED.at
            """)
        .params(by.authorityId(), child, key, significant, by.id(), by.displayName(), Timestamp.from(clock.instant()))
        .update();
  }

  private List<ChronologyEntry> events(UUID authorityId, String child) {
    return jdbc.sql(
            """
            SELECT id, episode_id, happened_on, what, source, by_name FROM casework_chronology_event
            WHERE authority_id = ? AND child_key = ?
            """)
        .params(authorityId, child)
        .query(
            (rs, n) -> {
              String source = rs.getString("source");
              LocalDate on = rs.getObject("happened_on", LocalDate.class);
              return new ChronologyEntry(
                  "event:" + rs.getObject("id", UUID.class),
                  on.atStartOfDay(UkTime.ZONE).toInstant(),
                  true,
                  source.isEmpty() ? "Recorded by a worker" : "Recorded by a worker, from " + source,
                  rs.getString("what"),
                  rs.getString("by_name"),
                  null,
                  false);
            })
        .list();
  }

  private String childKey(UUID authorityId, UUID episodeId) {
    return jdbc.sql("SELECT child_key FROM casework_episode WHERE authority_id = ? AND id = ?")
        .params(authorityId, episodeId)
        .query(String.class)
        .single();
  }
}
