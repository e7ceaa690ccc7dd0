package uk.frontdoor.platform.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import uk.frontdoor.platform.FieldErrors;

/**
 * One page of a {@link Journey}: its questions, the rules that check them together, where it
 * leads, and how its answers read on the check page. Built with the methods below, each saying
 * one thing about the page:
 *
 * <pre>{@code
 * Page.<Asking>named("what-happened")
 *     .asks(Question.textarea("whatHappened", "What has happened?", null, "Enter what has happened"))
 *     .inSection("What you are worried about")
 * }</pre>
 *
 * @param <C> what the journey's rules need to know besides the answers (the council, today)
 */
public final class Page<C> {

  /** A check that needs more than one answer, or the context. */
  @FunctionalInterface
  public interface Rule<C> {
    void check(Answers answers, FieldErrors errors, C context);
  }

  /** Where a page leads after a good answer; null to carry on in order. */
  @FunctionalInterface
  public interface Next<C> {
    String after(Answers answers, C context);
  }

  /** How a page's answers read on the check page. */
  @FunctionalInterface
  public interface Rows<C> {
    List<Row> rows(Answers answers, C context);
  }

  /** One line of the check page: the question, the answer's lines, and the page to change it. */
  public record Row(String question, List<String> answer, String change) {
    public Row(String question, String answer) {
      this(question, List.of(answer), null);
    }

    Row changedAt(String page) {
      return new Row(question, answer, change == null ? page : change);
    }
  }

  final String name;
  final List<Question> questions = new ArrayList<>();
  final List<Rule<C>> rules = new ArrayList<>();
  Next<C> next = (answers, context) -> null;
  BiPredicate<Answers, C> asked = (answers, context) -> true;
  Predicate<Answers> done = answers -> true;
  Rows<C> rows;
  String view;
  String section;
  String group;
  int most;
  boolean kept = true;

  private Page(String name) {
    this.name = name;
  }

  public static <C> Page<C> named(String name) {
    return new Page<>(name);
  }

  public Page<C> asks(Question... asked) {
    questions.addAll(List.of(asked));
    return this;
  }

  public Page<C> checks(Rule<C> rule) {
    rules.add(rule);
    return this;
  }

  public Page<C> then(Next<C> where) {
    next = where;
    return this;
  }

  /** Asked only when this holds (a council offering one kind of referral never asks which). */
  public Page<C> askedWhen(BiPredicate<Answers, C> when) {
    asked = when;
    return this;
  }

  /** A good answer that still leaves the journey unfinished ("yes, a child is in danger now"). */
  public Page<C> doneWhen(Predicate<Answers> when) {
    done = when;
    return this;
  }

  /** Its answers steer the person only ("add another child?") and are never asked again. */
  public Page<C> steersOnly() {
    kept = false;
    return this;
  }

  /** The page adds or changes one item of a repeated part, at most this many. */
  public Page<C> repeats(String groupName, int atMost) {
    group = groupName;
    most = atMost;
    return this;
  }

  public Page<C> shownAs(String template) {
    view = template;
    return this;
  }

  public Page<C> inSection(String heading) {
    section = heading;
    return this;
  }

  public Page<C> reads(Rows<C> how) {
    rows = how;
    return this;
  }

  public String name() {
    return name;
  }

  public List<Question> questions() {
    return List.copyOf(questions);
  }

  /** The template the page is shown with; null for the journey's page for one question. */
  public String view() {
    return view;
  }

  public boolean repeated() {
    return group != null;
  }

  public String group() {
    return group;
  }

  public Question question() {
    return questions.get(0);
  }
}
