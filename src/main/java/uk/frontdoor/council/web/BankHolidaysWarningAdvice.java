package uk.frontdoor.council.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.frontdoor.authority.AuthorityDataCheck;
import uk.frontdoor.identity.StaffUser;

/**
 * Tells a council administrator, on their pages, from three months before the last bank holiday
 * known, to bring in GOV.UK's newer file ({@code bankHolidaysWarning}), so the calendar never runs
 * out without anyone knowing.
 */
@ControllerAdvice
record BankHolidaysWarningAdvice(AuthorityDataCheck check) {

  @ModelAttribute
  void warning(Model model) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof StaffUser staff
        && staff.roles().contains("COUNCIL_ADMINISTRATOR")) {
      check.bankHolidaysRunningOut().ifPresent(warning -> model.addAttribute("bankHolidaysWarning", warning));
    }
  }
}
