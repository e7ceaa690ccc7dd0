package uk.frontdoor.platform.journey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.MultiValueMap;
import uk.frontdoor.platform.FieldErrors;

/**
 * A form of several pages, declared once: its {@link Page pages} in order, each with its {@link
 * Question questions} and rules. From the declaration the journey keeps what was typed, checks
 * it, says which page comes next and which is the first still to answer, and lists the answers
 * for the check page. {@link JourneyWalk} walks a person through it over HTTP. See ADR 0014.
 *
 * @param <C> what the rules need besides the answers (the council, today's date)
 */
public final class Journey<C> {

  /** The page where a person checks their answers before sending them. */
  public static final String CHECK = "check";

  private final List<Page<C>> pages;

  @SafeVarargs
  public Journey(Page<C>... pages) {
    this.pages = List.of(pages);
  }

  public Optional<Page<C>> page(String name) {
    return pages.stream().filter(page -> page.name.equals(name)).findFirst();
  }

  public List<Page<C>> pages() {
    return pages;
  }

  /** The page asked before this one, for its back link; null for the first. */
  public String previous(String name, Answers answers, C context) {
    String before = null;
    for (Page<C> page : pages) {
      if (page.name.equals(name)) {
        return before;
      }
      if (page.asked.test(answers, context)) {
        before = page.name;
      }
    }
    return before;
  }

  /** The first page asked, given what is known before anything is answered. */
  public String first(C context) {
    return pages.stream().filter(page -> page.asked.test(new Answers(), context)).findFirst().orElseThrow().name;
  }

  /**
   * Starts changing an item of a page's repeated part (or adding one, when {@code item} is not
   * one of them): the page then shows that item's answers.
   */
  public void startItem(Page<C> page, Answers answers, Integer item) {
    List<Answers> items = answers.group(page.group);
    boolean changing = item != null && item >= 0 && item < items.size();
    answers.editing = changing ? item : null;
    answers.pending = changing ? copy(items.get(item)) : new Answers();
  }

  /**
   * Keeps a page's answers as posted and checks them. On a page of a repeated part, a good answer
   * takes its item's place in the part (or joins it).
   */
  public FieldErrors answer(Page<C> page, MultiValueMap<String, String> form, Answers answers, C context) {
    Answers target = page.repeated() ? answers.pending() : answers;
    page.questions.forEach(question -> question.record(form, target));
    FieldErrors errors = check(page, target, context);
    if (errors.isEmpty() && page.repeated()) {
      List<Answers> items = answers.group(page.group);
      Integer editing = answers.editing;
      if (editing != null && editing >= 0 && editing < items.size()) {
        items.set(editing, target);
      } else if (items.size() < page.most) {
        items.add(target);
      }
      answers.pending = null;
      answers.editing = null;
    }
    return errors;
  }

  private FieldErrors check(Page<C> page, Answers answers, C context) {
    FieldErrors errors = new FieldErrors();
    page.questions.forEach(question -> question.check(answers, errors));
    page.rules.forEach(rule -> rule.check(answers, errors, context));
    return errors;
  }

  /** Where a good answer to the page leads: its own choice, else the check page once reached, else the next page asked. */
  public String next(Page<C> page, Answers answers, C context) {
    String chosen = page.next.after(answers, context);
    if (chosen != null) {
      return chosen;
    }
    if (answers.checking) {
      return CHECK;
    }
    for (int i = pages.indexOf(page) + 1; i < pages.size(); i++) {
      if (pages.get(i).asked.test(answers, context)) {
        return pages.get(i).name;
      }
    }
    return CHECK;
  }

  /** The first page asked whose answer is missing or wrong (a draft is checked again before it is sent). */
  public Optional<String> firstIncomplete(Answers answers, C context) {
    for (Page<C> page : pages) {
      if (!page.kept || !page.asked.test(answers, context)) {
        continue;
      }
      boolean incomplete =
          page.repeated()
              ? answers.group(page.group).isEmpty()
              : !check(page, answers, context).isEmpty() || !page.done.test(answers);
      if (incomplete) {
        return Optional.of(page.name);
      }
    }
    return Optional.empty();
  }

  /** The check page's answers, under each section's heading in the order asked. */
  public Map<String, List<Page.Row>> sections(Answers answers, C context) {
    Map<String, List<Page.Row>> sections = new LinkedHashMap<>();
    for (Page<C> page : pages) {
      if (page.kept && page.asked.test(answers, context)) {
        sections.computeIfAbsent(page.section == null ? "" : page.section, s -> new ArrayList<>())
            .addAll(rows(page, answers, context));
      }
    }
    sections.values().removeIf(List::isEmpty);
    return sections;
  }

  /** Every answer as a question and its words, in the order asked: what staff read of a route asking its own questions. */
  public List<Page.Row> rows(Answers answers, C context) {
    return sections(answers, context).values().stream().flatMap(List::stream).toList();
  }

  private List<Page.Row> rows(Page<C> page, Answers answers, C context) {
    if (!page.repeated()) {
      List<Page.Row> rows =
          page.rows != null
              ? page.rows.rows(answers, context)
              : page.questions.stream().map(q -> new Page.Row(q.heading(), q.shown(answers))).toList();
      return rows.stream().map(row -> row.changedAt(page.name)).toList();
    }
    List<Page.Row> rows = new ArrayList<>();
    List<Answers> items = answers.group(page.group);
    for (int i = 0; i < items.size(); i++) {
      String change = page.name + "?" + page.name + "=" + i;
      for (Page.Row row : page.rows.rows(items.get(i), context)) {
        rows.add(new Page.Row(row.question().replace("{n}", String.valueOf(i + 1)), row.answer(), change));
      }
    }
    return rows;
  }

  private static Answers copy(Answers item) {
    Answers copy = new Answers();
    item.values.forEach(copy::put);
    return copy;
  }
}
