package uk.frontdoor.referral.professional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import uk.frontdoor.authority.Postcode;
import uk.frontdoor.authority.ReferralType;
import uk.frontdoor.authority.ThresholdLevel;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.people.NhsNumber;
import uk.frontdoor.people.Upn;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.ConsentStatus;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.Receipt;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.ReferralSummary;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.internal.Children;
import uk.frontdoor.referral.internal.Postcodes;
import uk.frontdoor.referral.Route;
import uk.frontdoor.referral.Submission;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.WhenText;

/**
 * A signed-in professional's referrals: the list with PDF copies, drafts saved after every page,
 * and the Safeguarding or Early Help referral itself, one question a page.
 */
@Controller
@PreAuthorize("hasRole('PROFESSIONAL')")
@RequestMapping("/{slug}/professional")
class ProfessionalReferralController {

  static final int MAX_CHILDREN = 10;
  private static final List<String> STEPS =
      List.of("type", "you", "child", "children", "household", "concern", "harm", "actions", "consent", "check");

  private final Authorities authorities;
  private final ProfessionalDrafts drafts;
  private final Referrals referrals;
  private final ReferralPdf pdf;
  private final Clock clock;

  ProfessionalReferralController(
      Authorities authorities, ProfessionalDrafts drafts, Referrals referrals, ReferralPdf pdf, Clock clock) {
    this.authorities = authorities;
    this.drafts = drafts;
    this.referrals = referrals;
    this.pdf = pdf;
    this.clock = clock;
  }

  @GetMapping
  String home(@PathVariable String slug, @AuthenticationPrincipal ProfessionalPrincipal me, Model model) {
    Authority authority = authority(slug);
    model.addAttribute("authority", authority);
    model.addAttribute("me", me);
    List<ReferralSummary> sent = referrals.sentBy(authority.id().value(), me.accountId());
    model.addAttribute("sent", sent);
    // The professional's own referrals: which children each was about, as they wrote them.
    Map<String, String> childrenOf = new LinkedHashMap<>();
    for (ReferralSummary referral : sent) {
      childrenOf.put(
          referral.reference(),
          referrals.document(authority.id().value(), referral.referralId()).map(ProfessionalReferralController::childNames).orElse(""));
    }
    model.addAttribute("childrenOf", childrenOf);
    model.addAttribute("drafts", drafts.unsent(authority.id().value(), me.accountId()));
    model.addAttribute("when", new WhenText(clock.instant()));
    return "referral/professional/home";
  }

  @PostMapping("/referrals")
  String start(@PathVariable String slug, @AuthenticationPrincipal ProfessionalPrincipal me) {
    Authority authority = authority(slug);
    UUID id = drafts.create(authority.id().value(), me.accountId());
    String first = authority.referralTypes().size() > 1 ? "type" : "you";
    return "redirect:/" + slug + "/professional/referrals/" + id + "/" + first;
  }

  /** Carries on with a saved draft at its first unanswered question, or at the check page. */
  @GetMapping("/referrals/{id}/resume")
  String resume(
      @PathVariable String slug, @PathVariable UUID id, @AuthenticationPrincipal ProfessionalPrincipal me) {
    Authority authority = authority(slug);
    Optional<ProfessionalDraft> found = drafts.find(authority.id().value(), me.accountId(), id);
    if (found.isEmpty()) {
      return sentOrMissing(slug, authority, me, id);
    }
    String step = firstIncomplete(authority, found.get()).orElse("check");
    return "redirect:/" + slug + "/professional/referrals/" + id + "/" + step;
  }

  @GetMapping("/referrals/{id}/{step}")
  String show(
      @PathVariable String slug,
      @PathVariable UUID id,
      @PathVariable String step,
      @RequestParam(name = "child", required = false) Integer child,
      @AuthenticationPrincipal ProfessionalPrincipal me,
      Model model) {
    // After a failed post, the page shows its errors and what was typed (post/redirect/get).
    FieldErrors errors = FieldErrors.flashed(model.asMap());
    Authority authority = authority(slug);
    Optional<ProfessionalDraft> found = drafts.find(authority.id().value(), me.accountId(), id);
    if (found.isEmpty()) {
      return sentOrMissing(slug, authority, me, id);
    }
    ProfessionalDraft draft = found.get();
    if (step.equals("child") && errors.isEmpty()) {
      boolean editing = child != null && child >= 0 && child < draft.children.size();
      draft.editingChild = editing ? child : null;
      draft.pendingChild = editing ? draft.children.get(child) : new ProfessionalDraft.Child();
    }
    if (step.equals("check")) {
      draft.checking = true;
    }
    drafts.save(authority.id().value(), me.accountId(), id, draft);
    return page(step, authority, id, draft, errors, model);
  }

  @PostMapping("/referrals/{id}/{step}")
  String answer(
      @PathVariable String slug,
      @PathVariable UUID id,
      @PathVariable String step,
      @RequestParam MultiValueMap<String, String> form,
      @AuthenticationPrincipal ProfessionalPrincipal me,
      RedirectAttributes redirect) {
    Authority authority = authority(slug);
    UUID authorityId = authority.id().value();
    Optional<ProfessionalDraft> found = drafts.find(authorityId, me.accountId(), id);
    if (found.isEmpty()) {
      return sentOrMissing(slug, authority, me, id);
    }
    ProfessionalDraft draft = found.get();
    FieldErrors errors = new FieldErrors();
    String next = apply(step, authority, draft, form, errors);
    if (step.equals("check") && next == null && errors.isEmpty()) {
      Receipt receipt =
          referrals.submit(
              new Submission(
                  authorityId, Channel.ONLINE, document(authority, draft, me), "professional:" + id, null, me.accountId()));
      drafts.markSent(authorityId, id, receipt.reference());
      return "redirect:/" + slug + "/professional/referrals/" + id + "/sent";
    }
    drafts.save(authorityId, me.accountId(), id, draft);
    if (!errors.isEmpty() || next == null) {
      redirect.addFlashAttribute("errors", errors.ordered());
      String editing = step.equals("child") && draft.editingChild != null ? "?child=" + draft.editingChild : "";
      return "redirect:/" + slug + "/professional/referrals/" + id + "/" + step + editing;
    }
    return "redirect:/" + slug + "/professional/referrals/" + id + "/" + next;
  }

  @GetMapping("/referrals/{id}/sent")
  String sent(
      @PathVariable String slug,
      @PathVariable UUID id,
      @AuthenticationPrincipal ProfessionalPrincipal me,
      Model model) {
    Authority authority = authority(slug);
    Optional<String> reference = drafts.sentAs(authority.id().value(), me.accountId(), id);
    if (reference.isEmpty() || reference.get() == null) {
      throw new NotFoundException(slug);
    }
    model.addAttribute("authority", authority);
    model.addAttribute("reference", reference.get());
    return "referral/professional/sent";
  }

  @GetMapping("/copies/{reference}.pdf")
  ResponseEntity<byte[]> copy(
      @PathVariable String slug,
      @PathVariable String reference,
      @AuthenticationPrincipal ProfessionalPrincipal me) {
    Authority authority = authority(slug);
    UUID authorityId = authority.id().value();
    Optional<ReferralSummary> mine =
        referrals.sentBy(authorityId, me.accountId()).stream()
            .filter(r -> r.reference().equalsIgnoreCase(reference))
            .findFirst();
    if (mine.isEmpty()) {
      throw new NotFoundException(reference);
    }
    ReferralDocument document = referrals.document(authorityId, mine.get().referralId()).orElseThrow();
    byte[] bytes = pdf.render(authority, mine.get(), document);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("referral-" + mine.get().reference() + ".pdf").build().toString())
        .body(bytes);
  }

  private static String childNames(ReferralDocument document) {
    return String.join(
        ", ",
        document.children().stream()
            .map(c -> String.join(" ", java.util.stream.Stream.of(c.firstName(), c.lastName()).filter(n -> n != null).toList()))
            .map(name -> name.isEmpty() ? "Child whose name you did not know" : name)
            .toList());
  }

  private String sentOrMissing(String slug, Authority authority, ProfessionalPrincipal me, UUID id) {
    Optional<String> sent = drafts.sentAs(authority.id().value(), me.accountId(), id);
    if (sent.isPresent() && sent.get() != null) {
      return "redirect:/" + slug + "/professional/referrals/" + id + "/sent";
    }
    throw new NotFoundException(slug);
  }

  /** Records the answers as typed, checks them, and names the next page (null: stay). */
  private String apply(
      String step, Authority authority, ProfessionalDraft draft, MultiValueMap<String, String> form, FieldErrors errors) {
    switch (step) {
      case "type" -> {
        draft.referralType = form.getFirst("referralType");
        if (parseType(draft.referralType).filter(authority::offers).isEmpty()) {
          errors.add("referralType", "Select the kind of referral you are making");
          return null;
        }
        return next("you", draft);
      }
      case "you" -> {
        draft.name = form.getFirst("name");
        draft.role = form.getFirst("role");
        draft.organisation = form.getFirst("organisation");
        draft.phone = form.getFirst("phone");
        draft.phoneCallReference = form.getFirst("phoneCallReference");
        String called = errors.optional("phoneCallReference", "The reference of your call", draft.phoneCallReference, 20);
        if (called != null
            && !errors.has("phoneCallReference")
            && referrals.find(authority.id().value(), called).filter(r -> r.channel() == Channel.PHONE).isEmpty()) {
          errors.add("phoneCallReference",
              "We cannot find a phone call with that reference. Check it, or leave it empty");
        }
        errors.required("name", "Your name", draft.name, 200, "Enter your name");
        errors.required("role", "Your role", draft.role, 200, "Enter your role, like designated safeguarding lead");
        errors.required("organisation", "Your organisation", draft.organisation, 200, "Enter your organisation");
        errors.phone("phone", draft.phone, true, "Enter a phone number we can call you on about this referral");
        return errors.isEmpty() ? next(draft.children.isEmpty() ? "child" : "children", draft) : null;
      }
      case "child" -> {
        ProfessionalDraft.Child child = draft.pendingChild;
        child.firstName = form.getFirst("firstName");
        child.lastName = form.getFirst("lastName");
        child.dobDay = form.getFirst("dobDay");
        child.dobMonth = form.getFirst("dobMonth");
        child.dobYear = form.getFirst("dobYear");
        child.dueDay = form.getFirst("dueDay");
        child.dueMonth = form.getFirst("dueMonth");
        child.dueYear = form.getFirst("dueYear");
        child.nhsNumber = form.getFirst("nhsNumber");
        child.upn = form.getFirst("upn");
        child.school = form.getFirst("school");
        child.gp = form.getFirst("gp");
        child.addressLine1 = form.getFirst("addressLine1");
        child.town = form.getFirst("town");
        child.postcode = form.getFirst("postcode");
        checkChild(child, errors);
        if (!errors.isEmpty()) {
          return null;
        }
        Children.keep(draft.children, draft.editingChild, child, MAX_CHILDREN);
        draft.editingChild = null;
        draft.pendingChild = new ProfessionalDraft.Child();
        return "children";
      }
      case "children" -> {
        String another = form.getFirst("addAnother");
        if (draft.children.isEmpty()) {
          return "child";
        }
        if (!"yes".equals(another) && !"no".equals(another)) {
          errors.add("addAnother", "Select yes if the referral is about another child");
          return null;
        }
        if ("yes".equals(another) && draft.children.size() >= MAX_CHILDREN) {
          errors.add("addAnother", "A referral can be about up to " + MAX_CHILDREN + " children");
          return null;
        }
        return "yes".equals(another) ? "child" : next("household", draft);
      }
      case "household" -> {
        draft.household = form.getFirst("household");
        errors.required("household", "Parents, carers and household", draft.household, 5000,
            "Enter who has parental responsibility and who lives in the household, as far as you know");
        return errors.isEmpty() ? next("concern", draft) : null;
      }
      case "concern" -> {
        draft.summary = form.getFirst("summary");
        draft.evidence = form.getFirst("evidence");
        errors.required("summary", "Your concern", draft.summary, 20_000, "Enter your concern");
        errors.optional("evidence", "What you have seen or been told", draft.evidence, 20_000);
        return errors.isEmpty() ? next("harm", draft) : null;
      }
      case "harm" -> {
        draft.harm = new ArrayList<>(form.getOrDefault("harm", List.of()).stream().filter(value -> HarmCategory.named(value).isPresent()).distinct().toList());
        if (draft.harm.isEmpty()) {
          errors.add("harm", "Select the kinds of harm you are worried about, or select ‘I’m not sure’");
          return null;
        }
        if (draft.harm.contains(HarmCategory.NOT_SURE.name()) && draft.harm.size() > 1) {
          // With JavaScript the "or" choice clears the others; without it, both may be ticked.
          errors.add("harm", "Select the kinds of harm you are worried about, or select ‘I’m not sure’, not both");
          return null;
        }
        return next("actions", draft);
      }
      case "actions" -> {
        draft.agencyActions = form.getFirst("agencyActions");
        draft.thresholdLevel = form.getFirst("thresholdLevel");
        errors.required("agencyActions", "What your agency has done", draft.agencyActions, 20_000,
            "Enter what your agency has already done, or say that it has done nothing yet");
        if (draft.thresholdLevel == null || !draft.thresholdLevel.matches("[1-4]")) {
          errors.add("thresholdLevel", "Select the level of need you think applies");
        }
        return errors.isEmpty() ? next("consent", draft) : null;
      }
      case "consent" -> {
        draft.consent = form.getFirst("consent");
        draft.consentReason = form.getFirst("consentReason");
        Optional<ConsentStatus> status = parseConsent(draft.consent);
        if (status.isEmpty()) {
          errors.add("consent", "Select whether the parents know about and agree to this referral");
          return null;
        }
        if (status.get() != ConsentStatus.GIVEN) {
          errors.required("consentReason", "The reason", draft.consentReason, 5000,
              status.get() == ConsentStatus.REFUSED
                  ? "Enter why the parents refused, and why you are referring without their consent"
                  : "Enter why asking the parents would increase the risk to the child");
        } else {
          errors.optional("consentReason", "The reason", draft.consentReason, 5000);
        }
        return errors.isEmpty() ? "check" : null;
      }
      case "check" -> {
        Optional<String> incomplete = firstIncomplete(authority, draft);
        return incomplete.orElse(null);
      }
      default -> throw new NotFoundException(step);
    }
  }

  private static String next(String page, ProfessionalDraft draft) {
    return draft.checking ? "check" : page;
  }

  private Optional<String> firstIncomplete(Authority authority, ProfessionalDraft draft) {
    if (authority.referralTypes().size() > 1 && parseType(draft.referralType).filter(authority::offers).isEmpty()) {
      return Optional.of("type");
    }
    for (String step : List.of("you", "child", "household", "concern", "harm", "actions", "consent")) {
      if (step.equals("child")) {
        if (draft.children.isEmpty()) {
          return Optional.of("child");
        }
        continue;
      }
      FieldErrors errors = new FieldErrors();
      apply(step, authority, copyOf(draft), formOf(step, draft), errors);
      if (!errors.isEmpty()) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /** The answers of one page as they would be posted, to check a whole draft again. */
  private static MultiValueMap<String, String> formOf(String step, ProfessionalDraft d) {
    MultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
    java.util.function.BiConsumer<String, String> put = (k, v) -> { if (v != null) form.add(k, v); };
    switch (step) {
      case "you" -> { put.accept("name", d.name); put.accept("role", d.role); put.accept("organisation", d.organisation); put.accept("phone", d.phone); put.accept("phoneCallReference", d.phoneCallReference); }
      case "household" -> put.accept("household", d.household);
      case "concern" -> { put.accept("summary", d.summary); put.accept("evidence", d.evidence); }
      case "harm" -> d.harm.forEach(h -> form.add("harm", h));
      case "actions" -> { put.accept("agencyActions", d.agencyActions); put.accept("thresholdLevel", d.thresholdLevel); }
      case "consent" -> { put.accept("consent", d.consent); put.accept("consentReason", d.consentReason); }
      default -> { }
    }
    return form;
  }

  private static ProfessionalDraft copyOf(ProfessionalDraft draft) {
    ProfessionalDraft copy = new ProfessionalDraft();
    copy.children = new ArrayList<>(draft.children);
    copy.checking = draft.checking;
    return copy;
  }

  private void checkChild(ProfessionalDraft.Child child, FieldErrors errors) {
    String first = errors.optional("firstName", "First name", child.firstName, 100);
    String last = errors.optional("lastName", "Last name", child.lastName, 100);
    if (first == null && last == null) {
      errors.add("firstName", "Enter the child’s first name or last name");
    }
    dates(child, errors);
    String nhs = FieldErrors.clean(child.nhsNumber);
    if (nhs != null) {
      NhsNumber.check(nhs).ifPresent(p -> errors.add("nhsNumber", p.message()));
    }
    String upn = FieldErrors.clean(child.upn);
    if (upn != null) {
      Upn.check(upn).ifPresent(p -> errors.add("upn", p.message()));
    }
    errors.optional("school", "School or nursery", child.school, 200);
    errors.optional("gp", "GP practice", child.gp, 200);
    errors.optional("addressLine1", "House number and street", child.addressLine1, 200);
    errors.optional("town", "Town or city", child.town, 100);
    child.postcode = Postcodes.tidy(child.postcode, errors);
  }

  private FieldErrors.ChildDates dates(ProfessionalDraft.Child child, FieldErrors errors) {
    return errors.childDates(
        child.dobDay, child.dobMonth, child.dobYear, child.dueDay, child.dueMonth, child.dueYear,
        LocalDate.ofInstant(clock.instant(), UkTime.ZONE));
  }

  private ReferralDocument document(Authority authority, ProfessionalDraft draft, ProfessionalPrincipal me) {
    ReferralType type =
        authority.referralTypes().size() > 1
            ? parseType(draft.referralType).orElseThrow()
            : authority.referralTypes().get(0);
    List<ReferralDocument.Child> children =
        draft.children.stream()
            .map(
                c -> {
                  String line1 = FieldErrors.clean(c.addressLine1);
                  String town = FieldErrors.clean(c.town);
                  String postcode = Postcode.parse(String.valueOf(c.postcode)).map(Postcode::value).orElse(null);
                  return new ReferralDocument.Child(
                      FieldErrors.clean(c.firstName),
                      FieldErrors.clean(c.lastName),
                      dates(c, new FieldErrors()).born(),
                      dates(c, new FieldErrors()).expected(),
                      null,
                      null,
                      null,
                      NhsNumber.parse(String.valueOf(c.nhsNumber)).map(NhsNumber::value).orElse(null),
                      Upn.parse(String.valueOf(c.upn)).map(Upn::value).orElse(null),
                      FieldErrors.clean(c.school),
                      FieldErrors.clean(c.gp),
                      line1 == null && town == null && postcode == null
                          ? null
                          : new ReferralDocument.Address(line1, null, town, postcode));
                })
            .toList();
    return new ReferralDocument(
        Route.PROFESSIONAL,
        type,
        new ReferralDocument.Referrer(
            FieldErrors.clean(draft.name), null, FieldErrors.clean(draft.organisation), FieldErrors.clean(draft.role),
            me.email(), FieldErrors.clean(draft.phone)),
        false,
        children,
        List.of(),
        FieldErrors.clean(draft.household),
        new ReferralDocument.Concern(
            FieldErrors.clean(draft.summary), null, draft.harm.stream().map(HarmCategory::valueOf).toList(), false, null,
            FieldErrors.clean(draft.evidence)),
        new ReferralDocument.Consent(parseConsent(draft.consent).orElseThrow(), FieldErrors.clean(draft.consentReason)),
        FieldErrors.clean(draft.agencyActions),
        Integer.valueOf(draft.thresholdLevel),
        null,
        null, null, FieldErrors.clean(draft.phoneCallReference));
  }

  private static Optional<ReferralType> parseType(String value) {
    try {
      return Optional.of(ReferralType.valueOf(String.valueOf(value)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<ConsentStatus> parseConsent(String value) {
    try {
      return Optional.of(ConsentStatus.valueOf(String.valueOf(value)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static final Map<String, String> TYPES = new LinkedHashMap<>();
  static final Map<String, String> CONSENT = new LinkedHashMap<>();
  static final Map<String, String> YES_NO = new LinkedHashMap<>();
  static final Map<String, String> HARM = HarmCategory.options();

  static {
    TYPES.put("SAFEGUARDING", "Safeguarding referral – I think the child is in need or at risk of significant harm");
    TYPES.put("EARLY_HELP", "Early Help referral – the family needs support to stop problems getting worse");
    CONSENT.put("GIVEN", "The parents know about this referral and agree to it");
    CONSENT.put("NOT_SOUGHT_RISK", "I have not asked, because it would increase the risk to the child");
    CONSENT.put("REFUSED", "I asked and the parents refused");
    YES_NO.put("yes", "Yes");
    YES_NO.put("no", "No");
  }

  private String page(
      String step, Authority authority, UUID id, ProfessionalDraft draft, FieldErrors errors, Model model) {
    if (!STEPS.contains(step)) {
      throw new NotFoundException(step);
    }
    Map<String, String> types = new LinkedHashMap<>();
    TYPES.forEach((k, v) -> { if (authority.offers(ReferralType.valueOf(k))) types.put(k, v); });
    Map<String, String> levels = new LinkedHashMap<>();
    for (ThresholdLevel level : authority.thresholdGuide().levels()) {
      levels.put(String.valueOf(level.level()), "Level " + level.level() + ": " + level.name());
    }
    model.addAttribute("authority", authority);
    model.addAttribute("draft", draft);
    model.addAttribute("errors", errors.ordered());
    model.addAttribute("base", "/" + authority.slug() + "/professional/referrals/" + id);
    model.addAttribute("typeOptions", types);
    model.addAttribute("consentOptions", CONSENT);
    model.addAttribute("yesNo", YES_NO);
    model.addAttribute("harmOptions", HARM);
    model.addAttribute("levelOptions", levels);
    return "referral/professional/" + step;
  }

  private Authority authority(String slug) {
    return authorities.findBySlug(slug.toLowerCase(Locale.ROOT)).orElseThrow(() -> new NotFoundException(slug));
  }
}
