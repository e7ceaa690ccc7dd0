package uk.frontdoor.identity.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.identity.StaffUser;

/**
 * Every page a member of staff sees while signed in says who they are and for which council, with
 * a way home and a way to sign out (the layout shows it when {@code staffHeader} is set).
 */
@ControllerAdvice
class StaffHeaderAdvice {

  /** What the staff header shows. */
  record StaffHeader(String council, String name) {}

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
    return new StaffHeader(authorities.get(staff.authorityId()).shortName(), staff.displayName());
  }
}
