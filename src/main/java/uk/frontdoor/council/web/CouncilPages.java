package uk.frontdoor.council.web;

import java.time.Instant;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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
    flash.addFlashAttribute("done", from.isAfter(now)
        ? what + " will change " + new WhenText(now).at(from) + "."
        : what + " changed. The public pages show it now.");
    return "redirect:" + HOME;
  }
}
