package uk.frontdoor.identity.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.identity.Agency;
import uk.frontdoor.identity.StaffAccount;
import uk.frontdoor.identity.StaffAdministration;
import uk.frontdoor.identity.StaffInvitations;
import uk.frontdoor.identity.StaffInvitations.Inviter;
import uk.frontdoor.identity.StaffInvitations.NewStaff;
import uk.frontdoor.identity.StaffRole;
import uk.frontdoor.identity.StaffRoles;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.NotFoundException;

/**
 * A council administrator invites staff (several roles each) and changes their roles; their own
 * wider roles wait for a second administrator, who approves or refuses them here.
 */
@Controller
@RequestMapping("/staff/admin")
@PreAuthorize("hasRole('COUNCIL_ADMINISTRATOR')")
record StaffRolesController(StaffInvitations invitations, StaffRoles roles, StaffAdministration administration) {

  private static final String STAFF = "redirect:/staff/admin";

  /** What an invitation's form holds, as typed. */
  record InviteForm(String name, String email, String agency, List<String> roles) {}

  @GetMapping("/invite")
  String inviteForm(@AuthenticationPrincipal StaffUser me, Model model) {
    return inviteView(me, new InviteForm("", "", "", List.of()), new FieldErrors(), model);
  }

  @PostMapping("/invite")
  String invite(
      @AuthenticationPrincipal StaffUser me,
      @RequestParam(name = "name", required = false) String name,
      @RequestParam(name = "email", required = false) String email,
      @RequestParam(name = "agency", required = false) String agency,
      @RequestParam(name = "roles", required = false) List<String> picked,
      RedirectAttributes flash,
      Model model) {
    InviteForm form = new InviteForm(name, email, agency, picked == null ? List.of() : picked);
    FieldErrors errors = new FieldErrors();
    String cleanName = errors.required("name", "Their name", name, 200, "Enter their full name");
    String address = errors.email("email", email, true, "Enter their work email address");
    if (address != null && !errors.has("email") && invitations.taken(address)) {
      errors.add("email", "Someone already signs in to Front Door with " + address);
    }
    Agency chosen = Labelled.named(Agency.class, agency).orElse(null);
    if (chosen == null) {
      errors.add("agency", "Select the agency they work for");
    }
    Set<StaffRole> asked = roles(me, form.roles(), errors);
    if (!errors.isEmpty()) {
      return inviteView(me, form, errors, model);
    }
    try {
      invitations.invite(me.authorityId(), Inviter.of(me), new NewStaff(cleanName, address, chosen, List.copyOf(asked)),
          SiteAddress.current());
    } catch (org.springframework.dao.DuplicateKeyException e) {
      errors.add("email", "Someone already signs in to Front Door with " + address);
      return inviteView(me, form, errors, model);
    }
    flash.addFlashAttribute("done", cleanName + " is invited. We have emailed " + address + " a link to set up their sign-in, which works for 7 days.");
    return STAFF;
  }

  @PostMapping("/{id}/invite-again")
  String inviteAgain(@AuthenticationPrincipal StaffUser me, @PathVariable UUID id, RedirectAttributes flash) {
    StaffAccount account = account(me, id);
    if (!invitations.inviteAgain(me, id, SiteAddress.current())) {
      throw new NotFoundException(id.toString());
    }
    flash.addFlashAttribute("done", "We have emailed " + account.username() + " a new invitation, which works for 7 days.");
    return STAFF;
  }

  @GetMapping("/{id}/roles")
  String rolesForm(@AuthenticationPrincipal StaffUser me, @PathVariable UUID id, Model model) {
    StaffAccount account = account(me, id);
    return rolesView(me, account, account.roles(), new FieldErrors(), model);
  }

  @PostMapping("/{id}/roles")
  String setRoles(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable UUID id,
      @RequestParam(name = "roles", required = false) List<String> picked,
      RedirectAttributes flash,
      Model model) {
    StaffAccount account = account(me, id);
    List<String> typed = picked == null ? List.of() : picked;
    FieldErrors errors = new FieldErrors();
    Set<StaffRole> asked = roles(me, typed, errors);
    if (!errors.isEmpty()) {
      return rolesView(me, account, typed, errors, model);
    }
    StaffRoles.Outcome outcome;
    try {
      outcome = roles.set(me, id, asked, SiteAddress.current()).orElseThrow(() -> new NotFoundException(id.toString()));
    } catch (StaffAdministration.LastAdministrator last) {
      errors.add("roles", last.said());
      return rolesView(me, account, typed, errors, model);
    }
    flash.addFlashAttribute("done", switch (outcome) {
      case CHANGED -> "The roles of " + account.displayName() + " are changed. They are told by email and sign in again to use them.";
      case REQUESTED -> "You cannot widen your own roles alone: another administrator of your council must approve them. They are told by email, and see your request on this page.";
      case UNCHANGED -> "The roles of " + account.displayName() + " are as they were.";
    });
    return STAFF;
  }

  @PostMapping("/role-requests/{id}/{decision:approve|refuse}")
  String decide(@AuthenticationPrincipal StaffUser me, @PathVariable UUID id, @PathVariable String decision, RedirectAttributes flash) {
    boolean approve = decision.equals("approve");
    try {
      if (!roles.decide(me, id, approve)) {
        throw new NotFoundException(id.toString());
      }
    } catch (StaffAdministration.LastAdministrator last) {
      flash.addFlashAttribute("errors", java.util.Map.of("requests", last.said() + ", then approve the request again."));
      return STAFF;
    }
    flash.addFlashAttribute("done", approve ? "The request is approved: the roles are changed." : "The request is refused: the roles are as they were.");
    return STAFF;
  }

  /** The roles ticked, each one the administrator may give; at least one. */
  private static Set<StaffRole> roles(StaffUser me, List<String> picked, FieldErrors errors) {
    Set<StaffRole> asked = EnumSet.noneOf(StaffRole.class);
    List<StaffRole> allowed = StaffRoles.givenBy(me);
    for (String code : picked) {
      allowed.stream().filter(r -> r.name().equals(code)).findFirst().ifPresentOrElse(asked::add,
          () -> errors.add("roles", "Select roles from the list"));
    }
    if (asked.isEmpty()) {
      errors.add("roles", "Select at least one role. To stop someone signing in, disable their account instead");
    }
    return asked;
  }

  private StaffAccount account(StaffUser me, UUID id) {
    return administration.account(me.authorityId(), id).orElseThrow(() -> new NotFoundException(id.toString()));
  }

  private static Map<String, String> roleChoices(StaffUser me) {
    Map<String, String> choices = new LinkedHashMap<>();
    StaffRoles.givenBy(me).forEach(role -> choices.put(role.name(), role.label()));
    return choices;
  }

  private static String inviteView(StaffUser me, InviteForm form, FieldErrors errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("agencies", Labelled.options(Agency.values()));
    model.addAttribute("roleChoices", roleChoices(me));
    model.addAttribute("errors", errors.ordered());
    return "staff/admin-invite";
  }

  private static String rolesView(StaffUser me, StaffAccount account, List<String> ticked, FieldErrors errors, Model model) {
    model.addAttribute("account", account);
    model.addAttribute("ticked", new ArrayList<>(ticked));
    model.addAttribute("own", account.id().equals(me.id()));
    model.addAttribute("roleChoices", roleChoices(me));
    model.addAttribute("errors", errors.ordered());
    return "staff/admin-roles";
  }
}
