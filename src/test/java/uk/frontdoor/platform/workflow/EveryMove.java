package uk.frontdoor.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.platform.Tenancy;

/**
 * Tries every command of a workflow in every state, against the real database, each on a record of
 * its own stored as the application stores it. An allowed move lands in the state the table
 * declares with one history row (when, from, to, command, who and why), and the same move tried
 * again from the state it left is refused because the record has moved on; a move the table does
 * not have is refused and changes nothing. Each record reaches the state to be tried through the
 * workflow's own moves, by the shortest way; a state no move reaches yet is set directly.
 */
public final class EveryMove {

  /** A record stored in its workflow's start state, as the application stores one. */
  @FunctionalInterface
  public interface NewRecord {
    UUID store() throws Exception;
  }

  private static final Actor TESTER = new Actor(UUID.randomUUID(), "Every Move Test");

  private final Moves moves;
  private final TransactionTemplate transactions;
  private final Tenancy tenancy;
  private final JdbcClient jdbc;
  private final Clock clock;

  EveryMove(Moves moves, TransactionTemplate transactions, Tenancy tenancy, JdbcClient jdbc, Clock clock) {
    this.moves = moves;
    this.transactions = transactions;
    this.tenancy = tenancy;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Checks the arrival of a new record, then every command in every state.
   *
   * @return what each command did in each state: "NEW PICK_UP to IN_TRIAGE", "AUTHORISED DECIDE
   *     refused", in the order of the states and then the commands
   */
  public <S extends Enum<S> & State, C extends Enum<C>> List<String> check(
      StatusTable<S, C> records, UUID authorityId, NewRecord newRecord) throws Exception {
    Workflow<S, C> workflow = records.workflow();
    arrived(records, authorityId, newRecord.store());
    List<String> outcomes = new ArrayList<>();
    for (S state : workflow.states()) {
      for (C command : workflow.commands()) {
        UUID id = newRecord.store();
        arrived(records, authorityId, id);
        bringTo(records, authorityId, id, state);
        List<StatusChange<S>> before = inCouncil(authorityId, () -> moves.history(records, authorityId, id));
        String what = state + " " + command;
        if (workflow.allowed(state, command)) {
          S to = inCouncil(authorityId, () -> moves.move(records, authorityId, id, state, command, TESTER, "Tried: " + what));
          assertThat(stateOf(records, authorityId, id)).as(what).isEqualTo(to);
          List<StatusChange<S>> after = inCouncil(authorityId, () -> moves.history(records, authorityId, id));
          assertThat(after).as(what + ": one more history row").hasSize(before.size() + 1);
          assertThat(after.get(after.size() - 1))
              .as(what + ": the history row")
              .isEqualTo(
                  new StatusChange<>(clock.instant(), state, to, command.name(), TESTER.id(), TESTER.name(), "Tried: " + what));
          if (to != state) {
            refused(records, authorityId, id, state, command, to, after.size(), true);
          }
          outcomes.add(what + " to " + to);
        } else {
          refused(records, authorityId, id, state, command, state, before.size(), false);
          outcomes.add(what + " refused");
        }
      }
    }
    return outcomes;
  }

  /** The move is refused, the record stays where it is and its history gains nothing. */
  private <S extends Enum<S> & State, C extends Enum<C>> void refused(
      StatusTable<S, C> records, UUID authorityId, UUID id, S from, C command, S stays, int historySize, boolean movedOn) {
    String what = from + " " + command + (movedOn ? " again, once moved on," : "");
    doInCouncil(
        authorityId,
        () ->
            assertThatThrownBy(() -> moves.move(records, authorityId, id, from, command, TESTER, "Must be refused"))
                .as(what)
                .isInstanceOfSatisfying(
                    MoveRefusedException.class, e -> assertThat(e.changedMeanwhile()).as(what).isEqualTo(movedOn)));
    assertThat(stateOf(records, authorityId, id)).as(what + " changes nothing").isEqualTo(stays);
    assertThat(inCouncil(authorityId, () -> moves.history(records, authorityId, id)))
        .as(what + " adds no history")
        .hasSize(historySize);
  }

  /** A new record is in the start state, with its arrival as its only history. */
  private <S extends Enum<S> & State, C extends Enum<C>> void arrived(StatusTable<S, C> records, UUID authorityId, UUID id) {
    assertThat(stateOf(records, authorityId, id)).isEqualTo(records.workflow().start());
    List<StatusChange<S>> history = inCouncil(authorityId, () -> moves.history(records, authorityId, id));
    assertThat(history).as("a new record's history").hasSize(1);
    assertThat(history.get(0).from()).isNull();
    assertThat(history.get(0).to()).isEqualTo(records.workflow().start());
    assertThat(history.get(0).command()).isNull();
  }

  private <S extends Enum<S> & State, C extends Enum<C>> void bringTo(
      StatusTable<S, C> records, UUID authorityId, UUID id, S state) {
    Optional<List<Workflow.Move<S, C>>> way = shortestWay(records.workflow(), state);
    if (way.isEmpty()) {
      doInCouncil(
          authorityId,
          () ->
              jdbc.sql("UPDATE " + records.table() + " SET status = ? WHERE authority_id = ? AND id = ?")
                  .params(state.name(), authorityId, id)
                  .update());
      return;
    }
    S at = records.workflow().start();
    for (Workflow.Move<S, C> move : way.get()) {
      S from = at;
      at = inCouncil(authorityId, () -> moves.move(records, authorityId, id, from, move.command(), TESTER, "On the way to " + state));
    }
    assertThat(at).isEqualTo(state);
  }

  /** The moves from the start to the state, fewest first; empty if no moves reach it. */
  static <S extends Enum<S> & State, C extends Enum<C>> Optional<List<Workflow.Move<S, C>>> shortestWay(
      Workflow<S, C> workflow, S state) {
    Map<S, List<Workflow.Move<S, C>>> ways = new EnumMap<>(workflow.start().getDeclaringClass());
    ways.put(workflow.start(), List.of());
    Deque<S> toVisit = new ArrayDeque<>(List.of(workflow.start()));
    while (!toVisit.isEmpty()) {
      S at = toVisit.removeFirst();
      for (Workflow.Move<S, C> move : workflow.moves()) {
        if (move.from().contains(at) && !ways.containsKey(move.to())) {
          List<Workflow.Move<S, C>> way = new ArrayList<>(ways.get(at));
          way.add(move);
          ways.put(move.to(), way);
          toVisit.addLast(move.to());
        }
      }
    }
    return Optional.ofNullable(ways.get(state));
  }

  private <S extends Enum<S> & State, C extends Enum<C>> S stateOf(StatusTable<S, C> records, UUID authorityId, UUID id) {
    return inCouncil(authorityId, () -> moves.state(records, authorityId, id).orElseThrow());
  }

  private <T> T inCouncil(UUID authorityId, Supplier<T> work) {
    return transactions.execute(
        status -> {
          tenancy.bind(authorityId);
          return work.get();
        });
  }

  private void doInCouncil(UUID authorityId, Runnable work) {
    inCouncil(
        authorityId,
        () -> {
          work.run();
          return null;
        });
  }
}
