package uk.frontdoor.referral.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.PublicAccess;
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
record ShortReportController(PublicJourneys journeys) {

  @GetMapping
  String start(@PathVariable String slug, @PathVariable String route, HttpSession session) {
    ShortRoute shortRoute = route(route);
    Authority authority = journeys.authority(slug);
    return journeys.start(
        journeyOf(shortRoute), authority, base(authority, shortRoute), key(authority, shortRoute), session);
  }

  @GetMapping("/{page}")
  String show(
      @PathVariable String slug, @PathVariable String route, @PathVariable String page, HttpSession session, Model model) {
    return walk(journeys.authority(slug), route(route), session, null, model).show(page, null, model);
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
    return walk(journeys.authority(slug), route(route), session, request, model)
        .answer(page, null, form, response, redirect, model);
  }

  private JourneyWalk<Asking> walk(
      Authority authority, ShortRoute route, HttpSession session, HttpServletRequest request, Model model) {
    model.addAttribute("route", route);
    model.addAttribute("exitThisPage", route.personMayBeAtRisk());
    return journeys
        .walk(journeyOf(route), authority, base(authority, route), key(authority, route), session, request, model)
        .views(
            page ->
                switch (page) {
                  case JourneyWalk.SESSION_ENDED -> "referral/session-ended";
                  case "check", "confirmation", "call-999" -> "referral/short/" + page;
                  default -> "referral/short/question";
                })
        .refusesRobotsWith("Your message could not be sent. Call us on the number below instead.");
  }

  /** The short route as one of the public's journeys: what it asks and sends. */
  private static PublicJourneys.Route journeyOf(ShortRoute route) {
    return new PublicJourneys.Route(
        route.journey(), route.audience(), "messages", (answers, asking) -> route.document(answers));
  }

  private static String base(Authority authority, ShortRoute route) {
    return "/" + authority.slug() + "/tell-us/" + route.path();
  }

  private static ShortRoute route(String path) {
    return ShortRoute.byPath(path).orElseThrow(() -> new NotFoundException(path));
  }

  private static String key(Authority authority, ShortRoute route) {
    return "short-report:" + authority.slug() + ":" + route.name();
  }
}
