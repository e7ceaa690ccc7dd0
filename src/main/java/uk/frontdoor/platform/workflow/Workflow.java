package uk.frontdoor.platform.workflow;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A workflow declared as data: its states (an enum), its commands (an enum) and one table saying,
 * for each command, the states it may be given in and the state it leads to. Nothing else decides
 * where a record may go; {@link Moves} makes the moves in the database and keeps their history.
 *
 * <pre>{@code
 * Workflow.of("MASH contact", NEW, Command.class)
 *     .move(Command.PICK_UP, Set.of(NEW), IN_TRIAGE)
 *     .move(Command.DECIDE, Set.of(NEW, IN_TRIAGE), AWAITING_AUTHORISATION)
 *     .build();
 * }</pre>
 *
 * @param <S> the states
 * @param <C> the commands
 */
public final class Workflow<S extends Enum<S> & State, C extends Enum<C>> {

  /** One row of the table: a command, the states it may be given in, and the state it leads to. */
  public record Move<S, C>(C command, Set<S> from, S to) {}

  private final String name;
  private final S start;
  private final Class<C> commands;
  private final Map<C, Move<S, C>> moves;

  private Workflow(String name, S start, Class<C> commands, Map<C, Move<S, C>> moves) {
    this.name = name;
    this.start = start;
    this.commands = commands;
    this.moves = Collections.unmodifiableMap(moves);
  }

  /**
   * Starts the table of a workflow.
   *
   * @param name what the workflow moves, as people say it: "MASH contact"
   * @param start the state every record arrives in
   */
  public static <S extends Enum<S> & State, C extends Enum<C>> Builder<S, C> of(String name, S start, Class<C> commands) {
    return new Builder<>(name, start, commands);
  }

  /** What the workflow moves: "MASH contact". */
  public String name() {
    return name;
  }

  /** The state every record arrives in. */
  public S start() {
    return start;
  }

  /** Every state, in the enum's order. */
  public List<S> states() {
    return List.of(start.getDeclaringClass().getEnumConstants());
  }

  /** Every command, in the enum's order. */
  public List<C> commands() {
    return List.of(commands.getEnumConstants());
  }

  /** The table's rows, in the commands' order. */
  public Collection<Move<S, C>> moves() {
    return moves.values();
  }

  /** Whether the command may be given to a record in this state. */
  public boolean allowed(S state, C command) {
    Move<S, C> move = moves.get(command);
    return move != null && move.from().contains(state);
  }

  /** The states a record in this state may move to. */
  public Set<S> next(S state) {
    Set<S> next = EnumSet.noneOf(state.getDeclaringClass());
    moves.values().stream().filter(m -> m.from().contains(state)).forEach(m -> next.add(m.to()));
    return next;
  }

  /**
   * Where the command takes a record in this state.
   *
   * @throws MoveRefusedException if the table has no such move
   */
  public S to(S state, C command) {
    if (!allowed(state, command)) {
      throw MoveRefusedException.notInTable(this, state, command);
    }
    return moves.get(command).to();
  }

  /** A command as the diagrams say it: "pick up" for {@code PICK_UP}. */
  public static String words(Enum<?> command) {
    return command.name().toLowerCase(Locale.UK).replace('_', ' ');
  }

  /** Collects the table's rows; every command must have exactly one. */
  public static final class Builder<S extends Enum<S> & State, C extends Enum<C>> {

    private final String name;
    private final S start;
    private final Class<C> commands;
    private final Map<C, Move<S, C>> moves;

    private Builder(String name, S start, Class<C> commands) {
      this.name = name;
      this.start = start;
      this.commands = commands;
      this.moves = new EnumMap<>(commands);
    }

    /** The command may be given in any of these states, and leads to that one. */
    public Builder<S, C> move(C command, Set<S> from, S to) {
      if (from.isEmpty() || moves.containsKey(command)) {
        throw new IllegalArgumentException(name + ": " + command + " needs one row with at least one state to move from");
      }
      moves.put(command, new Move<>(command, Collections.unmodifiableSet(EnumSet.copyOf(from)), to));
      return this;
    }

    public Workflow<S, C> build() {
      for (C command : commands.getEnumConstants()) {
        if (!moves.containsKey(command)) {
          throw new IllegalArgumentException(name + ": " + command + " has no row in the table");
        }
      }
      return new Workflow<>(name, start, commands, moves);
    }
  }
}
