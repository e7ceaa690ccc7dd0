package uk.frontdoor.identity.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.identity.internal.SingleSignOnSignIn.Refusal;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.PublicAccess;

/**
 * The pages of a sign-in through a council's identity provider that Front Door shows itself (Spring
 * Security sends staff to the provider and takes them back): why someone was not let in, and that
 * the provider cannot be reached now.
 */
@Controller
record SingleSignOnSignInController(Authorities authorities) {

  /** Reached only when sign-in could not start: the council has no provider, or it did not answer. */
  @GetMapping("/staff/sign-in/sso/{slug}")
  @PublicAccess
  @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
  String unavailable(@PathVariable String slug, Model model) {
    model.addAttribute("council", council(slug));
    model.addAttribute("heading", "You cannot sign in with your council account now");
    model.addAttribute(
        "reason", "Front Door could not reach your council’s sign-in service, or your council has not set one up.");
    return "staff/sso-refused";
  }

  @GetMapping("/staff/sign-in/sso/{slug}/refused")
  @PublicAccess
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String refused(@PathVariable String slug, @RequestParam(name = "reason", required = false) String reason, Model model) {
    Refusal refusal = Labelled.named(Refusal.class, reason).orElse(Refusal.FAILED);
    model.addAttribute("council", council(slug));
    model.addAttribute("heading", "You have not been signed in");
    model.addAttribute("reason", refusal.label());
    return "staff/sso-refused";
  }

  private Authority council(String slug) {
    return authorities.findBySlug(slug).orElseThrow(() -> new NotFoundException(slug));
  }
}
