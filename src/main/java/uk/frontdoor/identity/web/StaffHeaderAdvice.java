package uk.frontdoor.identity.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.AuthorityId;
import uk.frontdoor.identity.StaffUser;

/**
 * Every page a member of staff sees while signed in says who they are and for which council, with
 * a way home and a way to sign out (the layout shows it when {@code staffHeader} is set). A header
 * never stops a page: a council it cannot find is shown as Front Door.
 */
@ControllerAdvice
class StaffHeaderAdvice {

  /** What the staff header shows. */
  record StaffHeader(String council, String name, String slug) {}

  private final Authorities authorities;

  StaffHeaderAdvice(Authorities authorities) {
    this.authorities = authorities;
  }

  @ModelAttribute("staffHeader")
  StaffHeader staffHeader() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof StaffUser staff)) {
      return null;
    }
    java.util.Optional<Authority> authority = authorities.findById(new AuthorityId(staff.authorityId()));
    return new StaffHeader(
        authority.map(Authority::shortName).orElse("Front Door"),
        staff.displayName(),
        authority.map(Authority::slug).orElse(null));
  }
}
