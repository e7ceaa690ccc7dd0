package uk.frontdoor.casework.web;

import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.frontdoor.casework.Caseload;
import uk.frontdoor.casework.Dues;
import uk.frontdoor.casework.Episodes;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.NotFoundException;

/** The lists of casework: children waiting for allocation, a worker's caseload, the team's caseloads. */
@Controller
@RequestMapping("/staff/casework")
record CaseworkController(Episodes episodes, Dues dues, WorkingTimeLeft left, ProtectionWork protection) {

  @GetMapping("/unallocated")
  @PreAuthorize("hasRole('TEAM_MANAGER')")
  String unallocated(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("rows", rows(me, episodes.unallocated(me.authorityId())));
    return "casework/unallocated";
  }

  @GetMapping("/caseload")
  @PreAuthorize("hasAnyRole('SOCIAL_WORKER', 'FAMILY_HELP', 'TEAM_MANAGER')")
  String myCaseload(@AuthenticationPrincipal StaffUser me, Model model) {
    return caseloadPage(me, me.id(), me.displayName(), true, model);
  }

  @GetMapping("/caseloads")
  @PreAuthorize("hasRole('TEAM_MANAGER')")
  String caseloads(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("caseloads", episodes.caseloads(me.authorityId()));
    model.addAttribute("overdue", rows(me, episodes.overdueAssessments(me.authorityId())));
    model.addAttribute("toAuthorise", rows(me, episodes.awaitingAssessmentAuthorisation(me.authorityId())));
    model.addAttribute("protection", protection.rows(me));
    return "casework/caseloads";
  }

  @GetMapping("/caseloads/{workerId}")
  @PreAuthorize("hasRole('TEAM_MANAGER')")
  String caseloadOf(@AuthenticationPrincipal StaffUser me, @PathVariable String workerId, Model model) {
    Caseload caseload =
        episodes.caseloads(me.authorityId()).stream()
            .filter(c -> c.workerId().toString().equals(workerId))
            .findFirst()
            .orElseThrow(() -> new NotFoundException(workerId));
    return caseloadPage(me, caseload.workerId(), caseload.workerName(), false, model);
  }

  private String caseloadPage(StaffUser me, UUID workerId, String workerName, boolean own, Model model) {
    model.addAttribute("own", own);
    model.addAttribute("workerName", workerName);
    model.addAttribute("rows", rows(me, episodes.caseload(me.authorityId(), workerId)));
    return "casework/caseload";
  }

  private List<CaseloadRow> rows(StaffUser me, List<uk.frontdoor.casework.Episode> list) {
    return left.rows(me, list, dues.of(me.authorityId(), list));
  }
}
