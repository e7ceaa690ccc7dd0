package uk.frontdoor.mash;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.frontdoor.platform.Labelled;

/**
 * How urgent a contact is: red, amber or green, as a MASH worker rates it (or, on arrival, the
 * call handler, or red for a child the referrer says is in danger now). Stored by its name. The
 * queue shows red first, then amber, then contacts not yet rated, then green. Its words, and what
 * each means ({@code text("meaning")}), are in {@code labels.properties}.
 */
public enum Rag implements Labelled {
  RED("red"),
  AMBER("orange"),
  GREEN("green");

  /** The queue's order by urgency; null is a contact not yet rated. */
  private static final List<Rag> QUEUE_ORDER = Arrays.asList(RED, AMBER, null, GREEN);

  /** What the pages show for a contact no one has rated. */
  public static final String NOT_RATED = "Not rated";

  private final String colour;

  Rag(String colour) {
    this.colour = colour;
  }

  /** The word in addresses and links: "red", "amber" or "green". */
  public String word() {
    return label().toLowerCase(java.util.Locale.UK);
  }

  /** The rating as a worker chooses it: "Red – the child may be at risk of significant harm now". */
  public String option() {
    return label() + " – " + text("meaning");
  }

  /** The GOV.UK tag colour the pages show it in. */
  public String tagClass() {
    return "govuk-tag--" + colour;
  }

  /** The SQL condition for contacts of this rating, over the column {@code rag}. */
  String sql() {
    return "rag = '" + name() + "'";
  }

  /** Red, Amber or Green, or "Not rated" for none. */
  public static String words(Rag rag) {
    return rag == null ? NOT_RATED : rag.label();
  }

  /** The rating a word of an address or link names ("red"); empty for a word not known. */
  public static Optional<Rag> byWord(String word) {
    return Labelled.byWord(values(), Rag::word, word);
  }

  /** Each rating's name and what a worker chooses, in order, for radios. */
  public static Map<String, String> options() {
    return Labelled.options(values(), Rag::option);
  }

  /**
   * The queue's order by urgency, as SQL over the column {@code rag}: red, amber, not rated,
   * green. The one place that turns ratings into their order in a query.
   */
  static String orderSql() {
    return Arrays.stream(values())
        .map(r -> " WHEN '" + r.name() + "' THEN " + QUEUE_ORDER.indexOf(r))
        .collect(Collectors.joining("", "CASE rag", " ELSE " + QUEUE_ORDER.indexOf(null) + " END"));
  }
}
