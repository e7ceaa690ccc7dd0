package uk.frontdoor.mash;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which of the queue's contacts a worker wants to see: whose they are and how urgent. Each choice
 * has the word it goes by in a link ({@code ?show=mine&urgency=red}); a word not known means the
 * whole queue, never an error.
 */
public record QueueFilter(Show show, Urgency urgency) {

  public static final QueueFilter EVERYTHING = new QueueFilter(Show.ALL, Urgency.ANY);

  /** A choice in the filter: the word for it in a link, what a worker reads, and its SQL. */
  public record Words(String word, String label, String sql) {}

  /** A choice in the filter, by its words. */
  public interface Choice {
    Words words();

    default String word() {
      return words().word();
    }

    default String label() {
      return words().label();
    }
  }

  /** Whose contacts. */
  public enum Show implements Choice {
    ALL(new Words("all", "All contacts", "true")),
    MINE(new Words("mine", "Assigned to me", "assigned_to = :me")),
    UNASSIGNED(new Words("unassigned", "Not assigned", "assigned_to IS NULL"));

    private final Words words;

    Show(Words words) {
      this.words = words;
    }

    @Override
    public Words words() {
      return words;
    }
  }

  /** How urgent, as rated. */
  public enum Urgency implements Choice {
    ANY(new Words("any", "Any urgency", "true")),
    RED(rated(Rag.RED)),
    AMBER(rated(Rag.AMBER)),
    NOT_RATED(new Words("not-rated", Rag.NOT_RATED, "rag IS NULL")),
    GREEN(rated(Rag.GREEN));

    private final Words words;

    Urgency(Words words) {
      this.words = words;
    }

    @Override
    public Words words() {
      return words;
    }
  }

  /** The filter a link's words ask for; an unknown or missing word means no filter on that. */
  public static QueueFilter of(String show, String urgency) {
    return new QueueFilter(
        byWord(Show.values(), show).orElse(Show.ALL), byWord(Urgency.values(), urgency).orElse(Urgency.ANY));
  }

  public boolean everything() {
    return show == Show.ALL && urgency == Urgency.ANY;
  }

  /** The SQL condition for this filter; its only parameter is {@code :me}. */
  String sql() {
    return "(" + show.words().sql() + ") AND (" + urgency.words().sql() + ")";
  }

  private static Words rated(Rag rag) {
    return new Words(rag.word(), rag.label(), rag.sql());
  }

  private static <T extends Choice> Optional<T> byWord(T[] values, String typed) {
    return Arrays.stream(values).filter(v -> v.word().equals(typed)).findFirst();
  }
}
