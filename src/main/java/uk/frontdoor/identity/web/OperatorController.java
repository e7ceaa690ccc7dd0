package uk.frontdoor.identity.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.CouncilRegistration;
import uk.frontdoor.identity.CouncilOnboarding;
import uk.frontdoor.identity.StaffInvitations;
import uk.frontdoor.identity.StaffInvitations.Inviter;
import uk.frontdoor.identity.StaffRole;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;

/** The deployment's operator lists the councils it serves and adds one, with its first administrator. */
@Controller
@RequestMapping("/staff/operator/councils")
@PreAuthorize("hasRole('DEPLOYMENT_OPERATOR')")
record OperatorController(CouncilRegistration registration, CouncilOnboarding onboarding, StaffInvitations invitations) {

  @GetMapping
  String councils(Model model) {
    model.addAttribute("councils", registration.councils());
    return "staff/operator/councils";
  }

  @GetMapping("/new")
  String form(Model model) {
    return view(CouncilForm.empty(), new FieldErrors(), model);
  }

  @PostMapping("/new")
  String add(@AuthenticationPrincipal StaffUser me, @ModelAttribute CouncilForm form, RedirectAttributes flash, Model model) {
    FieldErrors errors = form.check(registration, invitations);
    if (errors.isEmpty()
        && CouncilForm.register(errors, () -> onboarding.add(form.council(), form.administrator(),
            List.of(StaffRole.COUNCIL_ADMINISTRATOR), Inviter.of(me), SiteAddress.current()))) {
      flash.addFlashAttribute("done",
          form.council().name() + " is added. Its administrator, " + form.administrator().email() + ", has been emailed an invitation.");
      return "redirect:/staff/operator/councils";
    }
    return view(form, errors, model);
  }

  private static String view(CouncilForm form, FieldErrors errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors.ordered());
    return "staff/operator/council-new";
  }
}
