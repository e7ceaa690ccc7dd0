package uk.frontdoor.council.web;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.CouncilDetails;
import uk.frontdoor.council.CouncilChanges;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.NotFoundException;

/**
 * The council's details as they are now, each with a way to change it, and their history: every
 * version past, in effect and scheduled, a scheduled one withdrawable before it starts.
 */
@Controller
@RequestMapping("/staff/council")
@PreAuthorize("hasRole('COUNCIL_ADMINISTRATOR')")
record CouncilDetailsController(Authorities authorities, CouncilDetails details, CouncilChanges changes, Clock clock) {

  @GetMapping
  String details(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("details", authorities.get(me.authorityId()));
    model.addAttribute("scheduled", details.history(me.authorityId(), clock.instant()).stream()
        .filter(CouncilDetails.Version::withdrawable).toList());
    return "council/details";
  }

  @GetMapping("/history")
  String history(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("versions", details.history(me.authorityId(), clock.instant()));
    return "council/history";
  }

  @PostMapping("/history/{version}/withdraw")
  String withdraw(@AuthenticationPrincipal StaffUser me, @PathVariable String version, RedirectAttributes flash) {
    long id;
    try {
      id = Long.parseLong(version);
    } catch (NumberFormatException e) {
      throw new NotFoundException(version);
    }
    if (!changes.withdraw(me, id, clock.instant())) {
      flash.addFlashAttribute("problem", "That change has already taken effect or been withdrawn, so it cannot be withdrawn.");
      return "redirect:/staff/council/history";
    }
    flash.addFlashAttribute("done", "The scheduled change is withdrawn. It will not take effect.");
    return "redirect:/staff/council/history";
  }
}
