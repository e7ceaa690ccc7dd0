package uk.frontdoor.casework.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.Plan;
import uk.frontdoor.casework.PlanKind;
import uk.frontdoor.casework.Plans;
import uk.frontdoor.casework.Visits;
import uk.frontdoor.identity.StaffUser;

/** The visits and plans section of a child's page: what it lists, and which plans may start. */
@Component
record VisitsAndPlansSection(Visits visits, Plans plans) {

  void show(StaffUser me, Episode episode, Model model) {
    List<Plan> list = plans.of(me.authorityId(), episode.id());
    model.addAttribute("visits", visits.of(me.authorityId(), episode.id()));
    model.addAttribute("plans", list);
    model.addAttribute("startable", startable(episode, list, plans.hasChildProtectionPlan(me.authorityId(), episode)));
    model.addAttribute("mayRecord", Visits.mayRecord(me, episode));
  }

  /** The episode, its view recorded and the page's common parts added, if the member of staff may record visits and plans on it. */
  static Episode recordable(EpisodePages pages, StaffUser me, String id, Model model) {
    Episode episode = pages.opened(me, id);
    if (!Visits.mayRecord(me, episode)) {
      throw new AccessDeniedException("Only the lead practitioner, a social worker or a team manager records visits and plans");
    }
    model.addAttribute("episode", episode);
    return episode;
  }

  /**
   * The kinds of plan that may start now: the kind of the episode's level, if none of that kind is
   * open, and never a child in need plan beside a child protection plan.
   */
  static List<String> startable(Episode episode, List<Plan> list, boolean childProtectionPlan) {
    List<String> kinds = new ArrayList<>();
    for (PlanKind kind : PlanKind.values()) {
      if (kind.level() == episode.level() && list.stream().noneMatch(p -> p.open() && p.kind() == kind)
          && !(childProtectionPlan && kind == PlanKind.CHILD_IN_NEED)) {
        kinds.add(kind.name());
      }
    }
    return kinds;
  }
}
