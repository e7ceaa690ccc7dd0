package uk.frontdoor.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.casework.Chronology;
import uk.frontdoor.casework.ChronologyEntry;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;

/**
 * A child's chronology: read on screen or printed for a conference or a court, all of it or only
 * what matters; workers add events no record holds and mark the entries that matter.
 */
@Controller
@RequestMapping("/staff/casework/episodes/{id}/chronology")
record ChronologyController(Chronology chronology, EpisodePages pages, Clock clock) {

  /** An entry of the chronology, and whether it is significant. */
  record Mark(String entry, String significant) {}

  @GetMapping
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String chronology(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @RequestParam(required = false) String only,
      Model model) {
    boolean significantOnly = "significant".equals(only);
    Episode episode = pages.opened(me, id, significantOnly ? "Chronology (significant entries)" : "Chronology");
    List<ChronologyEntry> entries = chronology.of(me.authorityId(), episode);
    model.addAttribute("episode", episode);
    model.addAttribute("entries", significantOnly ? entries.stream().filter(ChronologyEntry::significant).toList() : entries);
    model.addAttribute("significantOnly", significantOnly);
    model.addAttribute("now", clock.instant());
    return "casework/chronology";
  }

  @PostMapping("/marks")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String mark(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Mark form, RedirectAttributes flash) {
    Episode episode = pages.opened(me, id, "Chronology");
    boolean marking = "true".equals(form.significant());
    Chronology.Result result = chronology.mark(me, episode, form.entry() == null ? "" : form.entry(), marking);
    if (result == Chronology.Result.NOT_FOUND) {
      throw new NotFoundException(String.valueOf(form.entry()));
    }
    flash.addFlashAttribute(
        result == Chronology.Result.DONE ? "done" : "refused",
        result == Chronology.Result.DONE
            ? (marking ? "The entry is marked as significant." : "The entry is no longer marked as significant.")
            : EpisodeController.cannotChange(Result.CLOSED) + ".");
    return "redirect:/staff/casework/episodes/" + episode.id() + "/chronology#" + ChronologyEntry.anchor(form.entry());
  }

  @GetMapping("/events")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String newEvent(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    return eventPage(me, pages.opened(me, id, "Chronology"), Map.of(), Map.of(), model);
  }

  @PostMapping("/events")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String addEvent(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @RequestParam Map<String, String> form,
      RedirectAttributes flash,
      Model model) {
    Episode episode = pages.opened(me, id, "Chronology");
    FieldErrors errors = new FieldErrors();
    if (!episode.open()) {
      errors.add("what", EpisodeController.cannotChange(Result.CLOSED));
      return eventPage(me, episode, form, errors.ordered(), model);
    }
    Optional<LocalDate> on = errors.typedDate("onDay", "The date", form.get("onDay"), form.get("onMonth"), form.get("onYear"));
    LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
    if (on.isEmpty() && !errors.has("onDay")) {
      errors.add("onDay", "Enter the date it happened");
    } else if (on.isPresent() && on.get().isAfter(today)) {
      errors.add("onDay", "The date must be today or in the past");
    } else if (on.isPresent() && on.get().getYear() < 1900) {
      errors.add("onDay", "The date must be in 1900 or later");
    }
    String what = errors.required("what", "What happened", form.get("what"), Chronology.MAX_WHAT, "Enter what happened");
    String source = errors.optional("source", "Where this comes from", form.get("source"), Chronology.MAX_SOURCE);
    if (!errors.isEmpty()) {
      return eventPage(me, episode, form, errors.ordered(), model);
    }
    Chronology.Result result = chronology.add(me, episode, on.get(), what, source, "yes".equals(form.get("significant")));
    if (result != Chronology.Result.DONE) {
      return eventPage(me, pages.opened(me, id, "Chronology"), form,
          Map.of("what", EpisodeController.cannotChange(Result.CLOSED)), model);
    }
    flash.addFlashAttribute("done", "The event is on " + episode.childName() + "’s chronology.");
    return "redirect:/staff/casework/episodes/" + episode.id() + "/chronology";
  }

  private String eventPage(StaffUser me, Episode episode, Map<String, String> form, Map<String, String> errors, Model model) {
    model.addAttribute("episode", episode);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "casework/chronology-event";
  }
}
