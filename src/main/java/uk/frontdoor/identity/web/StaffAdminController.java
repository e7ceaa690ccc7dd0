package uk.frontdoor.identity.web;

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
import uk.frontdoor.identity.StaffAccount;
import uk.frontdoor.identity.StaffAdministration;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.NotFoundException;

/** A council administrator's page of their council's staff. */
@Controller
@RequestMapping("/staff/admin")
@PreAuthorize("hasRole('COUNCIL_ADMINISTRATOR')")
class StaffAdminController {

  private final StaffAdministration administration;

  StaffAdminController(StaffAdministration administration) {
    this.administration = administration;
  }

  @GetMapping
  String staff(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("staff", administration.staff(me.authorityId()));
    return "staff/admin";
  }

  /** What a confirmation page asks before a change that cannot simply be undone. */
  record Confirmation(String heading, List<String> explanation, String button, boolean warning, String action) {}

  /**
   * A change to a member of staff's account, asked on a confirmation page first: its words, with %s for the member of
   * staff (their name on the page, their name and username in the message after it is done).
   */
  private enum Change {
    RESET_AUTHENTICATOR(
        "reset-authenticator",
        "Reset the authenticator app for %s?",
        List.of(
            "Only do this once you are sure who is asking, for example by calling them on a number you already hold.",
            "Their current app stops working at once. At their next sign-in they enter their password and set up a new app from a QR code.",
            "The reset is recorded with your name."),
        "Reset app",
        true,
        "The authenticator app for %s is reset. They set up a new one when they next sign in."),
    LIFT_LOCK_OUT(
        "lift-lock-out",
        "Lift the lock-out for %s?",
        List.of(
            "Their account was locked after five failed passwords or codes in a row. Someone else may have been trying to sign in as them.",
            "Check with them that it was them before you lift it. They can then sign in straight away with their password and app.",
            "Lifting it is recorded with your name."),
        "Lift lock-out",
        false,
        "The lock-out on %s is lifted. They can sign in again now.");

    private final String path;
    private final String heading;
    private final List<String> explanation;
    private final String button;
    private final boolean warning;
    private final String done;

    Change(String path, String heading, List<String> explanation, String button, boolean warning, String done) {
      this.path = path;
      this.heading = heading;
      this.explanation = explanation;
      this.button = button;
      this.warning = warning;
      this.done = done;
    }

    static Change fromPath(String path) {
      for (Change change : values()) {
        if (change.path.equals(path)) {
          return change;
        }
      }
      throw new NotFoundException(path);
    }

    Confirmation confirmation(StaffAccount account) {
      return new Confirmation(
          heading.formatted(account.displayName()), explanation, button, warning,
          "/staff/admin/" + account.id() + "/" + path);
    }

    String done(StaffAccount account) {
      return done.formatted(account.displayName() + " (" + account.username() + ")");
    }
  }

  @GetMapping("/{id}/{change:reset-authenticator|lift-lock-out}")
  String confirm(@AuthenticationPrincipal StaffUser me, @PathVariable UUID id, @PathVariable String change, Model model) {
    StaffAccount account = account(me, id);
    model.addAttribute("account", account);
    model.addAttribute("confirm", Change.fromPath(change).confirmation(account));
    return "staff/admin-confirm";
  }

  @PostMapping("/{id}/{change:reset-authenticator|lift-lock-out}")
  String change(
      @AuthenticationPrincipal StaffUser me, @PathVariable UUID id, @PathVariable String change, RedirectAttributes flash) {
    StaffAccount account = account(me, id);
    Change asked = Change.fromPath(change);
    boolean changed =
        switch (asked) {
          case RESET_AUTHENTICATOR -> administration.resetAuthenticator(me, id);
          case LIFT_LOCK_OUT -> administration.liftLockOut(me, id);
        };
    if (!changed) {
      throw new NotFoundException(id.toString());
    }
    flash.addFlashAttribute("done", asked.done(account));
    return "redirect:/staff/admin";
  }

  /** A member of the administrator's own council's staff; anyone else is not found. */
  private StaffAccount account(StaffUser me, UUID id) {
    return administration.staff(me.authorityId()).stream()
        .filter(a -> a.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFoundException(id.toString()));
  }
}
