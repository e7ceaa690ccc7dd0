package uk.frontdoor.lado.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.lado.Allegation;
import uk.frontdoor.lado.Allegations;
import uk.frontdoor.platform.NotFoundException;

/**
 * The LADO restricts an allegation about the council's own staff, so that a deputy LADO no longer
 * opens it, or lifts the restriction; a deputy may do neither.
 */
@Controller
@PreAuthorize("hasRole('LADO')")
record RestrictionController(Allegations allegations) {

  @PostMapping("/staff/lado/{reference}/restriction")
  String restrict(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String reference,
      @RequestParam(required = false) String restricted,
      RedirectAttributes flash) {
    Allegation allegation = allegations.open(me, reference).orElseThrow(() -> new NotFoundException(reference));
    boolean restricting = "true".equals(restricted);
    allegations.restrict(me, allegation, restricting,
        restricting ? "About the council's own staff: the LADO alone opens it" : "The restriction is lifted");
    flash.addFlashAttribute("done", restricting
        ? "The allegation is restricted: only the LADO opens it, not a deputy."
        : "The restriction is lifted: a deputy LADO can open it again.");
    return "redirect:/staff/lado/" + allegation.reference();
  }
}
