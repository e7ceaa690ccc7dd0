package uk.frontdoor.referral.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
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
import uk.frontdoor.authority.Authority;
import uk.frontdoor.platform.PublicAccess;
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
record PublicReportController(PublicJourneys journeys) {

  private static final PublicJourneys.Route REPORT =
      new PublicJourneys.Route(PublicReport.JOURNEY, Audience.PUBLIC, "reports", PublicReport::document);

  @GetMapping
  String start(@PathVariable String slug, HttpSession session) {
    Authority authority = journeys.authority(slug);
    return journeys.start(REPORT, authority, base(authority), key(authority), session);
  }

  @GetMapping("/{page}")
  String show(
      @PathVariable String slug,
      @PathVariable String page,
      @RequestParam(name = "child", required = false) Integer child,
      HttpSession session,
      Model model) {
    return walk(journeys.authority(slug), session, null, model).show(page, child, model);
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
    return walk(journeys.authority(slug), session, request, model).answer(page, child, form, response, redirect, model);
  }

  private JourneyWalk<Asking> walk(Authority authority, HttpSession session, HttpServletRequest request, Model model) {
    model.addAllAttributes(PublicReport.options());
    // Someone reporting about their own family may be seen: every page can be left at once.
    model.addAttribute("exitThisPage", true);
    model.addAttribute("startPage", "/" + authority.slug() + "/report-a-concern/member-of-the-public");
    model.addAttribute("journeyTitle", "Report a concern");
    return journeys.walk(REPORT, authority, base(authority), key(authority), session, request, model)
        .views(page -> page.equals(JourneyWalk.SESSION_ENDED) ? "referral/session-ended" : "referral/public/" + page);
  }

  private static String base(Authority authority) {
    return "/" + authority.slug() + "/report-online";
  }

  private static String key(Authority authority) {
    return "public-report:" + authority.slug().toLowerCase(Locale.ROOT);
  }
}
