package uk.frontdoor.identity.web;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.AuthorityId;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.WhenText;

/**
 * What every page a member of staff sees while signed in has, so that no controller adds it again:
 *
 * <ul>
 *   <li>{@code staffHeader}: who they are and for which council, with a way home and a way to sign
 *       out (the layout shows it when it is set);
 *   <li>{@code council}: their council;
 *   <li>{@code me}: the signed-in member of staff;
 *   <li>{@code when}: times said relative to today ({@link WhenText}).
 * </ul>
 *
 * A controller may still set any of them for its own page. A header never stops a page: a council
 * it cannot find is shown as Front Door. Nothing is added for anyone who is not signed-in staff.
 */
@ControllerAdvice
record StaffPageAdvice(Authorities authorities, Clock clock) {

  /** What the staff header shows. */
  record StaffHeader(String council, String name, String slug) {}

  @ModelAttribute
  void staffPage(Model model) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof StaffUser staff)) {
      return;
    }
    Optional<Authority> authority = authorities.findById(new AuthorityId(staff.authorityId()));
    model.addAttribute(
        "staffHeader",
        new StaffHeader(
            authority.map(Authority::shortName).orElse("Front Door"),
            staff.displayName(),
            authority.map(Authority::slug).orElse(null)));
    authority.ifPresent(council -> model.addAttribute("council", council));
    model.addAttribute("me", staff);
    model.addAttribute("when", new WhenText(clock.instant()));
  }
}
