package uk.frontdoor.casework.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.casework.Conference;
import uk.frontdoor.casework.Conferences;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;

/**
 * A child's child protection conferences: convening an initial conference (a social worker or a
 * team manager) for the child and any brothers and sisters whose enquiries called for one; the
 * conference's page, where invitees' reports and attendance are marked; cancelling it.
 */
@Controller
@RequestMapping("/staff/casework/episodes/{id}/conferences")
record ConferenceController(Conferences conferences, ProtectionSection section, WorkingCalendar calendar) {

  @GetMapping("/new")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String convening(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    Episode episode = opened(me, id, model);
    List<Conferences.Enquiry> children = awaiting(me, episode);
    return page(me, episode, children, new ConveneForm(null, null, null, null, null,
        children.stream().filter(c -> c.episodeId().equals(episode.id())).map(c -> c.id().toString()).toList(),
        List.of(), List.of(), List.of(), null), Map.of(), model);
  }

  @PostMapping("/new")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String convene(@AuthenticationPrincipal StaffUser me, @PathVariable String id, ConveneForm form, RedirectAttributes flash, Model model) {
    Episode episode = opened(me, id, model);
    List<Conferences.Enquiry> children = awaiting(me, episode);
    if (form.adding()) {
      return page(me, episode, children, form, Map.of(), model);
    }
    FieldErrors errors = new FieldErrors();
    List<UUID> chosen = children.stream().filter(c -> form.enquiries().contains(c.id().toString())).map(Conferences.Enquiry::id).toList();
    if (chosen.isEmpty()) {
      errors.add("enquiry", "Select the children the conference is for");
    }
    var parsed = form.parse(errors, conferences.chairs(me.authorityId()), section.today(), calendar.zone());
    if (parsed.isEmpty()) {
      return page(me, episode, children, form, errors.ordered(), model);
    }
    Conferences.Convened convened = conferences.conveneInitial(
        me, episode.id(), chosen, parsed.get().scheduledAt(), parsed.get().chair(), parsed.get().invitations());
    if (convened.result() != Result.DONE) {
      errors.add("enquiry", refused(convened.result()));
      return page(me, episode, awaiting(me, episode), form, errors.ordered(), model);
    }
    return scheduled(flash, episode, conferences.find(me.authorityId(), convened.id()).orElseThrow(), parsed.get().day());
  }

  @GetMapping("/{conferenceId}")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP', 'CONFERENCE_CHAIR')")
  String conference(@AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String conferenceId, Model model) {
    Episode episode = section.opened(me, id, "Child protection conference");
    Conference conference = find(me, episode, conferenceId);
    model.addAttribute("episode", episode);
    model.addAttribute("conference", conference);
    model.addAttribute("left", conference.scheduled() ? section.left(me, conference.dueOn()).text() : null);
    model.addAttribute("mayHold", Conferences.mayHold(me) && conference.scheduled());
    model.addAttribute("mayMark", (Conferences.mayHold(me) || Conferences.mayConvene(me)) && conference.status() != uk.frontdoor.casework.ConferenceStatus.CANCELLED);
    model.addAttribute("invitedAs", ConveneForm.INVITED_AS);
    model.addAttribute("agencies", ConveneForm.AGENCIES);
    return "casework/conference";
  }

  /** Marks an invitee's report as submitted or not, and whether they attended (yes, no, or not yet known). */
  @PostMapping("/{conferenceId}/invitees/{seq}")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'CONFERENCE_CHAIR')")
  String invitee(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @PathVariable String conferenceId,
      @PathVariable String seq,
      @RequestParam(required = false) String report,
      @RequestParam(required = false) String attended,
      RedirectAttributes flash) {
    Episode episode = section.opened(me, id, "Child protection conference");
    Conference conference = find(me, episode, conferenceId);
    int number;
    try {
      number = Integer.parseInt(seq);
    } catch (NumberFormatException notANumber) {
      throw new NotFoundException(seq);
    }
    Boolean came = "yes".equals(attended) ? Boolean.TRUE : "no".equals(attended) ? Boolean.FALSE : null;
    Result result = conferences.invitee(me, conference.id(), number, "yes".equals(report), came);
    if (result == Result.NOT_FOUND) {
      throw new NotFoundException(seq);
    }
    flash.addFlashAttribute("done", result == Result.DONE ? "The invitation is updated." : "This conference was cancelled: nothing can be marked.");
    return "redirect:" + address(episode, conference);
  }

  @GetMapping("/{conferenceId}/cancel")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'CONFERENCE_CHAIR')")
  String cancelling(@AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String conferenceId, Model model) {
    Episode episode = section.opened(me, id, "Child protection conference");
    model.addAttribute("episode", episode);
    return cancelForm(episode, find(me, episode, conferenceId)).page(model);
  }

  @PostMapping("/{conferenceId}/cancel")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'CONFERENCE_CHAIR')")
  String cancel(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @PathVariable String conferenceId,
      DatedForm.Typed typed,
      RedirectAttributes flash,
      Model model) {
    Episode episode = section.opened(me, id, "Child protection conference");
    model.addAttribute("episode", episode);
    Conference conference = find(me, episode, conferenceId);
    FieldErrors errors = new FieldErrors();
    String reason = errors.required("text", "The reason", typed.text(), EpisodeController.MAX_REASON, "Say why the conference is cancelled");
    Result result = errors.isEmpty() ? conferences.cancel(me, conference.id(), reason) : null;
    if (result == Result.DONE) {
      flash.addFlashAttribute("done", "The conference is cancelled.");
      return "redirect:" + address(episode, conference);
    }
    if (result != null) {
      errors.add("text", "This conference has been held or cancelled already");
    }
    return cancelForm(episode, conference).page(model, typed, errors.ordered());
  }

  /** Back to the conference's page, saying when it meets, and warning when that is after the day it is due by. */
  static String scheduled(RedirectAttributes flash, Episode episode, Conference conference, LocalDate day) {
    flash.addFlashAttribute("done", "The " + conference.kind().label().toLowerCase(java.util.Locale.UK) + " is scheduled for "
        + DatedForm.day(day) + "." + (day.isAfter(conference.dueOn())
            ? " That is after " + DatedForm.day(conference.dueOn()) + ", the day it is due by: the chair records why it was late." : ""));
    return "redirect:" + address(episode, conference);
  }

  static String address(Episode episode, Conference conference) {
    return "/staff/casework/episodes/" + episode.id() + "/conferences/" + conference.id();
  }

  /** Why a convening was refused, in words for the form. */
  static String refused(Result result) {
    return switch (result) {
      case NOT_ELIGIBLE -> "Only a social worker or a team manager convenes a conference, with one of the council’s conference chairs";
      case CLOSED -> EpisodeController.cannotChange(result);
      default -> "These children’s conference has been convened already, or the plan has a review scheduled: check the child’s page";
    };
  }

  private Episode opened(StaffUser me, String id, Model model) {
    return section.opened(me, id, "Child protection conference", model);
  }

  private List<Conferences.Enquiry> awaiting(StaffUser me, Episode episode) {
    List<Conferences.Enquiry> children = conferences.awaiting(me.authorityId(), episode.id());
    if (children.stream().noneMatch(c -> c.episodeId().equals(episode.id()))) {
      throw new NotFoundException("No enquiry of " + episode.id() + " calls for a conference");
    }
    return children;
  }

  private String page(StaffUser me, Episode episode, List<Conferences.Enquiry> children, ConveneForm form, Map<String, String> errors, Model model) {
    LocalDate due = children.stream().map(Conferences.Enquiry::conferenceDueOn).min(LocalDate::compareTo).orElseThrow();
    return form.page(model, "Convene an initial child protection conference", "/staff/casework/episodes/" + episode.id() + "/conferences/new",
        due, section.left(me, due).text(), conferences.chairs(me.authorityId()), children, errors);
  }

  private Conference find(StaffUser me, Episode episode, String conferenceId) {
    return conferences.find(me.authorityId(), EpisodePages.id(conferenceId))
        .filter(c -> c.children().stream().anyMatch(child -> child.episodeId().equals(episode.id())))
        .orElseThrow(() -> new NotFoundException(conferenceId));
  }

  private static DatedForm cancelForm(Episode episode, Conference conference) {
    return new DatedForm(
        "Cancel the conference", "The " + conference.kind().label().toLowerCase(java.util.Locale.UK) + " for " + conference.childNames()
            + " stays on their pages as cancelled. A conference that must still meet is convened again.",
        null, null, "Why is the conference cancelled?", null, "Cancel the conference", address(episode, conference) + "/cancel");
  }
}
