package uk.frontdoor.casework.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
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
import uk.frontdoor.casework.Enquiries;
import uk.frontdoor.casework.Enquiry;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.casework.StrategyDiscussion;
import uk.frontdoor.casework.StrategyDiscussion.Agency;
import uk.frontdoor.casework.StrategyDiscussions;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.WhenText;

/**
 * Recording a strategy discussion once held, from an open episode, by a social worker or a team
 * manager: when, who took part, what was discussed, the decision for each child, the actions; and
 * a recorded discussion's page, read-only.
 */
@Controller
@RequestMapping("/staff/casework/episodes/{id}/strategy-discussions")
record StrategyDiscussionController(StrategyDiscussions discussions, EpisodePages pages, WorkingCalendar calendar,
    Clock clock) {

  @GetMapping("/new")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String recording(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    Episode episode = recordable(me, id);
    return form(me, episode, StrategyForm.empty(), Map.of(), model);
  }

  /**
   * Records the discussion, or shows the form again: with more rows where "Add another" was
   * pressed, or with the errors beside their fields; everything typed is kept.
   */
  @PostMapping("/new")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER')")
  String record(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String id,
      @RequestParam Map<String, String> params,
      @RequestParam(name = "children", required = false) List<String> children,
      RedirectAttributes flash,
      Model model) {
    Episode episode = recordable(me, id);
    StrategyForm typed = StrategyForm.posted(params, children);
    String add = params.get("add");
    if ("attendee".equals(add) || "action".equals(add)) {
      return form(me, episode, typed.more(add), Map.of(), model);
    }
    FieldErrors errors = new FieldErrors();
    if (!episode.open()) {
      errors.add("heldDay", EpisodeController.cannotChange(Result.CLOSED));
      return form(me, episode, typed, errors.ordered(), model);
    }
    List<Episode> discussable = discussions.children(me.authorityId(), episode);
    Optional<StrategyDiscussions.Draft> draft = typed.draft(
        errors, episode, discussable, discussions.of(me.authorityId(), episode.id()), clock.instant(), calendar.zone());
    if (draft.isEmpty()) {
      return form(me, episode, typed, errors.ordered(), model);
    }
    StrategyDiscussions.Recorded recorded;
    try {
      recorded = discussions.record(me, episode.id(), draft.get());
    } catch (org.springframework.dao.DuplicateKeyException | org.springframework.dao.ConcurrencyFailureException atTheSameMoment) {
      recorded = new StrategyDiscussions.Recorded(Result.WRONG_STAGE, null, List.of(), Map.of());
    }
    if (recorded.result() == Result.DONE) {
      long started = draft.get().children().stream().filter(StrategyDiscussion.ChildDecision::section47).count();
      return EpisodePages.done(flash, episode, "The strategy discussion is recorded."
          + (started == 0 ? "" : started == 1 ? " A section 47 enquiry started." : " " + started + " section 47 enquiries started."));
    }
    for (Agency agency : recorded.missing()) {
      errors.add(StrategyForm.whyNotField(agency),
          "Add an attendee from " + StrategyForm.inWords(agency) + ", or say why " + StrategyForm.inWords(agency) + " could not take part");
    }
    for (Map.Entry<java.util.UUID, Enquiry> open : recorded.stillOpen().entrySet()) {
      String name = discussable.stream().filter(c -> c.id().equals(open.getKey())).findFirst().map(Episode::childName).orElse("The child");
      errors.add("section47-" + open.getKey(), name + "’s section 47 enquiry started on " + DatedForm.day(open.getValue().startedOn())
          + " is still open: record its outcome first");
    }
    if (errors.isEmpty()) {
      errors.add("heldDay", EpisodeController.cannotChange(recorded.result()));
    }
    return form(me, episode, typed, errors.ordered(), model);
  }

  @GetMapping("/{discussionId}")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String discussion(@AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String discussionId, Model model) {
    java.util.UUID discussion = EpisodePages.id(discussionId);
    Episode episode = pages.opened(me, id, "Strategy discussion " + discussion);
    StrategyDiscussion found =
        discussions.find(me.authorityId(), episode.id(), discussion).orElseThrow(() -> new NotFoundException(discussionId));
    model.addAttribute("episode", episode);
    model.addAttribute("discussion", found);
    model.addAttribute("follows", found.followsId() == null ? null
        : discussions.find(me.authorityId(), episode.id(), found.followsId()).orElse(null));
    model.addAttribute("agencies", Agency.REQUIRED);
    return "casework/strategy-discussion";
  }

  private Episode recordable(StaffUser me, String id) {
    Episode episode = pages.opened(me, id, "Recording a strategy discussion");
    if (!Enquiries.mayRecord(me)) {
      throw new AccessDeniedException("Only a social worker or a team manager records strategy discussions");
    }
    return episode;
  }

  private String form(StaffUser me, Episode episode, StrategyForm typed, Map<String, String> errors, Model model) {
    List<StrategyDiscussion> earlier = discussions.of(me.authorityId(), episode.id());
    WhenText when = new WhenText(clock.instant());
    model.addAttribute("episode", episode);
    model.addAttribute("form", typed);
    model.addAttribute("children", discussions.children(me.authorityId(), episode));
    model.addAttribute("agencies", Labelled.options(Agency.values()));
    model.addAttribute("required", Agency.REQUIRED);
    model.addAttribute("earlier", earlier.isEmpty() ? Map.of() : StrategyForm.earlierOptions(earlier, when::dateAndTime));
    model.addAttribute("yesNo", uk.frontdoor.platform.journey.Question.YES_NO);
    model.addAttribute("errors", errors);
    return "casework/strategy-discussion-form";
  }
}
