package uk.frontdoor.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.frontdoor.authority.CouncilRegistration;
import uk.frontdoor.identity.FirstStart;
import uk.frontdoor.identity.StaffInvitations;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.PublicAccess;

/**
 * The first start's setup page, opened with the one-time link the log printed: the first council
 * and its administrator. Without a token that opens it (wrong, used, expired, or setup done) it is
 * not found.
 */
@Controller
@RequestMapping("/setup")
@PublicAccess
record SetupController(FirstStart firstStart, CouncilRegistration registration, StaffInvitations invitations) {

  @GetMapping
  String form(@RequestParam(name = "token", required = false) String token, Model model) {
    opened(token);
    return view(token, CouncilForm.empty(), new FieldErrors(), model);
  }

  @PostMapping
  String setUp(@RequestParam(name = "token", required = false) String token, @ModelAttribute CouncilForm form, Model model) {
    opened(token);
    FieldErrors errors = form.check(registration, invitations);
    // A link used by someone else in the meantime is not found, as after setup.
    if (errors.isEmpty() && CouncilForm.register(errors, () -> {
      if (!firstStart.complete(token, form.council(), form.administrator(), SiteAddress.current())) {
        throw new NotFoundException("setup");
      }
    })) {
      model.addAttribute("councilName", form.council().name());
      model.addAttribute("adminEmail", form.administrator().email());
      return "staff/setup-done";
    }
    return view(token, form, errors, model);
  }

  private void opened(String token) {
    if (token == null || token.length() > 100 || !firstStart.opens(token)) {
      throw new NotFoundException("setup");
    }
  }

  private static String view(String token, CouncilForm form, FieldErrors errors, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors.ordered());
    return "staff/setup";
  }
}
