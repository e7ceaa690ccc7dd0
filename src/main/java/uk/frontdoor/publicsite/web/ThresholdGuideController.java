package uk.frontdoor.publicsite.web;

import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.frontdoor.authority.Audience;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.Team;
import uk.frontdoor.authority.ThresholdLevel;
import uk.frontdoor.platform.PublicAccess;

/**
 * The threshold guide for professionals, one question a page: is the child in immediate danger or
 * at risk of significant harm now; if not, which level of need fits best; then the council's route
 * and team for that answer.
 */
@Controller
@PublicAccess
@RequestMapping("/{slug}/threshold-guide")
record ThresholdGuideController(PublicPages pages) {

  @GetMapping
  String start(@PathVariable String slug, Model model) {
    pages.authority(slug, model);
    return "publicsite/threshold/start";
  }

  @GetMapping("/immediate")
  String immediate(
      @PathVariable String slug,
      @RequestParam(name = "answer", required = false) String answer,
      @RequestParam(name = "asked", required = false) String asked,
      Model model) {
    Authority authority = pages.authority(slug, model);
    if (answer == null && asked == null) {
      return "publicsite/threshold/immediate";
    }
    return switch (answer == null ? "" : answer) {
      case "yes" -> {
        pages.contactNow(authority, Audience.PROFESSIONAL, model);
        yield "publicsite/threshold/result-immediate";
      }
      case "no" -> "redirect:/" + slug + "/threshold-guide/level";
      default -> {
        model.addAttribute("error", "Select yes if you think the child is at immediate risk of significant harm");
        yield "publicsite/threshold/immediate";
      }
    };
  }

  @GetMapping("/level")
  String level(
      @PathVariable String slug,
      @RequestParam(name = "level", required = false) String level,
      @RequestParam(name = "asked", required = false) String asked,
      Model model) {
    Authority authority = pages.authority(slug, model);
    if (level == null && asked == null) {
      return "publicsite/threshold/level";
    }
    Optional<ThresholdLevel> chosen =
        Optional.ofNullable(level)
            .flatMap(ThresholdGuideController::parse)
            .flatMap(authority.thresholdGuide()::level);
    if (chosen.isEmpty()) {
      model.addAttribute("error", "Select the description that best fits the child’s needs");
      return "publicsite/threshold/level";
    }
    model.addAttribute("level", chosen.get());
    Team team = Optional.ofNullable(chosen.get().teamCode()).flatMap(authority::team).orElse(null);
    if (team != null && team.frontDoor()) {
      // The front door closes at night: the number to call is the one that answers now.
      pages.contactNow(authority, Audience.PROFESSIONAL, model);
    } else {
      model.addAttribute("team", team);
    }
    return "publicsite/threshold/result";
  }

  private static Optional<Integer> parse(String level) {
    return level.matches("[1-4]") ? Optional.of(Integer.parseInt(level)) : Optional.empty();
  }
}
