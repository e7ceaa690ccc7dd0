package uk.frontdoor.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.frontdoor.identity.StaffInvitations;
import uk.frontdoor.identity.StaffInvitations.Invitation;
import uk.frontdoor.identity.internal.PasswordRules;
import uk.frontdoor.platform.PublicAccess;

/**
 * The link in an invitation: the person chooses a password, then goes on to set up their
 * authenticator app exactly as at a first sign-in (the session holds their password step, as after
 * a right password). The link works once and for 7 days; after that it says to ask for another.
 */
@Controller
@RequestMapping("/staff/invitation/{token}")
@PublicAccess
record InvitationController(StaffInvitations invitations, Clock clock) {

  @GetMapping
  String page(@PathVariable String token, HttpServletResponse response, Model model) {
    return open(token)
        .map(invitation -> view(token, invitation, Map.of(), model))
        .orElseGet(() -> gone(response));
  }

  @PostMapping
  String setPassword(
      @PathVariable String token,
      @RequestParam(name = "password", required = false) String password,
      @RequestParam(name = "confirm", required = false) String confirm,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    Optional<Invitation> found = open(token);
    if (found.isEmpty()) {
      return gone(response);
    }
    Invitation invitation = found.get();
    Map<String, String> errors = new LinkedHashMap<>();
    PasswordRules.problem(password, invitation.username()).ifPresent(problem -> errors.put("password", problem));
    if (errors.isEmpty() && !password.equals(confirm)) {
      errors.put("confirm", "The passwords do not match: enter the same password twice");
    }
    if (!errors.isEmpty()) {
      return view(token, invitation, errors, model);
    }
    Optional<String> username = invitations.accept(token, password);
    if (username.isEmpty()) {
      return gone(response);
    }
    request.getSession().removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
    request.changeSessionId();
    request.getSession().setAttribute(
        PendingSignIn.SESSION_ATTRIBUTE, new PendingSignIn(username.get(), false, clock.instant(), null));
    return "redirect:/staff/sign-in/set-up";
  }

  private Optional<Invitation> open(String token) {
    return token.length() > 100 ? Optional.empty() : invitations.open(token);
  }

  private static String view(String token, Invitation invitation, Map<String, String> errors, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("invitation", invitation);
    model.addAttribute("errors", errors);
    model.addAttribute("shortest", PasswordRules.SHORTEST);
    return "staff/invitation";
  }

  private static String gone(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    return "staff/invitation-gone";
  }
}
