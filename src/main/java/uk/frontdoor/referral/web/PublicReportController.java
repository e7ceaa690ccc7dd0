package uk.frontdoor.referral.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
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
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.authority.ContactNowService;
import uk.frontdoor.platform.PublicAccess;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.platform.WhenText;
import uk.frontdoor.platform.journey.JourneyWalk;
import uk.frontdoor.referral.journeys.Asking;
import uk.frontdoor.referral.journeys.PublicReport;

/**
 * A member of the public, relative, friend or neighbour reports a concern online ({@link
 * PublicReport}): one question a page, check your answers, then a confirmation page with the
 * reference.
 */
@Controller
@PublicAccess
@RequestMapping("/{slug}/report-online")
class PublicReportController {

  private final Authorities authorities;
  private final PublicSending sending;
  private final ReportDrafts drafts;
  private final ContactNowService contactNow;
  private final Clock clock;

  PublicReportController(
      Authorities authorities, PublicSending sending, ReportDrafts drafts, ContactNowService contactNow, Clock clock) {
    this.authorities = authorities;
    this.sending = sending;
    this.drafts = drafts;
    this.contactNow = contactNow;
    this.clock = clock;
  }

  @GetMapping
  String start(@PathVariable String slug, HttpSession session) {
    Authority authority = authority(slug);
    drafts.discardIfSent(session, authority, key(authority));
    return "redirect:/" + authority.slug() + "/report-online/" + PublicReport.JOURNEY.first(asking(authority));
  }

  @GetMapping("/{page}")
  String show(
      @PathVariable String slug,
      @PathVariable String page,
      @RequestParam(name = "child", required = false) Integer child,
      HttpSession session,
      Model model) {
    return walk(authority(slug), session, null, model).show(page, child, model);
  }

  @PostMapping("/{page}")
  String answer(
      @PathVariable String slug,
      @PathVariable String page,
      @RequestParam(name = "child", required = false) Integer child,
      @RequestParam MultiValueMap<String, String> form,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpSession session,
      RedirectAttributes redirect,
      Model model) {
    return walk(authority(slug), session, request, model).answer(page, child, form, response, redirect, model);
  }

  private JourneyWalk<Asking> walk(Authority authority, HttpSession session, HttpServletRequest request, Model model) {
    Asking asking = asking(authority);
    model.addAttribute("authority", authority);
    model.addAllAttributes(PublicReport.options());
    // Someone reporting about their own family may be seen: every page can be left at once.
    model.addAttribute("exitThisPage", true);
    model.addAttribute("contactNow", contactNow.contactNow(authority, Audience.PUBLIC, clock.instant()));
    model.addAttribute("when", new WhenText(clock.instant()));
    model.addAttribute("startAgain", "/" + authority.slug() + "/report-online");
    model.addAttribute("startPage", "/" + authority.slug() + "/report-a-concern/member-of-the-public");
    model.addAttribute("journeyTitle", "Report a concern");
    return new JourneyWalk<>(PublicReport.JOURNEY, asking, drafts.store(session, authority, key(authority)),
            "/" + authority.slug() + "/report-online")
        .views(page -> page.equals(JourneyWalk.SESSION_ENDED) ? "referral/session-ended" : "referral/public/" + page)
        .alsoShows("call-999")
        .gatedBy(() -> sending.refusal(request, "reports"))
        .sends(answers -> sending.send(request, authority, PublicReport.document(answers, asking), answers.token));
  }

  private Asking asking(Authority authority) {
    return new Asking(authority, LocalDate.ofInstant(clock.instant(), UkTime.ZONE));
  }

  private Authority authority(String slug) {
    return authorities.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
  }

  private static String key(Authority authority) {
    return "public-report:" + authority.slug().toLowerCase(Locale.ROOT);
  }
}
