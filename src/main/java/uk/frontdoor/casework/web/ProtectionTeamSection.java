package uk.frontdoor.casework.web;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.EpisodeLevel;
import uk.frontdoor.casework.PreProceeding;
import uk.frontdoor.casework.PreProceedings;
import uk.frontdoor.casework.PreProceedingsStatus;
import uk.frontdoor.casework.ProtectionTeams;
import uk.frontdoor.identity.StaffUser;

/**
 * The child protection sections of a child's page: the child protection team (the lead, the
 * partner members and what they contributed), and family group decision-making and pre-proceedings
 * with the steps that may come next.
 */
@Component
record ProtectionTeamSection(ProtectionTeams teams, PreProceedings preProceedings) {

  void show(StaffUser me, Episode episode, Model model) {
    model.addAttribute("team", teams.of(me.authorityId(), episode.id()));
    boolean mayChange = ProtectionTeams.mayChange(me);
    model.addAttribute("mayChangeTeam", mayChange);
    PreProceeding latest = preProceedings.latest(me.authorityId(), episode.id()).orElse(null);
    model.addAttribute("preProceedings", latest);
    Set<String> next = new LinkedHashSet<>();
    if (mayChange && episode.open() && episode.level() == EpisodeLevel.CHILD_IN_NEED) {
      PreProceedingsStatus at = latest == null || latest.status().finished() ? PreProceedingsStatus.WORKFLOW.start() : latest.status();
      for (PreProceedingsStatus.Command command : PreProceedingsStatus.WORKFLOW.commands()) {
        if (PreProceedingsStatus.WORKFLOW.allowed(at, command)) {
          next.add(PreProceedingsController.slug(command));
        }
      }
    }
    model.addAttribute("preProceedingsSteps", next);
  }
}
