package uk.frontdoor.casework.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.ProtectionTeams;
import uk.frontdoor.identity.StaffUser;

/** The child protection team section of a child's page: the lead, the partner members and what they contributed. */
@Component
class ProtectionTeamSection {

  private final ProtectionTeams teams;

  ProtectionTeamSection(ProtectionTeams teams) {
    this.teams = teams;
  }

  void show(StaffUser me, Episode episode, Model model) {
    model.addAttribute("team", teams.of(me.authorityId(), episode.id()));
    model.addAttribute("mayChangeTeam", ProtectionTeams.mayChange(me));
  }
}
