package uk.frontdoor.returns;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.casework.CensusRecords.CensusEpisode;
import uk.frontdoor.casework.CensusRecords.EpisodeActivity;
import uk.frontdoor.casework.CensusRecords;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;

/**
 * A council's children's social care data in the DfE's API payload (Data to Insight's
 * dfe-csc-api-data-flows; docs/reference/csc-api-extract.md), kept current: the children whose
 * record changed since the council's last extract, and a purge for each child who left it. Each
 * extract first compares every child's record with the hash it had when last seen, so a change is
 * found whatever table it was made in; what was delivered is kept apart, and the council's mark
 * moves only once a delivery has succeeded, so a failed one loses nothing. Every download and
 * every send is audited.
 */
@Service
public record CscExtract(CensusRecords records, Authorities authorities, CscDestinations destinations,
    JdbcClient jdbc, TransactionTemplate transactions, Tenancy tenancy, AuditLog audit, JsonMapper json, Clock clock) {

  public static final String SUBJECT = "CSC_EXTRACT";

  /** What a child's hash is once they have left the extract. */
  static final String PURGED = "purged";

  /** An extract: the council's DfE code, the changes since a time (null for everything), as of a time, and the children's records. */
  public record Extract(String la, String council, Instant since, Instant until, List<String> children) {

    /** The payload as a file holds it: the JSON array of the children's records. */
    public byte[] json() {
      return ("[\n" + String.join(",\n", children) + "\n]\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The file's name: the council's code and the time of the extract. */
    public String fileName() {
      return "csc-extract-" + la + "-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(until.atZone(UkTime.ZONE)) + ".json";
    }
  }

  /** What a scheduled run did for a council. */
  public enum Outcome { SENT, NOTHING_CHANGED, FAILED, BUSY, OFF }

  /**
   * The children whose record changed since the start of a day (every child in the extract if the
   * day is null), for a performance officer to download; audited.
   */
  public Extract download(StaffUser me, LocalDate sinceDay) {
    Instant now = clock.instant();
    Instant since = sinceDay == null ? null : sinceDay.atStartOfDay(UkTime.ZONE).toInstant();
    Extract extract = transactions.execute(s -> {
      Map<String, String> current = observe(me.authorityId(), now);
      List<String> children = new ArrayList<>();
      if (since == null) {
        children.addAll(current.values());
      } else {
        jdbc.sql("SELECT la_child_id, hash FROM returns_csc_extract_child WHERE authority_id = ? AND changed_at >= ? ORDER BY la_child_id")
            .params(me.authorityId(), Timestamp.from(since))
            .query(rs -> {
              children.add(PURGED.equals(rs.getString("hash")) ? write(CscRecords.purged(rs.getString("la_child_id")))
                  : current.get(rs.getString("la_child_id")));
            });
      }
      return extract(me.authorityId(), since, now, children);
    });
    audit.record(me.authorityId(), me.id(), me.displayName(), "CSC_EXTRACT_DOWNLOADED", SUBJECT, period(since, now),
        "Children's social care data extract downloaded: " + extract.children().size() + " children "
            + (since == null ? "(everything in the extract)" : "changed since " + sinceDay));
    return extract;
  }

  /**
   * The council's scheduled extract: what changed since the last one delivered, to the configured
   * destinations. One node at a time per council (the council's row is locked; another node skips
   * it); the mark moves only if every child reached every destination.
   */
  public Outcome send(UUID authorityId) {
    if (!destinations.configured()) {
      return Outcome.OFF;
    }
    Outcome outcome = transactions.execute(s -> {
      tenancy.bind(authorityId);
      jdbc.sql("INSERT INTO returns_csc_extract (authority_id) VALUES (?) ON CONFLICT DO NOTHING").param(authorityId).update();
      List<Timestamp> mark = jdbc.sql("SELECT sent_until FROM returns_csc_extract WHERE authority_id = ? FOR UPDATE SKIP LOCKED")
          .param(authorityId)
          .query((rs, n) -> rs.getTimestamp(1))
          .list();
      if (mark.isEmpty()) {
        return Outcome.BUSY;
      }
      Instant since = mark.get(0) == null ? null : mark.get(0).toInstant();
      Instant now = clock.instant();
      Map<String, String> current = observe(authorityId, now);
      List<String> ids = new ArrayList<>();
      List<String> hashes = new ArrayList<>();
      List<String> children = new ArrayList<>();
      jdbc.sql("SELECT la_child_id, hash FROM returns_csc_extract_child WHERE authority_id = ? AND hash IS DISTINCT FROM sent_hash"
              + " ORDER BY la_child_id")
          .param(authorityId)
          .query(rs -> {
            String id = rs.getString("la_child_id");
            String hash = rs.getString("hash");
            ids.add(id);
            hashes.add(hash);
            children.add(PURGED.equals(hash) ? write(CscRecords.purged(id)) : current.get(id));
          });
      Extract extract = extract(authorityId, since, now, children);
      String period = period(since, now);
      if (children.isEmpty()) {
        jdbc.sql("UPDATE returns_csc_extract SET sent_until = ?, last_attempt_at = ?, last_error = NULL WHERE authority_id = ?")
            .params(Timestamp.from(now), Timestamp.from(now), authorityId)
            .update();
        return Outcome.NOTHING_CHANGED;
      }
      int delivered = children.size();
      String error = null;
      try {
        destinations.deliver(extract.la(), extract.fileName(), children);
      } catch (CscDestinations.DeliveryFailed e) {
        delivered = e.delivered();
        error = e.getMessage();
      }
      // What reached the API before a failure is marked delivered, child by child, with the hash it was sent with.
      jdbc.sql("UPDATE returns_csc_extract_child c SET sent_hash = t.h FROM unnest(?::text[], ?::text[]) AS t(id, h)"
              + " WHERE c.authority_id = ? AND c.la_child_id = t.id")
          .params(ids.subList(0, delivered).toArray(String[]::new), hashes.subList(0, delivered).toArray(String[]::new), authorityId)
          .update();
      if (error == null) {
        jdbc.sql("UPDATE returns_csc_extract SET sent_until = ?, last_attempt_at = ?, last_error = NULL WHERE authority_id = ?")
            .params(Timestamp.from(now), Timestamp.from(now), authorityId)
            .update();
        audit.record(authorityId, AuditLog.SYSTEM, AuditLog.SYSTEM_NAME, "CSC_EXTRACT_SENT", SUBJECT, period,
            "Children's social care data extract sent to " + destinations.describe() + ": " + children.size() + " children changed "
                + (since == null ? "(the first extract)" : "since " + since));
        return Outcome.SENT;
      }
      String short500 = error.length() > 500 ? error.substring(0, 500) : error;
      jdbc.sql("UPDATE returns_csc_extract SET last_attempt_at = ?, last_error = ? WHERE authority_id = ?")
          .params(Timestamp.from(now), short500, authorityId)
          .update();
      audit.record(authorityId, AuditLog.SYSTEM, AuditLog.SYSTEM_NAME, "CSC_EXTRACT_FAILED", SUBJECT, period,
          "Children's social care data extract not sent to " + destinations.describe() + " (" + delivered + " of " + children.size()
              + " children delivered; the rest go with the next run): " + short500);
      return Outcome.FAILED;
    });
    return outcome;
  }

  /**
   * Every child's record as it stands (by LAchildID, in order), after noting in the council's rows
   * each child whose record differs from the last seen (stamped now) and each who has left (purged).
   */
  private Map<String, String> observe(UUID authorityId, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, UkTime.ZONE);
    List<CensusEpisode> episodes = records.year(authorityId, CscRecords.windowStart(today), today);
    Map<UUID, EpisodeActivity> activity = records.activity(authorityId, CscRecords.windowStart(today), today);
    Map<String, List<CensusEpisode>> byChild = new LinkedHashMap<>();
    episodes.forEach(e -> byChild.computeIfAbsent(e.childKey(), k -> new ArrayList<>()).add(e));
    Map<String, String> current = new java.util.TreeMap<>();
    byChild.forEach((key, theirs) -> current.put(CinCensus.laChildId(key), write(CscRecords.child(key, theirs, activity))));
    tenancy.bind(authorityId);
    jdbc.sql("INSERT INTO returns_csc_extract (authority_id) VALUES (?) ON CONFLICT DO NOTHING").param(authorityId).update();
    String[] ids = current.keySet().toArray(String[]::new);
    String[] hashes = current.values().stream().map(CscExtract::hash).toArray(String[]::new);
    Timestamp at = Timestamp.from(now);
    jdbc.sql("""
            INSERT INTO returns_csc_extract_child (authority_id, la_child_id, hash, changed_at)
            SELECT ?, t.id, t.h, ? FROM unnest(?::text[], ?::text[]) AS t(id, h)
            ON CONFLICT (authority_id, la_child_id) DO UPDATE SET hash = EXCLUDED.hash, changed_at = EXCLUDED.changed_at, gone_at = NULL
            WHERE returns_csc_extract_child.hash IS DISTINCT FROM EXCLUDED.hash
            """)
        .params(authorityId, at, ids, hashes)
        .update();
    jdbc.sql("UPDATE returns_csc_extract_child SET hash = ?, changed_at = ?, gone_at = ? WHERE authority_id = ? AND hash <> ?"
            + " AND NOT (la_child_id = ANY(?))")
        .params(PURGED, at, at, authorityId, PURGED, ids)
        .update();
    return current;
  }

  private Extract extract(UUID authorityId, Instant since, Instant until, List<String> children) {
    Authority council = authorities.get(authorityId);
    return new Extract(CinCensus.LA_CODES.getOrDefault(council.slug(), "000"), council.name(), since, until, List.copyOf(children));
  }

  private String write(Map<String, Object> record) {
    return json.writeValueAsString(record);
  }

  private static String period(Instant since, Instant until) {
    return (since == null ? "" : since.toString()) + "/" + until;
  }

  static String hash(String record) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(record.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
