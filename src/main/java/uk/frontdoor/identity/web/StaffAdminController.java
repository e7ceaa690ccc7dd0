package uk.frontdoor.identity.web;

import java.time.Clock;
import java.util.List;
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
import uk.frontdoor.identity.StaffAccount;
import uk.frontdoor.identity.StaffAdministration;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.NotFoundException;
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

  /** What a confirmation page asks before a change that cannot simply be undone. */
  record Confirmation(String heading, List<String> explanation, String button, boolean warning, String action) {}

  @GetMapping("/{id}/reset-authenticator")
  String confirmReset(@AuthenticationPrincipal StaffUser me, @PathVariable UUID id, Model model) {
    StaffAccount account = account(me, id);
    return confirmation(
        me, account,
        new Confirmation(
            "Reset the authenticator app for " + account.displayName() + "?",
            List.of(
                "Only do this once you are sure who is asking, for example by calling them on a number you already hold.",
                "Their current app stops working at once. At their next sign-in they enter their password and set up a new app from a QR code.",
                "The reset is recorded with your name."),
            "Reset app", true, "/staff/admin/" + id + "/reset-authenticator"),
        model);
  }

  @PostMapping("/{id}/reset-authenticator")
  String resetAuthenticator(@AuthenticationPrincipal StaffUser me, @PathVariable UUID id, RedirectAttributes flash) {
    StaffAccount account = account(me, id);
    if (!administration.resetAuthenticator(me, id)) {
      throw new NotFoundException(id.toString());
    }
    flash.addFlashAttribute(
        "done",
        "The authenticator app for " + account.displayName() + " (" + account.username()
            + ") is reset. They set up a new one when they next sign in.");
    return "redirect:/staff/admin";
  }

  @GetMapping("/{id}/lift-lock-out")
  String confirmLiftLockOut(@AuthenticationPrincipal StaffUser me, @PathVariable UUID id, Model model) {
    StaffAccount account = account(me, id);
    return confirmation(
        me, account,
        new Confirmation(
            "Lift the lock-out for " + account.displayName() + "?",
            List.of(
                "Their account was locked after five failed passwords or codes in a row. Someone else may have been trying to sign in as them.",
                "Check with them that it was them before you lift it. They can then sign in straight away with their password and app.",
                "Lifting it is recorded with your name."),
            "Lift lock-out", false, "/staff/admin/" + id + "/lift-lock-out"),
        model);
  }

  @PostMapping("/{id}/lift-lock-out")
  String liftLockOut(@AuthenticationPrincipal StaffUser me, @PathVariable UUID id, RedirectAttributes flash) {
    StaffAccount account = account(me, id);
    if (!administration.liftLockOut(me, id)) {
      throw new NotFoundException(id.toString());
    }
    flash.addFlashAttribute(
        "done", "The lock-out on " + account.displayName() + " (" + account.username() + ") is lifted. They can sign in again now.");
    return "redirect:/staff/admin";
  }

  private String confirmation(StaffUser me, StaffAccount account, Confirmation confirm, Model model) {
    model.addAttribute("council", authorities.get(me.authorityId()));
    model.addAttribute("account", account);
    model.addAttribute("confirm", confirm);
    return "staff/admin-confirm";
  }

  /** A member of the administrator's own council's staff; anyone else is not found. */
  private StaffAccount account(StaffUser me, UUID id) {
    return administration.staff(me.authorityId()).stream()
        .filter(a -> a.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFoundException(id.toString()));
  }
}
