package uk.frontdoor.casework.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.frontdoor.casework.Conference;
import uk.frontdoor.casework.Conferences;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.ProtectionPlan;
import uk.frontdoor.casework.ProtectionPlans;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.TimeLeft;

/**
 * The child protection section of a child's page (casework/protection-plans): conferences and
 * plans, and the links to convene one; who may open a child's pages for child protection (a
 * conference chair only a child who has been at a conference); the time left to a day.
 */
@Component
record ProtectionSection(
    Conferences conferences, ProtectionPlans plans, EpisodePages pages, WorkingTimeLeft left) {

  /** What the section shows. */
  record Section(List<Conference> conferences, List<ProtectionPlan> plans, boolean mayConvene, boolean awaiting, boolean unborn) {}

  void show(StaffUser me, Episode episode, Model model) {
    model.addAttribute("protection", new Section(
        conferences.of(me.authorityId(), episode.id()),
        plans.of(me.authorityId(), episode.id()),
        Conferences.mayConvene(me),
        !conferences.awaiting(me.authorityId(), episode.id()).isEmpty(),
        episode.dateOfBirth() == null && episode.expectedDate() != null));
  }

  /**
   * The episode, its view recorded with the part seen, for casework staff, or for a conference
   * chair if the child has been at a conference; refused to a chair otherwise, before anything is seen.
   */
  Episode opened(StaffUser me, String id, String part) {
    boolean casework = me.roles().contains("TEAM_MANAGER") || me.roles().contains("SOCIAL_WORKER") || me.roles().contains("FAMILY_HELP");
    if (!casework && !conferences.hasConference(me.authorityId(), EpisodePages.id(id))) {
      throw new AccessDeniedException("A conference chair opens only the pages of children at a conference");
    }
    return pages.opened(me, id, part);
  }

  /** The episode, its view recorded with the part seen, put on the page being made: for a form. */
  Episode opened(StaffUser me, String id, String part, Model model) {
    Episode episode = pages.opened(me, id, part);
    model.addAttribute("episode", episode);
    return episode;
  }

  /** The time left until the end of the day, in the caseload's words: "10 working days left: due by the end of …". */
  TimeLeft left(StaffUser me, LocalDate lastDay) {
    return left.untilEndOf(me, lastDay);
  }

  /** Today, UK time. */
  LocalDate today() {
    return left.today();
  }
}
