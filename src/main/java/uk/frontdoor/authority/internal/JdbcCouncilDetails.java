package uk.frontdoor.authority.internal;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.frontdoor.authority.CouncilDetails;
import uk.frontdoor.authority.OfficeHours;
import uk.frontdoor.authority.SpecialDays;
import uk.frontdoor.authority.ThresholdGuide;
import uk.frontdoor.authority.ThresholdLevel;

/** Versions of councils' details in {@code authority_version}, special days in {@code authority_special_day}. */
@Service
class JdbcCouncilDetails implements CouncilDetails {

  private final JdbcClient jdbc;
  private final JdbcAuthorities authorities;
  private final java.time.Clock clock;

  JdbcCouncilDetails(JdbcClient jdbc, JdbcAuthorities authorities, java.time.Clock clock) {
    this.jdbc = jdbc;
    this.authorities = authorities;
    this.clock = clock;
  }

  @Override
  @Transactional
  public long change(UUID authorityId, Change change, Instant effectiveFrom, String reason, Editor by) {
    ObjectNode document = authorities.document(authorityId).orElseThrow(() -> new IllegalArgumentException("No such council"));
    ObjectNode changes = changes(document, change);
    ObjectNode after = document.deepCopy();
    changes.properties().forEach(part -> after.set(part.getKey(), part.getValue()));
    JdbcAuthorities.map(authorityId, "changed", "Changed", after, SpecialDays.NONE);
    bind(authorityId);
    long id = jdbc.sql(
            """
            INSERT INTO authority_version (authority_id, what, changes, effective_from, reason, by_id, by_name, at)
            VALUES (?, ?, ?::jsonb, ?, ?, ?, ?, ?) RETURNING id
            """)
        .params(authorityId, change.what(), changes.toString(), Timestamp.from(effectiveFrom.truncatedTo(ChronoUnit.MICROS)),
            reason, by.id(), by.name(), Timestamp.from(clock.instant()))
        .query(Long.class)
        .single();
    afterCommit();
    return id;
  }

  /** The parts of the document a change replaces, each whole. */
  private static ObjectNode changes(ObjectNode document, Change change) {
    ObjectNode changes = JdbcAuthorities.JSON.createObjectNode();
    if (change instanceof OfficeHoursChange c) {
        changes.set("officeHours", officeHours(c.hours()));
        changes.put("outOfHoursDescription", c.outOfHoursDescription());
    } else if (change instanceof TeamChange c) {
        changes.set("teams", teams(document, c.team().code(), JdbcAuthorities.JSON.valueToTree(c.team())));
    } else if (change instanceof NewTeam c) {
        if (hasTeam(document, c.team().code())) {
          throw new IllegalArgumentException("The council has a team " + c.team().code() + " already");
        }
        ArrayNode teams = document.path("teams").isArray()
            ? ((ArrayNode) document.path("teams")).deepCopy() : JdbcAuthorities.JSON.createArrayNode();
        teams.add(JdbcAuthorities.JSON.valueToTree(c.team()));
        changes.set("teams", teams);
    } else if (change instanceof TeamRemoval c) {
        changes.set("teams", teams(document, c.code(), null));
    } else if (change instanceof ThresholdLevelChange c) {
        ObjectNode guide = guide(document);
        ArrayNode levels = JdbcAuthorities.JSON.createArrayNode();
        boolean found = false;
        // A council that had no levels of its own had the standard four: it keeps the other three.
        JsonNode before = guide.path("levels").isEmpty()
            ? JdbcAuthorities.JSON.valueToTree(ThresholdGuide.STANDARD_LEVELS) : guide.path("levels");
        for (JsonNode level : before) {
          boolean same = level.path("level").asInt() == c.level().level();
          levels.add(same ? JdbcAuthorities.JSON.valueToTree(ownIndicators(c.level())) : level);
          found |= same;
        }
        if (!found) {
          levels.add(JdbcAuthorities.JSON.valueToTree(ownIndicators(c.level())));
        }
        guide.set("levels", levels);
        changes.set("thresholdGuide", guide);
    } else if (change instanceof GuidanceChange c) {
        ObjectNode guide = guide(document);
        guide.put("documentName", c.documentName());
        guide.put("introduction", c.introduction());
        changes.set("thresholdGuide", guide);
        changes.set("professionalAdvice", JdbcAuthorities.JSON.valueToTree(c.advice()));
    }
    return changes;
  }

  /** The council's teams with the first of the code replaced (removed, if {@code by} is null). */
  private static ArrayNode teams(ObjectNode document, String code, JsonNode by) {
    if (!hasTeam(document, code)) {
      throw new IllegalArgumentException("The council has no team " + code);
    }
    ArrayNode teams = JdbcAuthorities.JSON.createArrayNode();
    boolean found = false;
    for (JsonNode team : document.path("teams")) {
      boolean same = !found && team.path("code").asString("").equals(code);
      if (!same) {
        teams.add(team);
      } else if (by != null) {
        teams.add(by);
      }
      found |= same;
    }
    return teams;
  }

  private static boolean hasTeam(ObjectNode document, String code) {
    for (JsonNode team : document.path("teams")) {
      if (team.path("code").asString("").equals(code)) {
        return true;
      }
    }
    return false;
  }

  private static ObjectNode guide(ObjectNode document) {
    JsonNode guide = document.path("thresholdGuide");
    return guide.isObject() ? ((ObjectNode) guide).deepCopy() : JdbcAuthorities.JSON.createObjectNode();
  }

  /** The level with no indicators of its own where it gives exactly the standard set, so it goes on following it. */
  private static ThresholdLevel ownIndicators(ThresholdLevel level) {
    return level.indicators().equals(StandardIndicators.of(level.level()))
        ? new ThresholdLevel(level.level(), level.name(), level.summary(), List.of(), level.route(), level.teamCode())
        : level;
  }

  /** Office hours as the document writes them: {@code "MONDAY": "08:30-17:00"} or "unstated". */
  private static ObjectNode officeHours(OfficeHours hours) {
    ObjectNode node = JdbcAuthorities.JSON.createObjectNode();
    node.put("alwaysOpen", hours.alwaysOpen());
    node.put("closedOnBankHolidays", hours.closedOnBankHolidays());
    ObjectNode days = node.putObject("days");
    hours.days().forEach((day, open) -> days.put(day.name(), open instanceof OfficeHours.Open o
        ? o.opens() + "-" + (o.closesAtMidnight() ? "24:00" : o.closes().toString())
        : "unstated"));
    return node;
  }

  private record Row(
      long id, String what, Set<String> parts, Instant effectiveFrom, String reason, String byName, Instant at,
      Instant withdrawnAt, String withdrawnByName) {}

  @Override
  @Transactional(readOnly = true)
  public List<Version> history(UUID authorityId, Instant now) {
    List<Row> rows = jdbc.sql(
            """
            SELECT id, what, ARRAY(SELECT jsonb_object_keys(changes)) AS parts, effective_from, reason, by_name, at,
                   withdrawn_at, withdrawn_by_name
              FROM authority_version WHERE authority_id = ? ORDER BY effective_from DESC, id DESC
            """)
        .param(authorityId)
        .query((rs, n) -> new Row(
            rs.getLong("id"), rs.getString("what"), Set.of((String[]) rs.getArray("parts").getArray()),
            rs.getTimestamp("effective_from").toInstant(), rs.getString("reason"), rs.getString("by_name"),
            rs.getTimestamp("at").toInstant(),
            rs.getTimestamp("withdrawn_at") == null ? null : rs.getTimestamp("withdrawn_at").toInstant(),
            rs.getString("withdrawn_by_name")))
        .list();
    // Latest first: a version in effect is current for each part no later version in effect has taken.
    Set<String> taken = new HashSet<>();
    List<Version> versions = new ArrayList<>();
    for (Row row : rows) {
      Standing standing;
      if (row.withdrawnAt() != null) {
        standing = Standing.WITHDRAWN;
      } else if (row.effectiveFrom().isAfter(now)) {
        standing = Standing.SCHEDULED;
      } else {
        standing = taken.containsAll(row.parts()) ? Standing.PAST : Standing.CURRENT;
        taken.addAll(row.parts());
      }
      versions.add(new Version(row.id(), row.what(), row.effectiveFrom(), row.reason(), row.byName(), row.at(),
          row.withdrawnAt(), row.withdrawnByName(), standing, row.parts()));
    }
    return versions;
  }

  @Override
  @Transactional
  public boolean withdraw(UUID authorityId, long versionId, Editor by, Instant now) {
    bind(authorityId);
    int withdrawn = jdbc.sql(
            """
            UPDATE authority_version SET withdrawn_at = ?, withdrawn_by_id = ?, withdrawn_by_name = ?
             WHERE authority_id = ? AND id = ? AND withdrawn_at IS NULL AND effective_from > ?
            """)
        .params(Timestamp.from(now), by.id(), by.name(), authorityId, versionId, Timestamp.from(now))
        .update();
    afterCommit();
    return withdrawn == 1;
  }

  @Override
  @Transactional
  public boolean addSpecialDay(UUID authorityId, SpecialDays.Day day, Editor by) {
    bind(authorityId);
    LocalTime closes = day.closesAt();
    int added = jdbc.sql(
            """
            INSERT INTO authority_special_day (authority_id, day, closes_at, description, by_id, by_name, at)
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
            """)
        .params(authorityId, Date.valueOf(day.date()), closes == null ? null : Time.valueOf(closes), day.description(),
            by.id(), by.name(), Timestamp.from(clock.instant()))
        .update();
    afterCommit();
    return added == 1;
  }

  @Override
  @Transactional
  public boolean removeSpecialDay(UUID authorityId, LocalDate date) {
    bind(authorityId);
    int removed = jdbc.sql("DELETE FROM authority_special_day WHERE authority_id = ? AND day = ?")
        .params(authorityId, Date.valueOf(date))
        .update();
    afterCommit();
    return removed == 1;
  }

  /**
   * Binds the transaction to the council for row-level security, as platform's Tenancy does (this
   * module comes before platform, so cannot use it).
   */
  private void bind(UUID authorityId) {
    jdbc.sql("SELECT set_config('app.authority_id', ?, true)").param(authorityId.toString()).query(String.class).single();
  }

  /** What this node keeps is read again once the change is committed (or rolled back). */
  private void afterCommit() {
    authorities.writing();
  }
}
