package uk.frontdoor.referral.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import uk.frontdoor.authority.Audience;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.ContactNowService;
import uk.frontdoor.authority.Postcode;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.platform.ClientAddresses;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.PublicAccess;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.Receipt;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.internal.Children;
import uk.frontdoor.referral.internal.Postcodes;
import uk.frontdoor.referral.Route;
import uk.frontdoor.referral.Submission;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.WhenText;

/**
 * A member of the public, relative, friend or neighbour reports a concern online: one question a
 * page, check your answers, then a confirmation page with the reference. Nothing needs an account;
 * the reporter may stay anonymous.
 */
@Controller
@PublicAccess
@RequestMapping("/{slug}/report-online")
class PublicReportController {

  static final int MAX_CHILDREN = 10;
  private static final String PAGES = "referral/public/";

  private final Authorities authorities;
  private final Referrals referrals;
  private final SubmissionRateLimiter rateLimiter;
  private final ClientAddresses clientAddresses;
  private final ReportDrafts drafts;
  private final ContactNowService contactNow;
  private final Clock clock;

  PublicReportController(
      Authorities authorities,
      Referrals referrals,
      SubmissionRateLimiter rateLimiter,
      ClientAddresses clientAddresses,
      ReportDrafts drafts,
      ContactNowService contactNow,
      Clock clock) {
    this.authorities = authorities;
    this.referrals = referrals;
    this.rateLimiter = rateLimiter;
    this.clientAddresses = clientAddresses;
    this.drafts = drafts;
    this.contactNow = contactNow;
    this.clock = clock;
  }

  @GetMapping
  String start(@PathVariable String slug, HttpSession session) {
    Authority authority = authority(slug);
    PublicReportDraft draft = draft(session, authority);
    if (draft.submitted()) {
      drafts.discard(session, authority, key(slug));
    }
    return "redirect:/" + slug + "/report-online/danger";
  }

  @GetMapping("/{step}")
  String show(
      @PathVariable String slug,
      @PathVariable String step,
      @RequestParam(name = "child", required = false) Integer child,
      HttpSession session,
      Model model) {
    Authority authority = authority(slug);
    PublicReportDraft draft = draft(session, authority);
    if (draft.submitted() && !step.equals("confirmation")) {
      return "redirect:/" + slug + "/report-online/confirmation";
    }
    if (step.equals("confirmation") && !draft.submitted()) {
      return "redirect:/" + slug + "/report-online/danger";
    }
    if (step.equals("check") && draft.empty()) {
      return "redirect:/" + slug + "/report-online/" + SESSION_ENDED;
    }
    if (step.equals("check") && firstIncomplete(authority, draft).isPresent()) {
      return "redirect:/" + slug + "/report-online/" + firstIncomplete(authority, draft).get();
    }
    // After a failed post, the page shows its errors and what was typed (post/redirect/get).
    FieldErrors errors = FieldErrors.flashed(model.asMap());
    if (step.equals("child") && errors.isEmpty()) {
      boolean editing = child != null && child >= 0 && child < draft.children.size();
      draft.editingChild = editing ? child : null;
      draft.pendingChild =
          editing ? copy(draft.children.get(child)) : new PublicReportDraft.ChildAnswers();
    }
    String view = page(step, authority, draft, errors, model);
    drafts.save(session, authority, key(slug), draft);
    return view;
  }

  @PostMapping("/{step}")
  String answer(
      @PathVariable String slug,
      @PathVariable String step,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpSession session,
      RedirectAttributes redirect,
      Model model) {
    Authority authority = authority(slug);
    PublicReportDraft draft = draft(session, authority);
    if (draft.submitted()) {
      return "redirect:/" + slug + "/report-online/confirmation";
    }
    if (step.equals("check") && draft.empty()) {
      // The session ended (or the page was opened from a link): nothing to send, and no going
      // silently back to the first question.
      return "redirect:/" + slug + "/report-online/" + SESSION_ENDED;
    }
    String client = clientAddresses.of(request);
    if (step.equals("check") && !rateLimiter.allows(client)) {
      // The answers stay in the session: nothing typed is lost, it can be sent later.
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      FieldErrors tooMany = new FieldErrors();
      tooMany.add(
          "send",
          "Too many reports have been sent from your connection in the last hour. Your answers are"
              + " saved: try again later, or call us now.");
      return page(step, authority, draft, tooMany, model);
    }
    FieldErrors errors = new FieldErrors();
    String next = apply(step, authority, draft, form, errors);
    drafts.save(session, authority, key(slug), draft);
    if ("confirmation".equals(next)) {
      rateLimiter.stored(client);
    }
    if (!errors.isEmpty() || next == null) {
      redirect.addFlashAttribute("errors", errors.ordered());
      String editing = step.equals("child") && draft.editingChild != null ? "?child=" + draft.editingChild : "";
      return "redirect:/" + slug + "/report-online/" + step + editing;
    }
    return "redirect:/" + slug + "/report-online/" + next;
  }

  /** Records the answers as typed, checks them, and names the next page (null: stay). */
  private String apply(
      String step,
      Authority authority,
      PublicReportDraft draft,
      MultiValueMap<String, String> form,
      FieldErrors errors) {
    switch (step) {
      case "danger" -> {
        draft.danger = form.getFirst("danger");
        if (!"yes".equals(draft.danger) && !"no".equals(draft.danger)) {
          errors.add("danger", "Select yes if a child is in immediate danger now");
          return null;
        }
        return "yes".equals(draft.danger) ? "call-999" : next("child", draft);
      }
      case "child" -> {
        PublicReportDraft.ChildAnswers child = draft.pendingChild;
        child.firstName = form.getFirst("firstName");
        child.lastName = form.getFirst("lastName");
        child.description = form.getFirst("description");
        child.dobDay = form.getFirst("dobDay");
        child.dobMonth = form.getFirst("dobMonth");
        child.dobYear = form.getFirst("dobYear");
        child.dueDay = form.getFirst("dueDay");
        child.dueMonth = form.getFirst("dueMonth");
        child.dueYear = form.getFirst("dueYear");
        child.age = form.getFirst("age");
        checkChild(child, errors);
        if (!errors.isEmpty()) {
          return null;
        }
        Children.keep(draft.children, draft.editingChild, child, MAX_CHILDREN);
        draft.editingChild = null;
        draft.pendingChild = new PublicReportDraft.ChildAnswers();
        return "children";
      }
      case "children" -> {
        draft.addAnother = form.getFirst("addAnother");
        if (draft.children.isEmpty()) {
          return "child";
        }
        if (!"yes".equals(draft.addAnother) && !"no".equals(draft.addAnother)) {
          errors.add("addAnother", "Select yes if you want to tell us about another child");
          return null;
        }
        if ("yes".equals(draft.addAnother) && draft.children.size() >= MAX_CHILDREN) {
          errors.add("addAnother", "You can tell us about up to " + MAX_CHILDREN + " children in one report");
          return null;
        }
        draft.addAnother = null;
        return "yes".equals(form.getFirst("addAnother")) ? "child" : next("address", draft);
      }
      case "address" -> {
        draft.addressLine1 = form.getFirst("addressLine1");
        draft.town = form.getFirst("town");
        draft.postcode = form.getFirst("postcode");
        checkAddress(draft, errors);
        return errors.isEmpty() ? next("household", draft) : null;
      }
      case "household" -> {
        draft.household = form.getFirst("household");
        errors.optional("household", "Who else lives with the child", draft.household, 5000);
        return errors.isEmpty() ? next("what-happened", draft) : null;
      }
      case "what-happened" -> {
        draft.whatHappened = form.getFirst("whatHappened");
        draft.when = form.getFirst("when");
        errors.required("whatHappened", "What has happened", draft.whatHappened, 10_000, "Enter what has happened, or what you have seen or heard");
        errors.optional("when", "When it happened", draft.when, 500);
        return errors.isEmpty() ? next("harm", draft) : null;
      }
      case "harm" -> {
        List<String> chosen = form.getOrDefault("harm", List.of());
        draft.harm = new ArrayList<>(chosen.stream().filter(value -> HarmCategory.named(value).isPresent()).distinct().toList());
        if (draft.harm.isEmpty()) {
          errors.add("harm", "Select what you are worried about, or select ‘I’m not sure’");
          return null;
        }
        if (draft.harm.contains(HarmCategory.NOT_SURE.name()) && draft.harm.size() > 1) {
          // With JavaScript the "or" choice clears the others; without it, both may be ticked.
          errors.add("harm", "Select what you are worried about, or select ‘I’m not sure’, not both");
          return null;
        }
        return next("family-knows", draft);
      }
      case "family-knows" -> {
        draft.familyKnows = form.getFirst("familyKnows");
        if (!FAMILY_KNOWS.containsKey(String.valueOf(draft.familyKnows))) {
          errors.add("familyKnows", "Select whether the child’s family knows you are worried");
          return null;
        }
        return next("about-you", draft);
      }
      case "about-you" -> {
        draft.identity = form.getFirst("identity");
        draft.name = form.getFirst("name");
        draft.relationship = form.getFirst("relationship");
        draft.parentalResponsibility = form.getFirst("parentalResponsibility");
        draft.email = form.getFirst("email");
        draft.phone = form.getFirst("phone");
        draft.confidential = form.getFirst("confidential");
        if (draft.anonymous()) {
          // An anonymous report keeps no identity, not even what was typed before choosing (without
          // JavaScript the fields show under the choices, and may have been filled in).
          draft.name = null;
          draft.relationship = null;
          draft.parentalResponsibility = null;
          draft.email = null;
          draft.phone = null;
          draft.confidential = null;
        }
        checkAboutYou(draft, errors);
        return errors.isEmpty() ? "check" : null;
      }
      case "check" -> {
        if (form.getFirst("website") != null && !form.getFirst("website").isBlank()) {
          // The hidden honeypot field: people never see it, form-filling robots do.
          errors.add("send", "Your report could not be sent. Call us on the number below instead.");
          return null;
        }
        if (!draft.token.equals(form.getFirst("token"))) {
          errors.add("send", "This page was out of date. Check your answers and send your report again.");
          return null;
        }
        Optional<String> incomplete = firstIncomplete(authority, draft);
        if (incomplete.isPresent()) {
          return incomplete.get();
        }
        Receipt receipt =
            referrals.submit(
                new Submission(
                    authority.id().value(), Channel.ONLINE, document(draft), "online:" + draft.token, null, null));
        draft.reference = receipt.reference();
        return "confirmation";
      }
      default -> throw new NotFoundException(step);
    }
  }

  /** After the first check of answers, each change returns to the check page. */
  private static String next(String page, PublicReportDraft draft) {
    return draft.checking ? "check" : page;
  }

  private Optional<String> firstIncomplete(Authority authority, PublicReportDraft draft) {
    if (!"no".equals(draft.danger)) {
      return Optional.of("danger");
    }
    if (draft.children.isEmpty()) {
      return Optional.of("child");
    }
    FieldErrors errors = new FieldErrors();
    checkAddress(draft, errors);
    if (!errors.isEmpty()) {
      return Optional.of("address");
    }
    if (FieldErrors.clean(draft.whatHappened) == null) {
      return Optional.of("what-happened");
    }
    if (draft.harm.isEmpty()) {
      return Optional.of("harm");
    }
    if (draft.familyKnows == null) {
      return Optional.of("family-knows");
    }
    checkAboutYou(draft, errors);
    return errors.isEmpty() ? Optional.empty() : Optional.of("about-you");
  }

  private void checkChild(PublicReportDraft.ChildAnswers child, FieldErrors errors) {
    errors.optional("firstName", "First name", child.firstName, 100);
    errors.optional("lastName", "Last name", child.lastName, 100);
    errors.optional("description", "Description of the child", child.description, 500);
    errors.optional("age", "How old you think they are", child.age, 30);
    if (FieldErrors.clean(child.firstName) == null
        && FieldErrors.clean(child.lastName) == null
        && FieldErrors.clean(child.description) == null) {
      errors.add("firstName", "Enter the child’s name, or describe them if you do not know it");
    }
    dates(child, errors);
  }

  /** The date of birth, or an unborn child's expected date, as typed. */
  private FieldErrors.ChildDates dates(PublicReportDraft.ChildAnswers child, FieldErrors errors) {
    return errors.childDates(
        child.dobDay, child.dobMonth, child.dobYear, child.dueDay, child.dueMonth, child.dueYear,
        LocalDate.ofInstant(clock.instant(), UkTime.ZONE));
  }

  private static void checkAddress(PublicReportDraft draft, FieldErrors errors) {
    errors.optional("addressLine1", "House number and street", draft.addressLine1, 200);
    errors.optional("town", "Town or city", draft.town, 100);
    draft.postcode = Postcodes.tidy(draft.postcode, errors);
  }

  private static void checkAboutYou(PublicReportDraft draft, FieldErrors errors) {
    if (!"details".equals(draft.identity) && !"anonymous".equals(draft.identity)) {
      errors.add("identity", "Select whether you want to give your details or stay anonymous");
      return;
    }
    if (draft.anonymous()) {
      return;
    }
    errors.required("name", "Your name", draft.name, 200, "Enter your name, or select ‘Stay anonymous’");
    errors.optional("relationship", "How you know the child", draft.relationship, 200);
    errors.email("email", draft.email, false, null);
    errors.phone("phone", draft.phone, false, null);
  }

  /** The document stored: for an anonymous report, no identity at all. */
  private ReferralDocument document(PublicReportDraft draft) {
    String line1 = FieldErrors.clean(draft.addressLine1);
    String town = FieldErrors.clean(draft.town);
    String postcode = Postcode.parse(String.valueOf(draft.postcode)).map(Postcode::value).orElse(null);
    ReferralDocument.Address address =
        line1 == null && town == null && postcode == null
            ? null
            : new ReferralDocument.Address(line1, null, town, postcode);
    List<ReferralDocument.Child> children =
        draft.children.stream()
            .map(
                c ->
                    new ReferralDocument.Child(
                        FieldErrors.clean(c.firstName),
                        FieldErrors.clean(c.lastName),
                        dates(c, new FieldErrors()).born(),
                        dates(c, new FieldErrors()).expected(),
                        FieldErrors.clean(c.age),
                        FieldErrors.clean(c.description),
                        null,
                        null,
                        null,
                        null,
                        null,
                        address))
            .toList();
    ReferralDocument.Referrer referrer =
        draft.anonymous()
            ? null
            : new ReferralDocument.Referrer(
                FieldErrors.clean(draft.name),
                FieldErrors.clean(draft.relationship),
                null,
                null,
                FieldErrors.clean(draft.email),
                FieldErrors.clean(draft.phone),
                "yes".equals(draft.parentalResponsibility));
    return new ReferralDocument(
        Route.MEMBER_OF_PUBLIC,
        null,
        referrer,
        !draft.anonymous() && "yes".equals(draft.confidential),
        children,
        List.of(),
        FieldErrors.clean(draft.household),
        new ReferralDocument.Concern(
            FieldErrors.clean(draft.whatHappened),
            FieldErrors.clean(draft.when),
            draft.harm.stream().map(HarmCategory::valueOf).toList(),
            false,
            FAMILY_KNOWS.get(draft.familyKnows),
            null),
        null,
        null,
        null,
        null,
        null, null, null);
  }

  static final Map<String, String> FAMILY_KNOWS = new LinkedHashMap<>();
  static final Map<String, String> HARM = HarmCategory.options();
  static final Map<String, String> YES_NO = new LinkedHashMap<>();
  static final Map<String, String> IDENTITY = new LinkedHashMap<>();
  static final String SESSION_ENDED = "session-ended";

  static {
    FAMILY_KNOWS.put("yes", "Yes, they know I’m worried");
    FAMILY_KNOWS.put("no", "No, they do not know");
    FAMILY_KNOWS.put("not-sure", "I’m not sure");
    YES_NO.put("yes", "Yes");
    YES_NO.put("no", "No");
    IDENTITY.put("details", "Give my name and contact details");
    IDENTITY.put("anonymous", "Stay anonymous");

  }

  private String page(
      String step, Authority authority, PublicReportDraft draft, FieldErrors errors, Model model) {
    if (!PAGE_NAMES.contains(step)) {
      throw new NotFoundException(step);
    }
    if (step.equals("check")) {
      draft.checking = true;
    }
    model.addAttribute("authority", authority);
    model.addAttribute("draft", draft);
    model.addAttribute("errors", errors.ordered());
    model.addAttribute("base", "/" + authority.slug() + "/report-online");
    model.addAttribute("familyKnowsOptions", FAMILY_KNOWS);
    model.addAttribute("harmOptions", HARM);
    model.addAttribute("yesNo", YES_NO);
    model.addAttribute("identityOptions", IDENTITY);
    // Someone reporting about their own family may be seen: every page can be left at once.
    model.addAttribute("exitThisPage", true);
    if (List.of("call-999", "check", "confirmation", SESSION_ENDED).contains(step)) {
      model.addAttribute("contactNow", contactNow.contactNow(authority, Audience.PUBLIC, clock.instant()));
      model.addAttribute("when", new WhenText(clock.instant()));
    }
    if (step.equals(SESSION_ENDED)) {
      model.addAttribute("startAgain", "/" + authority.slug() + "/report-online");
      return "referral/session-ended";
    }
    return PAGES + step;
  }

  private static final List<String> PAGE_NAMES =
      List.of(
          "danger", "call-999", "child", "children", "address", "household", "what-happened",
          "harm", "family-knows", "about-you", "check", "confirmation", SESSION_ENDED);

  private Authority authority(String slug) {
    return authorities.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
  }

  private static String key(String slug) {
    return "public-report:" + slug.toLowerCase(Locale.ROOT);
  }

  private PublicReportDraft draft(HttpSession session, Authority authority) {
    return drafts.load(session, authority, key(authority.slug()), PublicReportDraft.class, PublicReportDraft::new);
  }

  private static PublicReportDraft.ChildAnswers copy(PublicReportDraft.ChildAnswers from) {
    PublicReportDraft.ChildAnswers to = new PublicReportDraft.ChildAnswers();
    to.firstName = from.firstName;
    to.lastName = from.lastName;
    to.description = from.description;
    to.dobDay = from.dobDay;
    to.dobMonth = from.dobMonth;
    to.dobYear = from.dobYear;
    to.age = from.age;
    return to;
  }
}
