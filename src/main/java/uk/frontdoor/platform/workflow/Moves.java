package uk.frontdoor.platform.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves records along their workflow in the database. A move is allowed only if the workflow's
 * table has it; it lands only if the record is still in the state the caller read (a guarded
 * {@code UPDATE ... WHERE status = ?}, so of two people moving one record at once, one is
 * refused); and it adds a row to the record's history, which is never rewritten. Everything happens
 * in the caller's transaction, which must be bound to the record's council ({@code Tenancy}).
 */
@Component
public record Moves(JdbcClient jdbc, Clock clock) {

  /**
   * Gives the command to the record, which the caller read in state {@code from}.
   *
   * @return the state it is now in
   * @throws MoveRefusedException if the table has no such move, or the record was no longer in
   *     {@code from}; nothing is changed
   */
  public <S extends Enum<S> & State, C extends Enum<C>> S move(
      StatusTable<S, C> records, UUID authorityId, UUID id, S from, C command, Actor by, String reason) {
    S to = records.workflow().to(from, command);
    int changed =
        jdbc.sql("UPDATE " + records.table() + " SET status = ? WHERE authority_id = ? AND id = ? AND status = ?")
            .params(to.name(), authorityId, id, from.name())
            .update();
    if (changed != 1) {
      throw MoveRefusedException.changedMeanwhile(records.workflow(), id, from, command);
    }
    jdbc.sql(
            "INSERT INTO " + records.history() + " (authority_id, " + records.key()
                + ", seq, at, from_status, to_status, command, actor_id, actor_name, reason)"
                + " SELECT ?, ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ?"
                + " FROM " + records.history() + " WHERE authority_id = ? AND " + records.key() + " = ?")
        .params(
            authorityId, id, Timestamp.from(clock.instant()), from.name(), to.name(), command.name(), by.id(),
            by.name(), reason, authorityId, id)
        .update();
    return to;
  }

  /** The record's state; empty if this council has no such record. */
  public <S extends Enum<S> & State, C extends Enum<C>> Optional<S> state(
      StatusTable<S, C> records, UUID authorityId, UUID id) {
    Class<S> states = records.workflow().start().getDeclaringClass();
    return jdbc.sql("SELECT status FROM " + records.table() + " WHERE authority_id = ? AND id = ?")
        .params(authorityId, id)
        .query((rs, n) -> Enum.valueOf(states, rs.getString("status")))
        .optional();
  }

  /** The record's moves, oldest first. */
  public <S extends Enum<S> & State, C extends Enum<C>> List<StatusChange<S>> history(
      StatusTable<S, C> records, UUID authorityId, UUID id) {
    Class<S> states = records.workflow().start().getDeclaringClass();
    return jdbc.sql(
            "SELECT at, from_status, to_status, command, actor_id, actor_name, reason FROM " + records.history()
                + " WHERE authority_id = ? AND " + records.key() + " = ? ORDER BY seq")
        .params(authorityId, id)
        .query(
            (rs, n) ->
                new StatusChange<>(
                    rs.getTimestamp("at").toInstant(),
                    rs.getString("from_status") == null ? null : Enum.valueOf(states, rs.getString("from_status")),
                    Enum.valueOf(states, rs.getString("to_status")),
                    rs.getString("command"),
                    rs.getObject("actor_id", UUID.class),
                    rs.getString("actor_name"),
                    rs.getString("reason")))
        .list();
  }
}
