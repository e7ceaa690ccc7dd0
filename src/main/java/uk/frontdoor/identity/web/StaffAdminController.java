package uk.frontdoor.identity.web;

import java.util.List;
import java.util.Map;
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
import uk.frontdoor.identity.StaffRoles;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.NotFoundException;

/**
 * A council administrator's page of their council's staff, and the changes to an account that are
 * asked on a confirmation page first (reset an app, lift a lock-out, disable, re-enable). Invitations
 * and roles are {@link StaffRolesController}'s.
 */
@Controller
@RequestMapping("/staff/admin")
@PreAuthorize("hasRole('COUNCIL_ADMINISTRATOR')")
record StaffAdminController(StaffAdministration administration, StaffRoles roles) {

  @GetMapping
  String staff(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("staff", administration.staff(me.authorityId()));
    model.addAttribute("requests", roles.waiting(me.authorityId()));
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
        "The lock-out on %s is lifted. They can sign in again now."),
    DISABLE(
        "disable",
        "Disable the account of %s?",
        List.of(
            "They cannot sign in while it is disabled, and if they are signed in now, they are signed out at once.",
            "Their work and records stay as they are. You can re-enable the account later.",
            "They are told by email, and the change is recorded with your name."),
        "Disable account",
        true,
        "The account of %s is disabled. They cannot sign in."),
    ENABLE(
        "enable",
        "Re-enable the account of %s?",
        List.of(
            "They can sign in again with their password and authenticator app, with the roles they had.",
            "They are told by email, and the change is recorded with your name."),
        "Re-enable account",
        false,
        "The account of %s is enabled again. They can sign in.");

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

  @GetMapping("/{id}/{change:reset-authenticator|lift-lock-out|disable|enable}")
  String confirm(@AuthenticationPrincipal StaffUser me, @PathVariable UUID id, @PathVariable String change, Model model) {
    StaffAccount account = account(me, id);
    model.addAttribute("account", account);
    model.addAttribute("confirm", Change.fromPath(change).confirmation(account));
    return "staff/admin-confirm";
  }

  @PostMapping("/{id}/{change:reset-authenticator|lift-lock-out|disable|enable}")
  String change(
      @AuthenticationPrincipal StaffUser me, @PathVariable UUID id, @PathVariable String change, RedirectAttributes flash,
      Model model) {
    StaffAccount account = account(me, id);
    Change asked = Change.fromPath(change);
    boolean changed;
    try {
      changed =
          switch (asked) {
            case RESET_AUTHENTICATOR -> administration.resetAuthenticator(me, id);
            case LIFT_LOCK_OUT -> administration.liftLockOut(me, id);
            case DISABLE -> administration.disable(me, id);
            case ENABLE -> administration.enable(me, id);
          };
    } catch (StaffAdministration.LastAdministrator last) {
      model.addAttribute("errors", Map.of("confirm", last.said() + ". Their account stays enabled."));
      return confirm(me, id, change, model);
    }
    if (!changed) {
      throw new NotFoundException(id.toString());
    }
    flash.addFlashAttribute("done", asked.done(account));
    return "redirect:/staff/admin";
  }

  private StaffAccount account(StaffUser me, UUID id) {
    return administration.account(me.authorityId(), id).orElseThrow(() -> new NotFoundException(id.toString()));
  }
}
