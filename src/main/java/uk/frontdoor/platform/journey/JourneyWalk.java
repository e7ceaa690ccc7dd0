package uk.frontdoor.platform.journey;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;

/**
 * Walks one person through a {@link Journey} over HTTP, the same way on every route: a page is
 * shown by GET and answered by POST, a failed answer redirects back to its page with the errors
 * and what was typed (post/redirect/get), the check page lists every answer, and sending checks
 * the whole journey again. Order on sending: the honeypot (robots spend nothing), the page's
 * token, completeness, then the route's gate (a submission limit), then the send itself.
 *
 * <p>A GET never changes the answers, except that the first view of the check page marks them
 * as checked (from then on, each change returns to the check page).
 *
 * @param <C> what the journey's rules need besides the answers
 */
public final class JourneyWalk<C> {

  /** Where one person's answers are kept between requests. */
  public interface Store {
    Answers load();

    void save(Answers answers);
  }

  /** Pages that ask nothing: the confirmation, the "call 999 now" page, the session-ended page. */
  public static final String CONFIRMATION = "confirmation";

  public static final String SESSION_ENDED = "session-ended";

  private final Journey<C> journey;
  private final C context;
  private final Store store;
  private final String base;
  private Function<String, String> views = page -> page;
  private Function<Answers, String> sender;
  private Supplier<Optional<String>> gate = Optional::empty;
  private String refused = "Your report could not be sent. Call us on the number below instead.";
  private String sentPage = CONFIRMATION;
  private boolean sessionMayEnd = true;
  private final Set<String> endPages = new HashSet<>(Set.of(SESSION_ENDED));

  /** @param base the journey's address, its pages under it ({@code /oxfordshire/report-online}) */
  public JourneyWalk(Journey<C> journey, C context, Store store, String base) {
    this.journey = journey;
    this.context = context;
    this.store = store;
    this.base = base;
  }

  /** The template for each page name. */
  public JourneyWalk<C> views(Function<String, String> templates) {
    views = templates;
    return this;
  }

  /** Stores the answers and returns the reference they were stored under. */
  public JourneyWalk<C> sends(Function<Answers, String> send) {
    sender = send;
    return this;
  }

  /** Checked just before sending: a reason not to send now (too many from one connection). */
  public JourneyWalk<C> gatedBy(Supplier<Optional<String>> refusal) {
    gate = refusal;
    return this;
  }

  /** What a robot that filled in the hidden field is told. */
  public JourneyWalk<C> refusesRobotsWith(String message) {
    refused = message;
    return this;
  }

  /** The page shown once sent, if not {@value #CONFIRMATION}. */
  public JourneyWalk<C> afterSending(String page) {
    sentPage = page;
    return this;
  }

  /** Pages that ask nothing but may be shown ("call 999 now"). */
  public JourneyWalk<C> alsoShows(String... pages) {
    endPages.addAll(List.of(pages));
    return this;
  }

  /** The answers are kept by id, not in a session that can end. */
  public JourneyWalk<C> keptUntilSent() {
    sessionMayEnd = false;
    return this;
  }

  /** Shows a page; the model gets {@code draft}, {@code errors}, {@code base}, and on the check page {@code sections}. */
  public String show(String page, Integer item, Model model) {
    Answers answers = store.load();
    FieldErrors errors = FieldErrors.flashed(model.asMap());
    if (answers.sent() && !page.equals(sentPage)) {
      return redirect(sentPage);
    }
    if (page.equals(sentPage)) {
      return answers.sent() ? view(page, answers, errors, model) : "redirect:" + base;
    }
    if (page.equals(Journey.CHECK)) {
      if (answers.nothingAnswered() && sessionMayEnd) {
        return redirect(SESSION_ENDED);
      }
      Optional<String> incomplete = journey.firstIncomplete(answers, context);
      if (incomplete.isPresent()) {
        return redirect(incomplete.get());
      }
      if (!answers.checking) {
        answers.checking = true;
        store.save(answers);
      }
      return view(page, answers, errors, model);
    }
    Optional<Page<C>> asked = journey.page(page);
    if (asked.isEmpty() && !endPages.contains(page)) {
      throw new NotFoundException(page);
    }
    if (asked.isPresent() && asked.get().repeated()) {
      if (errors.isEmpty()) {
        journey.startItem(asked.get(), answers, item);
      }
      model.addAttribute("item", answers.pending());
      model.addAttribute("itemIndex", answers.editing);
    }
    if (asked.isPresent()) {
      model.addAttribute("page", asked.get());
      model.addAttribute("question", asked.get().questions.isEmpty() ? null : asked.get().question());
      model.addAttribute("back", journey.previous(page, answers, context));
    }
    return view(page, answers, errors, model);
  }

  /** Answers a page (or, on the check page, sends); always a redirect but for a refused send. */
  public String answer(
      String page,
      Integer item,
      MultiValueMap<String, String> form,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    Answers answers = store.load();
    if (answers.sent()) {
      return redirect(sentPage);
    }
    if (page.equals(Journey.CHECK)) {
      return send(answers, form, response, redirect, model);
    }
    Page<C> asked = journey.page(page).orElseThrow(() -> new NotFoundException(page));
    if (asked.repeated()) {
      journey.startItem(asked, answers, item);
    }
    FieldErrors errors = journey.answer(asked, form, answers, context);
    store.save(answers);
    if (!errors.isEmpty()) {
      redirect.addFlashAttribute("errors", errors.ordered());
      return redirect(page + (asked.repeated() && answers.editing != null ? "?" + page + "=" + answers.editing : ""));
    }
    return redirect(journey.next(asked, answers, context));
  }

  private String send(
      Answers answers,
      MultiValueMap<String, String> form,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    if (answers.nothingAnswered() && sessionMayEnd) {
      // The session ended (or the page was opened from a link): nothing to send, and no going
      // silently back to the first question.
      return redirect(SESSION_ENDED);
    }
    FieldErrors errors = new FieldErrors();
    String website = form.getFirst("website");
    if (website != null && !website.isBlank()) {
      // The hidden honeypot field: people never see it, form-filling robots do.
      errors.add("send", refused);
    } else if (!answers.token.equals(form.getFirst("token"))) {
      errors.add("send", "This page was out of date. Check your answers and send them again.");
    }
    if (!errors.isEmpty()) {
      redirect.addFlashAttribute("errors", errors.ordered());
      return redirect(Journey.CHECK);
    }
    Optional<String> incomplete = journey.firstIncomplete(answers, context);
    if (incomplete.isPresent()) {
      return redirect(incomplete.get());
    }
    Optional<String> refusal = gate.get();
    if (refusal.isPresent()) {
      // The answers stay kept: nothing typed is lost, and they can be sent later.
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      errors.add("send", refusal.get());
      return view(Journey.CHECK, answers, errors, model);
    }
    answers.reference = sender.apply(answers);
    store.save(answers);
    return redirect(sentPage);
  }

  private String view(String page, Answers answers, FieldErrors errors, Model model) {
    model.addAttribute("draft", answers);
    model.addAttribute("errors", errors.ordered());
    model.addAttribute("base", base);
    if (page.equals(Journey.CHECK)) {
      model.addAttribute("sections", journey.sections(answers, context));
      model.addAttribute("lastPage", journey.pages().stream()
          .filter(p -> p.kept && p.asked.test(answers, context)).reduce((a, b) -> b).map(Page::name).orElse(null));
    }
    return views.apply(page);
  }

  private String redirect(String page) {
    return "redirect:" + base + "/" + page;
  }
}
