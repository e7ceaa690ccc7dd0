package uk.frontdoor.casework.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.frontdoor.casework.EmergencyProtection;
import uk.frontdoor.casework.EmergencyProtectionOrderStatus;
import uk.frontdoor.casework.EmergencyProtections;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.EpisodeLevel;
import uk.frontdoor.casework.PreProceeding;
import uk.frontdoor.casework.PreProceedings;
import uk.frontdoor.casework.PreProceedingsStatus;
import uk.frontdoor.casework.ProtectionTeams;
import uk.frontdoor.identity.StaffUser;

/**
 * The child protection sections of a child's page: the child protection team (the lead, the
 * partner members and what they contributed), family group decision-making and pre-proceedings
 * with the steps that may come next, and emergency protection with the time left.
 */
@Component
record ProtectionTeamSection(
    ProtectionTeams teams, PreProceedings preProceedings, EmergencyProtections emergencyProtections, Clock clock) {

  /**
   * An emergency protection order or police protection as the child's page shows it: the time left
   * while in force, whether police protection's 72 hours passed with no end recorded, and which
   * steps may be recorded.
   */
  record Protection(EmergencyProtection p, String timeLeft, boolean endOverdue, boolean mayExtend, boolean mayEnd) {}

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
    boolean mayRecord = mayChange && episode.open() && episode.level() == EpisodeLevel.CHILD_IN_NEED;
    Instant now = clock.instant();
    List<Protection> protections = emergencyProtections.of(me.authorityId(), episode.id()).stream()
        .map(p -> new Protection(p, p.timeLeft(now), p.endOverdue(now),
            mayRecord && p.status() == EmergencyProtectionOrderStatus.MADE && p.endedAt() == null,
            mayRecord && p.endedAt() == null && (p.inForce(now) || p.endOverdue(now))))
        .toList();
    model.addAttribute("emergencyProtections", protections);
    model.addAttribute("mayRecordProtection", mayRecord);
  }
}
