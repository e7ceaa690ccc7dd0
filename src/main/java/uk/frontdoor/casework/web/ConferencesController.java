package uk.frontdoor.casework.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.frontdoor.casework.Conference;
import uk.frontdoor.casework.Conferences;
import uk.frontdoor.identity.StaffUser;

/** The council's child protection conferences, for the chairs and team managers: those scheduled, the soonest first, and those held lately. */
@Controller
record ConferencesController(Conferences conferences, ProtectionSection section) {

  /** A conference in the list, with the time left until the day it is due by (scheduled ones). */
  record Row(Conference conference, String left, boolean overdue) {}

  @GetMapping("/staff/casework/conferences")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'CONFERENCE_CHAIR')")
  String conferences(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("scheduled", conferences.scheduled(me.authorityId()).stream().map(c -> {
      var left = section.left(me, c.dueOn());
      return new Row(c, left.text(), left.overdue());
    }).toList());
    model.addAttribute("held", conferences.recentlyHeld(me.authorityId()));
    return "casework/conferences";
  }
}
