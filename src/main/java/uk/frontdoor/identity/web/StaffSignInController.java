package uk.frontdoor.identity.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.AuthorityId;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.PublicAccess;

/** The staff sign-in page and the page staff land on. */
@Controller
class StaffSignInController {

  private final Authorities authorities;

  StaffSignInController(Authorities authorities) {
    this.authorities = authorities;
  }

  @GetMapping("/staff/sign-in")
  @PublicAccess
  String signIn(
      @RequestParam(name = "error", required = false) String error,
      @RequestParam(name = "signedOut", required = false) String signedOut,
      jakarta.servlet.http.HttpSession session,
      Model model) {
    Object typed = session.getAttribute(uk.frontdoor.identity.internal.StaffSecurity.TYPED_USERNAME);
    model.addAttribute("username", error != null && typed != null ? typed : "");
    model.addAttribute("failed", error != null);
    model.addAttribute("signedOut", signedOut != null);
    return "staff/sign-in";
  }

  @GetMapping("/staff")
  @PreAuthorize("isAuthenticated()")
  String home(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("me", me);
    model.addAttribute("council", authorities.findById(new AuthorityId(me.authorityId())).orElseThrow());
    return "staff/home";
  }
}
