package uk.frontdoor.publicsite.web;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.frontdoor.authority.Audience;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.PublicAccess;

/**
 * A council's report-a-concern start page (999 first, then who is worried) and one page for each
 * kind of person, each with the number to call now.
 */
@Controller
@PublicAccess
@RequestMapping("/{slug}/report-a-concern")
record ReportConcernController(PublicPages pages) {

  @GetMapping
  String start(@PathVariable String slug, Model model) {
    Authority authority = pages.authority(slug, model);
    pages.contactNow(authority, Audience.PUBLIC, model);
    model.addAttribute("reporters", List.of(Reporter.values()));
    return "publicsite/report-a-concern";
  }

  @GetMapping("/who")
  String who(
      @PathVariable String slug,
      @RequestParam(name = "reporter", required = false) String reporter,
      Model model) {
    Optional<Reporter> chosen = Reporter.fromPath(reporter == null ? "" : reporter);
    if (chosen.isPresent()) {
      return "redirect:/" + slug + "/report-a-concern/" + chosen.get().path();
    }
    model.addAttribute("error", "Select who is worried");
    return start(slug, model);
  }

  @GetMapping("/{route}")
  String route(@PathVariable String slug, @PathVariable String route, Model model) {
    Reporter reporter =
        Reporter.fromPath(route).orElseThrow(() -> new NotFoundException(slug + "/" + route));
    Authority authority = pages.authority(slug, model);
    pages.contactNow(authority, reporter.audience(), model);
    model.addAttribute("reporter", reporter);
    // A child, a parent or a relative may be seen reading these pages: they can leave at once.
    model.addAttribute("exitThisPage", reporter.audience() == Audience.PUBLIC);
    return "publicsite/route-" + reporter.path();
  }
}
