package uk.frontdoor.referral.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.ContactNowService;
import uk.frontdoor.platform.ClientAddresses;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.PublicAccess;
import uk.frontdoor.platform.WhenText;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.Receipt;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Submission;
import uk.frontdoor.platform.FieldErrors;

/**
 * The short routes, one question a page: a child or young person about themselves, a parent or
 * carer asking for help, and a concern about an adult who works with children (for the LADO).
 */
@Controller
@PublicAccess
@RequestMapping("/{slug}/tell-us/{route}")
class ShortReportController {

  private final Authorities authorities;
  private final Referrals referrals;
  private final SubmissionRateLimiter rateLimiter;
  private final ClientAddresses clientAddresses;
  private final ReportDrafts drafts;
  private final ContactNowService contactNow;
  private final java.time.Clock clock;

  ShortReportController(
      Authorities authorities,
      Referrals referrals,
      SubmissionRateLimiter rateLimiter,
      ClientAddresses clientAddresses,
      ReportDrafts drafts,
      ContactNowService contactNow,
      java.time.Clock clock) {
    this.authorities = authorities;
    this.referrals = referrals;
    this.rateLimiter = rateLimiter;
    this.clientAddresses = clientAddresses;
    this.drafts = drafts;
    this.contactNow = contactNow;
    this.clock = clock;
  }

  @GetMapping
  String start(@PathVariable String slug, @PathVariable String route, HttpSession session) {
    ShortRoute shortRoute = route(route);
    Authority authority = authority(slug);
    if (draft(session, authority, shortRoute).reference != null) {
      drafts.discard(session, authority, key(authority.slug(), shortRoute));
    }
    return "redirect:/" + slug + "/tell-us/" + route + "/" + shortRoute.questions().get(0).id();
  }

  @GetMapping("/{page}")
  String show(
      @PathVariable String slug,
      @PathVariable String route,
      @PathVariable String page,
      HttpSession session,
      Model model) {
    ShortRoute shortRoute = route(route);
    Authority authority = authority(slug);
    ShortReportDraft draft = draft(session, authority, shortRoute);
    String base = "redirect:/" + slug + "/tell-us/" + route + "/";
    if (draft.reference != null && !page.equals("confirmation")) {
      return base + "confirmation";
    }
    if (page.equals("confirmation") && draft.reference == null) {
      return "redirect:/" + slug + "/tell-us/" + route;
    }
    if (page.equals("check")) {
      if (draft.answers.isEmpty()) {
        return base + SESSION_ENDED;
      }
      Optional<String> incomplete = firstIncomplete(shortRoute, draft);
      if (incomplete.isPresent()) {
        return base + incomplete.get();
      }
      draft.checking = true;
    }
    drafts.save(session, authority, key(authority.slug(), shortRoute), draft);
    // After a failed post, the page shows its errors and what was typed (post/redirect/get).
    return view(page, shortRoute, authority, draft, FieldErrors.flashed(model.asMap()), model);
  }

  @PostMapping("/{page}")
  String answer(
      @PathVariable String slug,
      @PathVariable String route,
      @PathVariable String page,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpSession session,
      RedirectAttributes redirect,
      Model model) {
    ShortRoute shortRoute = route(route);
    Authority authority = authority(slug);
    ShortReportDraft draft = draft(session, authority, shortRoute);
    String base = "redirect:/" + slug + "/tell-us/" + route + "/";
    if (draft.reference != null) {
      return base + "confirmation";
    }
    FieldErrors errors = new FieldErrors();
    if (page.equals("check")) {
      if (draft.answers.isEmpty()) {
        // The session ended (or the page was opened from a link): say so, rather than going
        // silently back to the first question.
        return base + SESSION_ENDED;
      }
      if (form.getFirst("website") != null && !form.getFirst("website").isBlank()) {
        errors.add("send", "Your message could not be sent. Call us on the number below instead.");
        redirect.addFlashAttribute("errors", errors.ordered());
        return base + "check";
      }
      Optional<String> incomplete = firstIncomplete(shortRoute, draft);
      if (incomplete.isPresent()) {
        return base + incomplete.get();
      }
      String client = clientAddresses.of(request);
      if (!rateLimiter.allows(client)) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        errors.add("send", "Too many messages have been sent from your connection in the last hour. Your answers are saved: try again later, or call us now.");
        return view(page, shortRoute, authority, draft, errors, model);
      }
      Receipt receipt =
          referrals.submit(
              new Submission(
                  authority.id().value(), Channel.ONLINE, document(shortRoute, draft), "online:" + draft.token, null, null));
      if (receipt.created()) {
        rateLimiter.stored(client);
      }
      draft.reference = receipt.reference();
      drafts.save(session, authority, key(authority.slug(), shortRoute), draft);
      return base + "confirmation";
    }
    Question question = question(shortRoute, page);
    record(question, form, draft);
    check(question, draft, errors);
    drafts.save(session, authority, key(authority.slug(), shortRoute), draft);
    if (!errors.isEmpty()) {
      redirect.addFlashAttribute("errors", errors.ordered());
      return base + page;
    }
    if (question.id().equals("danger") && "yes".equals(draft.first("danger"))) {
      return base + "call-999";
    }
    int index = shortRoute.questions().indexOf(question);
    boolean last = index == shortRoute.questions().size() - 1;
    return base + (draft.checking || last ? "check" : shortRoute.questions().get(index + 1).id());
  }

  private static void record(Question question, MultiValueMap<String, String> form, ShortReportDraft draft) {
    if (question.kind() == Question.Kind.IDENTITY) {
      for (String part : List.of("identity", "name", "email", "phone")) {
        draft.put(question.id() + "." + part, form.getOrDefault(question.id() + "." + part, List.of()));
      }
      if ("anonymous".equals(draft.first(question.id() + ".identity"))) {
        // An anonymous message keeps no identity, not even what was typed before choosing (without
        // JavaScript the fields show under the choices, and may have been filled in).
        for (String part : List.of("name", "email", "phone")) {
          draft.put(question.id() + "." + part, List.of());
        }
      }
      return;
    }
    draft.put(question.id(), form.getOrDefault(question.id(), List.of()));
    if (question.unknown() != null) {
      boolean unknown = "yes".equals(form.getFirst(question.unknownKey()));
      draft.put(question.unknownKey(), unknown ? List.of("yes") : List.of());
      if (unknown) {
        draft.put(question.id(), List.of());
      }
    }
  }

  private static void check(Question question, ShortReportDraft draft, FieldErrors errors) {
    String id = question.id();
    switch (question.kind()) {
      case TEXT, TEXTAREA -> {
        boolean unknown = question.unknown() != null && "yes".equals(draft.first(question.unknownKey()));
        if (question.required() != null && !unknown) {
          errors.required(id, question.label(), draft.first(id), question.maxLength(), question.required());
        } else {
          errors.optional(id, question.label(), draft.first(id), question.maxLength());
        }
      }
      case RADIOS -> {
        if (!question.options().containsKey(String.valueOf(draft.first(id)))) {
          errors.add(id, question.required());
        }
      }
      case CHECKBOXES -> {
        List<String> chosen = new ArrayList<>(draft.all(id).stream().filter(question.options()::containsKey).distinct().toList());
        draft.put(id, chosen);
        if (chosen.isEmpty() && question.required() != null) {
          errors.add(id, question.required());
        } else if (chosen.contains("not-sure") && chosen.size() > 1) {
          // With JavaScript the "or" choice clears the others; without it, both may be ticked.
          errors.add(id, question.required() + ", not both");
        }
      }
      case IDENTITY -> {
        String identity = draft.first(id + ".identity");
        boolean anonymousAllowed = question.required() == null;
        if (anonymousAllowed && !"details".equals(identity) && !"anonymous".equals(identity)) {
          errors.add(id + ".identity", "Select whether you want to give your details or stay anonymous");
          return;
        }
        if (anonymousAllowed && "anonymous".equals(identity)) {
          return;
        }
        errors.required(id + ".name", "Your name", draft.first(id + ".name"), 200, "Enter your name");
        String email = errors.email(id + ".email", draft.first(id + ".email"), false, null);
        String phone = errors.phone(id + ".phone", draft.first(id + ".phone"), false, null);
        if (!anonymousAllowed && email == null && phone == null) {
          errors.add(id + ".phone", question.required());
        }
      }
    }
  }

  private static Optional<String> firstIncomplete(ShortRoute route, ShortReportDraft draft) {
    for (Question question : route.questions()) {
      FieldErrors errors = new FieldErrors();
      check(question, draft, errors);
      boolean answeredDangerNo = !question.id().equals("danger") || "no".equals(draft.first("danger"));
      if (!errors.isEmpty() || !answeredDangerNo) {
        return Optional.of(question.id());
      }
    }
    return Optional.empty();
  }

  /** The stored document: every question and answer in order, and the structured parts. */
  private static ReferralDocument document(ShortRoute route, ShortReportDraft draft) {
    List<ReferralDocument.Answer> asked = new ArrayList<>();
    for (Question question : route.questions()) {
      asked.add(new ReferralDocument.Answer(question.heading(), shown(question, draft)));
    }
    String identity = draft.first("you.identity");
    boolean anonymous = route == ShortRoute.CHILD || "anonymous".equals(identity)
        || (route == ShortRoute.LADO && identity == null);
    ReferralDocument.Referrer referrer =
        route == ShortRoute.CHILD
            ? new ReferralDocument.Referrer(clean(draft.first("name")), "The child or young person themselves", null, null, null, clean(draft.first("contact")))
            : anonymous
                ? null
                : new ReferralDocument.Referrer(
                    clean(draft.first("you.name")),
                    route == ShortRoute.PARENT_CARER ? "Parent or carer asking for help" : null,
                    null,
                    null,
                    clean(draft.first("you.email")),
                    clean(draft.first("you.phone")));
    List<ReferralDocument.Child> children =
        switch (route) {
          case CHILD -> List.of(new ReferralDocument.Child(clean(draft.first("name")), null, null, null, clean(draft.first("age")), clean(draft.first("where")), null, null, null, null, null, null));
          case PARENT_CARER -> List.of(new ReferralDocument.Child(null, null, null, null, null, clean(draft.first("children")), null, null, null, null, null,
              clean(draft.first("address")) == null ? null : new ReferralDocument.Address(clean(draft.first("address")), null, null, null)));
          case LADO -> clean(draft.first("children")) == null ? List.of() : List.of(new ReferralDocument.Child(null, null, null, null, null, clean(draft.first("children")), null, null, null, null, null, null));
        };
    String summary = clean(draft.first(route == ShortRoute.PARENT_CARER ? "worry" : "what"));
    ReferralDocument.AdultWhoWorksWithChildren adult =
        route == ShortRoute.LADO
            ? new ReferralDocument.AdultWhoWorksWithChildren(
                clean(draft.first("adult")), clean(draft.first("employer")), clean(draft.first("role")),
                draft.all("criteria"), summary, clean(draft.first("knows")))
            : null;
    return new ReferralDocument(
        route.route(),
        null,
        referrer,
        false,
        children,
        List.of(),
        null,
        new ReferralDocument.Concern(summary, null, List.of(HarmCategory.NOT_SURE), false, null, clean(draft.first("who"))),
        null,
        null,
        null,
        adult,
        null,
        asked, null);
  }

  /** An answer as the person would read it back. */
  static String shown(Question question, ShortReportDraft draft) {
    return switch (question.kind()) {
      case RADIOS -> question.options().getOrDefault(String.valueOf(draft.first(question.id())), "");
      case CHECKBOXES -> String.join("; ", draft.all(question.id()).stream().map(question.options()::get).toList());
      case IDENTITY -> "anonymous".equals(draft.first(question.id() + ".identity"))
          ? "Anonymous"
          : String.join(", ", java.util.stream.Stream.of("name", "email", "phone")
              .map(p -> clean(draft.first(question.id() + "." + p))).filter(v -> v != null).toList());
      default -> Optional.ofNullable(clean(draft.first(question.id())))
          .orElse(question.unknown() != null && "yes".equals(draft.first(question.unknownKey())) ? question.unknown() : "Not given");
    };
  }

  private static String clean(String value) {
    return FieldErrors.clean(value);
  }

  private String view(String page, ShortRoute route, Authority authority, ShortReportDraft draft, FieldErrors errors, Model model) {
    model.addAttribute("authority", authority);
    model.addAttribute("route", route);
    model.addAttribute("draft", draft);
    model.addAttribute("errors", errors.ordered());
    model.addAttribute("base", "/" + authority.slug() + "/tell-us/" + route.path());
    model.addAttribute("exitThisPage", route.personMayBeAtRisk());
    model.addAttribute("contactNow", contactNow.contactNow(authority, route.audience(), clock.instant()));
    model.addAttribute("when", new WhenText(clock.instant()));
    switch (page) {
      case "check" -> {
        List<String[]> rows = new ArrayList<>();
        for (Question question : route.questions()) {
          rows.add(new String[] {question.id(), question.heading(), shown(question, draft)});
        }
        model.addAttribute("rows", rows);
        return "referral/short/check";
      }
      case "confirmation", "call-999" -> {
        return "referral/short/" + page;
      }
      case SESSION_ENDED -> {
        model.addAttribute("startAgain", "/" + authority.slug() + "/tell-us/" + route.path());
        return "referral/session-ended";
      }
      default -> {
        Question question = question(route, page);
        model.addAttribute("question", question);
        int index = route.questions().indexOf(question);
        model.addAttribute("back", index == 0 ? null : route.questions().get(index - 1).id());
        return "referral/short/question";
      }
    }
  }

  static final String SESSION_ENDED = PublicReportController.SESSION_ENDED;

  private static Question question(ShortRoute route, String id) {
    return route.questions().stream()
        .filter(q -> q.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFoundException(id));
  }

  private static ShortRoute route(String path) {
    return ShortRoute.byPath(path).orElseThrow(() -> new NotFoundException(path));
  }

  private Authority authority(String slug) {
    return authorities.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
  }

  private static String key(String slug, ShortRoute route) {
    return "short-report:" + slug + ":" + route.name();
  }

  private ShortReportDraft draft(HttpSession session, Authority authority, ShortRoute route) {
    return drafts.load(session, authority, key(authority.slug(), route), ShortReportDraft.class, ShortReportDraft::new);
  }
}
