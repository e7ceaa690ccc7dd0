package uk.frontdoor.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.casework.EmergencyProtection.Kind;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.WhenText;
import uk.frontdoor.platform.workflow.MoveRefusedException;
import uk.frontdoor.platform.workflow.Moves;
import uk.frontdoor.platform.workflow.State;
import uk.frontdoor.platform.workflow.StatusTable;

/**
 * Emergency protection orders and police protection on a child's open episode at child in need,
 * recorded by a social worker or team manager within the Children Act 1989's limits: an order ends
 * no more than 8 days after it is made and is extended once, by no more than 7; police protection
 * ends no more than 72 hours after the police took the child, and is refused once those hours have
 * passed unless its end is given. Each kind moves by its own table; each step is audited on the
 * episode and appears in the chronology. {@link #childrenProtected} tells the returns which
 * children were protected in a period (Ofsted Annex A list 7).
 */
@Service
public record EmergencyProtections(JdbcClient jdbc, Tenancy tenancy, Episodes episodes, Moves moves, Clock clock,
    Transactions transactions) {

  private static final String TABLE = "casework_emergency_protection";
  private static final String HISTORY = "casework_emergency_protection_status_change";

  /** Emergency protection orders and their status history. */
  public static final StatusTable<EmergencyProtectionOrderStatus, EmergencyProtectionOrderStatus.Command> ORDERS =
      new StatusTable<>(EmergencyProtectionOrderStatus.WORKFLOW, TABLE, HISTORY, "emergency_protection_id");

  /** Police protection and its status history, in the same tables. */
  public static final StatusTable<PoliceProtectionStatus, PoliceProtectionStatus.Command> POLICE =
      new StatusTable<>(PoliceProtectionStatus.WORKFLOW, TABLE, HISTORY, "emergency_protection_id");

  private static final String COLUMNS = "id, episode_id, kind, status, started_at, court, ends_on, extended_on, extended_to, police_force,"
      + " police_reference, ended_at, end_reason, recorded_by_name";

  /** What became of a step asked for. */
  public enum Result {
    DONE,
    NOT_FOUND,
    CLOSED,
    /** Only a social worker or team manager records emergency protection. */
    NOT_ELIGIBLE,
    /** Emergency protection is recorded on a child at child in need (section 47 enquiries follow it). */
    WRONG_LEVEL,
    /** The step does not follow from where the record is, or someone else moved it first. */
    WRONG_STAGE,
    /** An order is extended once only (s.45(6)). */
    EXTENDED_ALREADY,
    /** Another of the same kind was in force then. */
    OVERLAPS,
    /** An end (or a new end) before the start (or the old end). */
    TOO_EARLY,
    /** Beyond the Act's limit: an order's 8 days or its extension's 7, police protection's 72 hours; or an order ended after it ran out. */
    TOO_LONG,
    /** Police protection recorded without its end once its 72 hours have passed. */
    LIMIT_PASSED
  }

  /** The episode's emergency protection, the earliest first. */
  public List<EmergencyProtection> of(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return jdbc.sql("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE authority_id = ? AND episode_id = ? ORDER BY started_at, created_at")
          .params(authorityId, episodeId)
          .query(EmergencyProtections::record)
          .list();
    });
  }

  /** One of the episode's; empty if the episode has no such record. */
  public Optional<EmergencyProtection> find(UUID authorityId, UUID episodeId, UUID id) {
    return transactions.read(() -> of(authorityId, episodeId).stream().filter(p -> p.id().equals(id)).findFirst());
  }

  /** An emergency protection order the court made at the instant, ending on the day. */
  public Result recordOrder(StaffUser by, UUID episodeId, Instant madeAt, String court, LocalDate endsOn) {
    return transactions.write(() -> {
      Step step = step(by, episodeId, null);
      if (step.refused() != null) {
        return step.refused();
      }
      LocalDate made = LocalDate.ofInstant(madeAt, uk.frontdoor.authority.UkTime.ZONE);
      if (endsOn.isBefore(made)) {
        return Result.TOO_EARLY;
      }
      if (endsOn.isAfter(made.plusDays(EmergencyProtection.ORDER_DAYS))) {
        return Result.TOO_LONG;
      }
      if (overlaps(by.authorityId(), episodeId, Kind.EMERGENCY_PROTECTION_ORDER, madeAt)) {
        return Result.OVERLAPS;
      }
      start(by, step.episode(), Kind.EMERGENCY_PROTECTION_ORDER, madeAt, court, endsOn, null, null);
      episodes.record(by, "EMERGENCY_PROTECTION_ORDER", step.episode(),
          "Emergency protection order made on " + at(madeAt) + " by " + court + ", ending on " + day(endsOn));
      return Result.DONE;
    });
  }

  /**
   * Police protection from the instant the police took the child, with the force and the
   * officer's or incident reference; {@code endedAt} when it ended, null while it goes on (refused
   * once its 72 hours have passed).
   */
  public Result recordPoliceProtection(
      StaffUser by, UUID episodeId, Instant takenAt, String force, String reference, Instant endedAt, String endReason) {
    return transactions.write(() -> {
      Step step = step(by, episodeId, null);
      if (step.refused() != null) {
        return step.refused();
      }
      Instant limit = takenAt.plus(EmergencyProtection.POLICE_LIMIT);
      if (endedAt == null && !clock.instant().isBefore(limit)) {
        return Result.LIMIT_PASSED;
      }
      if (endedAt != null && endedAt.isBefore(takenAt)) {
        return Result.TOO_EARLY;
      }
      if (endedAt != null && endedAt.isAfter(limit)) {
        return Result.TOO_LONG;
      }
      if (overlaps(by.authorityId(), episodeId, Kind.POLICE_PROTECTION, takenAt)) {
        return Result.OVERLAPS;
      }
      UUID id = start(by, step.episode(), Kind.POLICE_PROTECTION, takenAt, null, null, force, reference);
      episodes.record(by, "POLICE_PROTECTION", step.episode(), "Police protection from " + at(takenAt) + " (" + force + ", " + reference + ")");
      if (endedAt != null) {
        moves.move(POLICE, by.authorityId(), id, PoliceProtectionStatus.TAKEN, PoliceProtectionStatus.Command.END, Episodes.actor(by),
            "Ended at " + at(endedAt));
        ended(by, step.episode(), id, endedAt, endReason, "Police protection ended at ");
      }
      return Result.DONE;
    });
  }

  /** The court's one extension of an order, made on the day, to a new end date no more than 7 days after the old one. */
  public Result extend(StaffUser by, UUID episodeId, UUID id, LocalDate extendedOn, LocalDate extendedTo) {
    return transactions.write(() -> {
      Step step = step(by, episodeId, id);
      if (step.refused() != null || !step.record().order()) {
        return step.refused() != null ? step.refused() : Result.NOT_FOUND;
      }
      EmergencyProtection order = step.record();
      if (order.status() == EmergencyProtectionOrderStatus.EXTENDED) {
        return Result.EXTENDED_ALREADY;
      }
      if (!extendedTo.isAfter(order.endsOn())) {
        return Result.TOO_EARLY;
      }
      if (extendedTo.isAfter(order.endsOn().plusDays(EmergencyProtection.EXTENSION_DAYS))) {
        return Result.TOO_LONG;
      }
      Result moved = move(by, ORDERS, order, EmergencyProtectionOrderStatus.Command.EXTEND, "Extended to " + day(extendedTo));
      if (moved != Result.DONE) {
        return moved;
      }
      jdbc.sql("UPDATE " + TABLE + " SET extended_on = ?, extended_to = ? WHERE authority_id = ? AND id = ?")
          .params(extendedOn, extendedTo, by.authorityId(), id)
          .update();
      episodes.record(by, "EMERGENCY_PROTECTION_EXTENDED", step.episode(),
          "Emergency protection order extended on " + day(extendedOn) + " to " + day(extendedTo));
      return Result.DONE;
    });
  }

  /** When an order was discharged before its end, or police protection ended, and why. */
  public Result end(StaffUser by, UUID episodeId, UUID id, Instant endedAt, String reason) {
    return transactions.write(() -> {
      Step step = step(by, episodeId, id);
      if (step.refused() != null) {
        return step.refused();
      }
      EmergencyProtection p = step.record();
      if (endedAt.isBefore(p.startedAt())) {
        return Result.TOO_EARLY;
      }
      if (p.order() ? !endedAt.isBefore(p.limit()) : endedAt.isAfter(p.limit())) {
        return Result.TOO_LONG;
      }
      Result moved = p.order()
          ? move(by, ORDERS, p, EmergencyProtectionOrderStatus.Command.DISCHARGE, "Discharged at " + at(endedAt))
          : move(by, POLICE, p, PoliceProtectionStatus.Command.END, "Ended at " + at(endedAt));
      if (moved == Result.DONE) {
        ended(by, step.episode(), id, endedAt, reason, p.order() ? "Emergency protection order discharged at " : "Police protection ended at ");
      }
      return moved;
    });
  }

  /**
   * The children (their casework keys) under an emergency protection order or police protection on
   * any day from {@code from} to {@code to}, both included: for Ofsted's Annex A list 7.
   */
  public Set<String> childrenProtected(UUID authorityId, LocalDate from, LocalDate to) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      Set<String> children = new LinkedHashSet<>();
      // Nothing lasts longer than an order with its extension, so nothing that started earlier than that can reach the period.
      Instant earliest = from.minusDays(EmergencyProtection.ORDER_DAYS + EmergencyProtection.EXTENSION_DAYS + 1L)
          .atStartOfDay(uk.frontdoor.authority.UkTime.ZONE).toInstant();
      Instant latest = to.plusDays(1).atStartOfDay(uk.frontdoor.authority.UkTime.ZONE).toInstant();
      jdbc.sql("SELECT e.child_key, " + prefixed() + " FROM " + TABLE + " p JOIN casework_episode e ON e.authority_id = p.authority_id"
              + " AND e.id = p.episode_id WHERE p.authority_id = ? AND p.started_at >= ? AND p.started_at < ?")
          .params(authorityId, Timestamp.from(earliest), Timestamp.from(latest))
          .query(rs -> {
            if (record(rs, 0).overlaps(from, to)) {
              children.add(rs.getString("child_key"));
            }
          });
      return children;
    });
  }

  /** Stores a new record in its kind's first state with its arrival in the history, in one statement (ADR 0013); the id. */
  UUID start(StaffUser by, Episode episode, Kind kind, Instant startedAt, String court, LocalDate endsOn, String force, String reference) {
    State first = kind == Kind.EMERGENCY_PROTECTION_ORDER ? ORDERS.workflow().start() : POLICE.workflow().start();
    return jdbc.sql(
            """
            WITH p AS (
              INSERT INTO casework_emergency_protection (authority_id, id, episode_id, kind, status, started_at, court, ends_on,
                  police_force, police_reference, recorded_by_id, recorded_by_name, created_at)
              VALUES (:authority, gen_random_uuid(), :episode, :kind, :start, :startedAt, :court, :endsOn, :force, :reference, :by,
                  :byName, :at)
              RETURNING authority_id, id, created_at)
            INSERT INTO casework_emergency_protection_status_change (authority_id, emergency_protection_id, seq, at, from_status,
                to_status, actor_id, actor_name, reason)
            SELECT authority_id, id, 1, created_at, NULL, :start, :by, :byName, 'Recorded' FROM p
            RETURNING emergency_protection_id
            """)
        .param("authority", by.authorityId())
        .param("episode", episode.id())
        .param("kind", kind.name())
        .param("start", first.name())
        .param("startedAt", Timestamp.from(startedAt))
        .param("court", court)
        .param("endsOn", endsOn)
        .param("force", force)
        .param("reference", reference)
        .param("by", by.id())
        .param("byName", by.displayName())
        .param("at", Timestamp.from(clock.instant()))
        .query(UUID.class)
        .single();
  }

  /** The episode and the record (if {@code id} is given) a step is about, or why the step is refused. */
  private record Step(Episode episode, EmergencyProtection record, Result refused) {}

  private Step step(StaffUser by, UUID episodeId, UUID id) {
    Optional<Episode> episode = episodes.find(by.authorityId(), episodeId);
    Result refused = refusal(by, episode);
    Optional<EmergencyProtection> found = refused != null || id == null ? Optional.empty() : find(by.authorityId(), episodeId, id);
    if (refused == null && id != null && found.isEmpty()) {
      refused = Result.NOT_FOUND;
    }
    return refused != null ? new Step(null, null, refused) : new Step(episode.get(), found.orElse(null), null);
  }

  /** Why nothing may be recorded on the episode by this person; null if something may. */
  private static Result refusal(StaffUser by, Optional<Episode> episode) {
    if (!ProtectionTeams.mayChange(by)) {
      return Result.NOT_ELIGIBLE;
    }
    if (episode.isEmpty()) {
      return Result.NOT_FOUND;
    }
    if (!episode.get().open()) {
      return Result.CLOSED;
    }
    return episode.get().level() == EpisodeLevel.CHILD_IN_NEED ? null : Result.WRONG_LEVEL;
  }

  /** Whether another record of the kind on the episode was in force at the instant. */
  private boolean overlaps(UUID authorityId, UUID episodeId, Kind kind, Instant at) {
    return of(authorityId, episodeId).stream()
        .anyMatch(p -> p.kind() == kind && !at.isBefore(p.startedAt()) && at.isBefore(p.over()));
  }

  @SuppressWarnings("unchecked")
  private <S extends Enum<S> & State, C extends Enum<C>> Result move(StaffUser by, StatusTable<S, C> records, EmergencyProtection p, C command, String why) {
    S from = (S) p.status();
    if (!records.workflow().allowed(from, command)) {
      return Result.WRONG_STAGE;
    }
    try {
      moves.move(records, by.authorityId(), p.id(), from, command, Episodes.actor(by), why);
      return Result.DONE;
    } catch (MoveRefusedException movedMeanwhile) {
      return Result.WRONG_STAGE;
    }
  }

  private void ended(StaffUser by, Episode episode, UUID id, Instant endedAt, String reason, String what) {
    jdbc.sql("UPDATE " + TABLE + " SET ended_at = ?, end_reason = ? WHERE authority_id = ? AND id = ?")
        .params(Timestamp.from(endedAt), reason, by.authorityId(), id)
        .update();
    episodes.record(by, "EMERGENCY_PROTECTION_ENDED", episode, what + at(endedAt) + (reason == null ? "" : ": " + reason));
  }

  /** An instant in words, UK time: "27 November 2026 at 4:15pm". */
  private String at(Instant instant) {
    return new WhenText(clock.instant()).dateAndTime(instant);
  }

  private static String day(LocalDate day) {
    return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
  }

  private static String prefixed() {
    return java.util.Arrays.stream(COLUMNS.split(",")).map(c -> "p." + c.strip()).reduce((a, b) -> a + ", " + b).orElseThrow();
  }

  private static EmergencyProtection record(ResultSet rs, int n) throws SQLException {
    Kind kind = Kind.valueOf(rs.getString("kind"));
    String status = rs.getString("status");
    Timestamp ended = rs.getTimestamp("ended_at");
    return new EmergencyProtection(
        rs.getObject("id", UUID.class),
        rs.getObject("episode_id", UUID.class),
        kind,
        kind == Kind.EMERGENCY_PROTECTION_ORDER ? EmergencyProtectionOrderStatus.valueOf(status) : PoliceProtectionStatus.valueOf(status),
        rs.getTimestamp("started_at").toInstant(),
        rs.getString("court"),
        rs.getObject("ends_on", LocalDate.class),
        rs.getObject("extended_on", LocalDate.class),
        rs.getObject("extended_to", LocalDate.class),
        rs.getString("police_force"),
        rs.getString("police_reference"),
        ended == null ? null : ended.toInstant(),
        rs.getString("end_reason"),
        rs.getString("recorded_by_name"));
  }
}
