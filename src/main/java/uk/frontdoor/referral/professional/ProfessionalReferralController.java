package uk.frontdoor.referral.professional;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
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
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.WhenText;
import uk.frontdoor.platform.journey.Answers;
import uk.frontdoor.platform.journey.Journey;
import uk.frontdoor.platform.journey.JourneyWalk;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.Receipt;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.ReferralSummary;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Submission;
import uk.frontdoor.referral.journeys.Asking;
import uk.frontdoor.referral.journeys.ProfessionalReferral;

/**
 * A signed-in professional's referrals: the list with PDF copies, drafts saved after every page,
 * and the Safeguarding or Early Help referral itself, one question a page.
 */
@Controller
@PreAuthorize("hasRole('PROFESSIONAL')")
@RequestMapping("/{slug}/professional")
record ProfessionalReferralController(Authorities authorities, ProfessionalDrafts drafts, Referrals referrals,
    ReferralPdf pdf, Clock clock) {

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
    String first = ProfessionalReferral.JOURNEY.first(asking(authority));
    return "redirect:/" + slug + "/professional/referrals/" + id + "/" + first;
  }

  /** Carries on with a saved draft at its first unanswered question, or at the check page. */
  @GetMapping("/referrals/{id}/resume")
  String resume(
      @PathVariable String slug, @PathVariable UUID id, @AuthenticationPrincipal ProfessionalPrincipal me) {
    Authority authority = authority(slug);
    Optional<Answers> found = drafts.find(authority.id().value(), me.accountId(), id);
    if (found.isEmpty()) {
      return sentOrMissing(slug, authority, me, id);
    }
    String step = ProfessionalReferral.JOURNEY.firstIncomplete(found.get(), asking(authority)).orElse(Journey.CHECK);
    return "redirect:/" + slug + "/professional/referrals/" + id + "/" + step;
  }

  @GetMapping("/referrals/{id}/{page}")
  String show(
      @PathVariable String slug,
      @PathVariable UUID id,
      @PathVariable String page,
      @RequestParam(name = "child", required = false) Integer child,
      @AuthenticationPrincipal ProfessionalPrincipal me,
      Model model) {
    Authority authority = authority(slug);
    if (drafts.find(authority.id().value(), me.accountId(), id).isEmpty()) {
      return sentOrMissing(slug, authority, me, id);
    }
    return walk(authority, id, me, model).show(page, child, model);
  }

  @PostMapping("/referrals/{id}/{page}")
  String answer(
      @PathVariable String slug,
      @PathVariable UUID id,
      @PathVariable String page,
      @RequestParam(name = "child", required = false) Integer child,
      @RequestParam MultiValueMap<String, String> form,
      @AuthenticationPrincipal ProfessionalPrincipal me,
      HttpServletResponse response,
      RedirectAttributes redirect,
      Model model) {
    Authority authority = authority(slug);
    if (drafts.find(authority.id().value(), me.accountId(), id).isEmpty()) {
      return sentOrMissing(slug, authority, me, id);
    }
    return walk(authority, id, me, model).answer(page, child, form, response, redirect, model);
  }

  /** The professional's draft, walked page by page and sent from the check page. */
  private JourneyWalk<Asking> walk(Authority authority, UUID id, ProfessionalPrincipal me, Model model) {
    UUID authorityId = authority.id().value();
    Asking asking = asking(authority);
    model.addAttribute("authority", authority);
    model.addAllAttributes(ProfessionalReferral.options(authority));
    model.addAttribute("startPage", "/" + authority.slug() + "/professional");
    JourneyWalk.Store store =
        new JourneyWalk.Store() {
          @Override
          public Answers load() {
            return drafts.find(authorityId, me.accountId(), id).orElseGet(Answers::new);
          }

          @Override
          public void save(Answers answers) {
            drafts.save(authorityId, me.accountId(), id, answers);
          }
        };
    return new JourneyWalk<>(ProfessionalReferral.JOURNEY, asking, store, "/" + authority.slug() + "/professional/referrals/" + id)
        .views(page -> "referral/professional/" + page)
        .keptUntilSent()
        .afterSending("sent")
        .sends(
            answers -> {
              Receipt receipt =
                  referrals.submit(
                      new Submission(
                          authorityId, Channel.ONLINE, ProfessionalReferral.document(answers, asking, me.email()),
                          "professional:" + id, null, me.accountId()));
              drafts.markSent(authorityId, id, receipt.reference());
              return receipt.reference();
            });
  }

  private Asking asking(Authority authority) {
    UUID authorityId = authority.id().value();
    return new Asking(
        authority,
        LocalDate.ofInstant(clock.instant(), UkTime.ZONE),
        called -> referrals.find(authorityId, called).filter(r -> r.channel() == Channel.PHONE).isPresent());
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
    model.addAttribute("lado",
        referrals.find(authority.id().value(), reference.get()).map(r -> r.route() == uk.frontdoor.referral.Route.LADO).orElse(false));
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

  private Authority authority(String slug) {
    return authorities.findBySlug(slug.toLowerCase(Locale.ROOT)).orElseThrow(() -> new NotFoundException(slug));
  }
}
