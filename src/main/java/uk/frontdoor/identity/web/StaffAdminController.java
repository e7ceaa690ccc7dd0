package uk.frontdoor.identity.web;

import java.time.Clock;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.AuthorityNotFoundException;
import uk.frontdoor.identity.StaffAdministration;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.WhenText;

/** A council administrator's page of their council's staff. */
@Controller
@RequestMapping("/staff/admin")
@PreAuthorize("hasRole('COUNCIL_ADMINISTRATOR')")
class StaffAdminController {

  private final StaffAdministration administration;
  private final Authorities authorities;
  private final Clock clock;

  StaffAdminController(StaffAdministration administration, Authorities authorities, Clock clock) {
    this.administration = administration;
    this.authorities = authorities;
    this.clock = clock;
  }

  @GetMapping
  String staff(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("council", authorities.get(me.authorityId()));
    model.addAttribute("staff", administration.staff(me.authorityId()));
    model.addAttribute("when", new WhenText(clock.instant()));
    return "staff/admin";
  }

  @PostMapping("/{id}/reset-authenticator")
  String resetAuthenticator(@AuthenticationPrincipal StaffUser me, @PathVariable UUID id, RedirectAttributes flash) {
    if (!administration.resetAuthenticator(me, id)) {
      throw new AuthorityNotFoundException(id.toString());
    }
    flash.addFlashAttribute("done", "Their authenticator app is forgotten: they set up a new one when they next sign in.");
    return "redirect:/staff/admin";
  }

  @PostMapping("/{id}/lift-lock-out")
  String liftLockOut(@AuthenticationPrincipal StaffUser me, @PathVariable UUID id, RedirectAttributes flash) {
    if (!administration.liftLockOut(me, id)) {
      throw new AuthorityNotFoundException(id.toString());
    }
    flash.addFlashAttribute("done", "The lock-out is lifted: they can sign in again now.");
    return "redirect:/staff/admin";
  }
}
