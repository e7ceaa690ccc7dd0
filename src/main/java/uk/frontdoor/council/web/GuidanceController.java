package uk.frontdoor.council.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.CouncilDetails.GuidanceChange;
import uk.frontdoor.authority.CouncilDetails.ThresholdLevelChange;
import uk.frontdoor.authority.ProfessionalAdvice;
import uk.frontdoor.authority.ThresholdGuide;
import uk.frontdoor.authority.ThresholdLevel;
import uk.frontdoor.authority.ThresholdLevel.IndicatorGroup;
import uk.frontdoor.council.CouncilChanges;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;

/**
 * The guidance pages' local wording (the threshold document's name and introduction, the advice to
 * professionals) and each level of the threshold guide with its example indicators: a level shows
 * Front Door's standard indicators until the council writes its own, and starts from them.
 */
@Controller
@RequestMapping("/staff/council")
@PreAuthorize("hasRole('COUNCIL_ADMINISTRATOR')")
record GuidanceController(Authorities authorities, CouncilChanges changes, Clock clock) {

  static final int MAX_SHORT = 200;
  static final int MAX_TEXT = 3000;
  static final int MAX_INDICATORS = 20000;

  /** The guidance wording as typed. */
  record WordingForm(String documentName, String introduction, String immediate, String nonImmediate) {}

  /** A level as typed; indicators one domain a line, each example under it on a line starting "- ". */
  record LevelForm(String name, String summary, String route, String indicators) {

    static LevelForm of(ThresholdLevel level) {
      StringBuilder text = new StringBuilder();
      for (IndicatorGroup group : level.indicators()) {
        text.append(text.isEmpty() ? "" : "\n").append(group.domain()).append('\n');
        group.examples().forEach(example -> text.append("- ").append(example).append('\n'));
      }
      return new LevelForm(level.name(), level.summary(), level.route(), text.toString());
    }
  }

  @GetMapping("/guidance")
  String wording(@AuthenticationPrincipal StaffUser me, Model model) {
    Authority council = authorities.get(me.authorityId());
    ThresholdGuide guide = council.thresholdGuide();
    ProfessionalAdvice advice = council.professionalAdvice();
    WordingForm form = new WordingForm(guide == null ? null : guide.documentName(), guide == null ? null : guide.introduction(),
        advice == null ? null : advice.immediate(), advice == null ? null : advice.nonImmediate());
    return CouncilPages.page("council/guidance", form, Effective.now(), Map.of(), model);
  }

  @PostMapping("/guidance")
  String changeWording(
      @AuthenticationPrincipal StaffUser me, WordingForm form, Effective effective, Model model, RedirectAttributes flash) {
    Authority council = authorities.get(me.authorityId());
    FieldErrors errors = new FieldErrors();
    Instant now = clock.instant();
    String documentName = errors.required("documentName", "The document’s name", form.documentName(), MAX_SHORT,
        "Enter what the council calls its threshold document");
    String introduction = errors.optional("introduction", "The introduction", form.introduction(), MAX_TEXT);
    String immediate = errors.optional("immediate", "The advice", form.immediate(), MAX_TEXT);
    String nonImmediate = errors.optional("nonImmediate", "The advice", form.nonImmediate(), MAX_TEXT);
    Instant from = effective.from(errors, now);
    String why = effective.why(errors);
    if (!errors.isEmpty()) {
      return CouncilPages.page("council/guidance", form, effective, errors.ordered(), model);
    }
    ProfessionalAdvice was = council.professionalAdvice();
    changes.change(me, new GuidanceChange(documentName, introduction,
        new ProfessionalAdvice(immediate, nonImmediate, was == null ? null : was.nonImmediateTeamCode())), from, why);
    return CouncilPages.saved("The guidance wording", from, now, flash);
  }

  @GetMapping("/threshold-levels/{number}")
  String level(@AuthenticationPrincipal StaffUser me, @PathVariable String number, Model model) {
    ThresholdLevel level = level(me, number);
    return levelPage(level, LevelForm.of(level), Effective.now(), Map.of(), model);
  }

  @PostMapping("/threshold-levels/{number}")
  String changeLevel(
      @AuthenticationPrincipal StaffUser me, @PathVariable String number, LevelForm form, Effective effective, Model model,
      RedirectAttributes flash) {
    ThresholdLevel level = level(me, number);
    FieldErrors errors = new FieldErrors();
    Instant now = clock.instant();
    String name = errors.required("name", "The name", form.name(), MAX_SHORT, "Enter the level’s name, like Early help");
    String summary = errors.optional("summary", "The summary", form.summary(), MAX_TEXT);
    String route = errors.optional("route", "What to do", form.route(), MAX_TEXT);
    List<IndicatorGroup> indicators = indicators(errors, form.indicators());
    Instant from = effective.from(errors, now);
    String why = effective.why(errors);
    if (!errors.isEmpty()) {
      return levelPage(level, form, effective, errors.ordered(), model);
    }
    changes.change(me, new ThresholdLevelChange(
        new ThresholdLevel(level.level(), name, summary, indicators, route, level.teamCode())), from, why);
    return CouncilPages.saved("Level " + level.level(), from, now, flash);
  }

  /** Indicators typed one domain a line with its examples under it, each on a line starting "- ". */
  static List<IndicatorGroup> indicators(FieldErrors errors, String typed) {
    String text = errors.optional("indicators", "The indicators", typed, MAX_INDICATORS);
    List<IndicatorGroup> groups = new ArrayList<>();
    if (text == null) {
      return groups;
    }
    String domain = null;
    List<String> examples = new ArrayList<>();
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("-") || line.startsWith("•")) {
        String example = line.substring(1).strip();
        if (domain == null) {
          errors.add("indicators", "Start the indicators with a domain, like Parents and carers, on a line of its own");
          return List.of();
        }
        if (!example.isEmpty()) {
          examples.add(example);
        }
      } else {
        if (domain != null) {
          groups.add(group(errors, domain, examples));
        }
        domain = line;
        examples = new ArrayList<>();
      }
    }
    if (domain != null) {
      groups.add(group(errors, domain, examples));
    }
    return groups;
  }

  private static IndicatorGroup group(FieldErrors errors, String domain, List<String> examples) {
    if (examples.isEmpty() && !errors.has("indicators")) {
      errors.add("indicators", domain + ": give at least one example under it, on a line starting with -");
    }
    return new IndicatorGroup(domain, examples);
  }

  private ThresholdLevel level(StaffUser me, String number) {
    return authorities.get(me.authorityId()).thresholdLevels().stream()
        .filter(level -> Integer.toString(level.level()).equals(number))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("level " + number));
  }

  private static String levelPage(ThresholdLevel level, LevelForm form, Effective effective, Map<String, String> errors, Model model) {
    model.addAttribute("level", level);
    return CouncilPages.page("council/threshold-level", form, effective, errors, model);
  }
}
