package uk.frontdoor.referral.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
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
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.PublicAccess;
import uk.frontdoor.platform.WhenText;
import uk.frontdoor.platform.journey.JourneyWalk;
import uk.frontdoor.referral.journeys.Asking;
import uk.frontdoor.referral.journeys.ShortRoute;

/**
 * The short routes ({@link ShortRoute}), one question a page: a child or young person about
 * themselves, a parent or carer asking for help, and a concern about an adult who works with
 * children (for the LADO).
 */
@Controller
@PublicAccess
@RequestMapping("/{slug}/tell-us/{route}")
class ShortReportController {

  private final Authorities authorities;
  private final PublicSending sending;
  private final ReportDrafts drafts;
  private final ContactNowService contactNow;
  private final Clock clock;

  ShortReportController(
      Authorities authorities, PublicSending sending, ReportDrafts drafts, ContactNowService contactNow, Clock clock) {
    this.authorities = authorities;
    this.sending = sending;
    this.drafts = drafts;
    this.contactNow = contactNow;
    this.clock = clock;
  }

  @GetMapping
  String start(@PathVariable String slug, @PathVariable String route, HttpSession session) {
    ShortRoute shortRoute = route(route);
    Authority authority = authority(slug);
    drafts.discardIfSent(session, authority, key(authority, shortRoute));
    return "redirect:" + base(authority, shortRoute) + "/" + shortRoute.journey().first(asking(authority));
  }

  @GetMapping("/{page}")
  String show(
      @PathVariable String slug, @PathVariable String route, @PathVariable String page, HttpSession session, Model model) {
    return walk(authority(slug), route(route), session, null, model).show(page, null, model);
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
    return walk(authority(slug), route(route), session, request, model).answer(page, null, form, response, redirect, model);
  }

  private JourneyWalk<Asking> walk(
      Authority authority, ShortRoute route, HttpSession session, HttpServletRequest request, Model model) {
    model.addAttribute("authority", authority);
    model.addAttribute("route", route);
    model.addAttribute("exitThisPage", route.personMayBeAtRisk());
    model.addAttribute("contactNow", contactNow.contactNow(authority, route.audience(), clock.instant()));
    model.addAttribute("when", new WhenText(clock.instant()));
    model.addAttribute("startAgain", base(authority, route));
    return new JourneyWalk<>(route.journey(), asking(authority), drafts.store(session, authority, key(authority, route)),
            base(authority, route))
        .views(
            page ->
                switch (page) {
                  case JourneyWalk.SESSION_ENDED -> "referral/session-ended";
                  case "check", "confirmation", "call-999" -> "referral/short/" + page;
                  default -> "referral/short/question";
                })
        .alsoShows("call-999")
        .refusesRobotsWith("Your message could not be sent. Call us on the number below instead.")
        .gatedBy(() -> sending.refusal(request, "messages"))
        .sends(answers -> sending.send(request, authority, route.document(answers), answers.token));
  }

  private Asking asking(Authority authority) {
    return new Asking(authority, LocalDate.ofInstant(clock.instant(), UkTime.ZONE));
  }

  private static String base(Authority authority, ShortRoute route) {
    return "/" + authority.slug() + "/tell-us/" + route.path();
  }

  private static ShortRoute route(String path) {
    return ShortRoute.byPath(path).orElseThrow(() -> new NotFoundException(path));
  }

  private Authority authority(String slug) {
    return authorities.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
  }

  private static String key(Authority authority, ShortRoute route) {
    return "short-report:" + authority.slug() + ":" + route.name();
  }
}
