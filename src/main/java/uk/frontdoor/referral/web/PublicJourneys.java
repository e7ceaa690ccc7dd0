package uk.frontdoor.referral.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.frontdoor.authority.Audience;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.ContactNowService;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.WhenText;
import uk.frontdoor.platform.journey.Answers;
import uk.frontdoor.platform.journey.Journey;
import uk.frontdoor.platform.journey.JourneyWalk;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.journeys.Asking;

/**
 * How the public's journeys (the public report and the short routes) are walked, the same for each: the council from
 * the address, the draft kept in the session, who to call now on every page, the limit on sending from one connection,
 * and what is sent.
 */
@Component
record PublicJourneys(
    Authorities authorities, PublicSending sending, ReportDrafts drafts, ContactNowService contactNow, Clock clock) {

  /**
   * One of the public's journeys: its pages, whom its pages' numbers to call are for, what the limit on sending calls
   * the things sent ("reports"), and the document its answers make.
   */
  record Route(
      Journey<Asking> journey, Audience audience, String sent, BiFunction<Answers, Asking, ReferralDocument> document) {}

  /** The council the address names; a 404 for one this service does not serve. */
  Authority authority(String slug) {
    return authorities.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
  }

  /** The route's first page, at {@code base}; a draft already sent is let go first, so a new one starts empty. */
  String start(Route route, Authority authority, String base, String key, HttpSession session) {
    drafts.discardIfSent(session, authority, key);
    return "redirect:" + base + "/" + route.journey().first(asking(authority));
  }

  /**
   * A walk through the route at {@code base}, its draft kept in the session under {@code key}. Every page has the
   * council, who to call now, times said relative to today, and where to start again.
   */
  JourneyWalk<Asking> walk(
      Route route, Authority authority, String base, String key, HttpSession session, HttpServletRequest request,
      Model model) {
    Asking asking = asking(authority);
    model.addAttribute("authority", authority);
    model.addAttribute("contactNow", contactNow.contactNow(authority, route.audience(), clock.instant()));
    model.addAttribute("when", new WhenText(clock.instant()));
    model.addAttribute("startAgain", base);
    return new JourneyWalk<>(route.journey(), asking, drafts.store(session, authority, key), base)
        .alsoShows("call-999")
        .gatedBy(() -> sending.refusal(request, route.sent()))
        .sends(answers -> sending.send(request, authority, route.document().apply(answers, asking), answers.token));
  }

  private Asking asking(Authority authority) {
    return new Asking(authority, LocalDate.ofInstant(clock.instant(), UkTime.ZONE));
  }
}
