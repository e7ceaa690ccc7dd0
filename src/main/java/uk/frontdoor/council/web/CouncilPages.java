package uk.frontdoor.council.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.CouncilDetails;
import uk.frontdoor.authority.CouncilDetails.Version;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.WhenText;

/** What the council details' change pages share: a form with what was typed, its errors, and when it takes effect. */
final class CouncilPages {

  static final String HOME = "/staff/council";

  private CouncilPages() {}

  static String page(String view, Object form, Effective effective, Map<String, String> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("effective", effective);
    model.addAttribute("errors", errors);
    return view;
  }

  /** Back to the council's details, saying what was saved and from when. */
  static String saved(String what, Instant from, Instant now, RedirectAttributes flash) {
    return saved(what + " changed. The public pages show it now.", what + " will change " + when(now, from) + ".", from, now, flash);
  }

  /** Back to the council's details, saying what is done now, or what will be done when it is scheduled ahead. */
  static String saved(String doneNow, String doneLater, Instant from, Instant now, RedirectAttributes flash) {
    flash.addFlashAttribute("done", from.isAfter(now) ? doneLater : doneNow);
    return "redirect:" + HOME;
  }

  /**
   * The versions not yet in effect that replace this part of the council's document, soonest first:
   * each was made on the part as it was then, so a change made now does not outlast it.
   */
  static List<Version> scheduled(CouncilDetails details, StaffUser me, Instant now, String part) {
    return details.history(me.authorityId(), now).stream()
        .filter(v -> v.withdrawable() && v.changes(part))
        .sorted(Comparator.comparing(Version::effectiveFrom))
        .toList();
  }

  /** When a change scheduled ahead takes effect, in words: "9am tomorrow", "midnight on Thursday 24 December 2026". */
  static String when(Instant now, Instant from) {
    return new WhenText(now).at(from);
  }
}
