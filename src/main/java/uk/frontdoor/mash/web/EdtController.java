package uk.frontdoor.mash.web;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashContact;
import uk.frontdoor.mash.OutOfHours;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.referral.Referrals;

/** The Emergency Duty Team's out-of-hours contacts and what it did about them. */
@Controller
@RequestMapping("/staff/edt")
@PreAuthorize("hasRole('EDT_WORKER')")
record EdtController(OutOfHours outOfHours, Referrals referrals) {

  @GetMapping
  String waiting(@AuthenticationPrincipal StaffUser me, Model model) {
    model.addAttribute("contacts", outOfHours.waiting(me.authorityId()));
    return "mash/edt-queue";
  }

  @GetMapping("/contacts/{reference}")
  String contact(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, Model model) {
    return contactPage(me, opened(me, reference), Map.of(), null, model);
  }

  @PostMapping("/contacts/{reference}")
  String record(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String reference,
      @RequestParam(required = false) String action,
      RedirectAttributes flash,
      Model model) {
    FieldErrors errors = new FieldErrors();
    String done = errors.required("action", "What you did", action, 5000, "Say what the team did");
    if (errors.isEmpty() && outOfHours.record(me, reference, done)) {
      flash.addFlashAttribute("done", "What the team did is recorded on contact " + reference + ". The MASH reads it on the contact.");
      return "redirect:/staff/edt/contacts/" + reference;
    }
    if (errors.isEmpty()) {
      errors.add("action", "This contact has been handed over to the MASH; tell the MASH directly");
    }
    return contactPage(me, opened(me, reference), errors.ordered(), action, model);
  }

  private MashContact opened(StaffUser me, String reference) {
    return outOfHours.open(me, reference).orElseThrow(() -> new NotFoundException(reference));
  }

  private String contactPage(StaffUser me, MashContact contact, Map<String, String> errors, String action, Model model) {
    model.addAttribute("contact", contact);
    model.addAttribute("document", referrals.document(me.authorityId(), contact.referralId()).orElseThrow());
    model.addAttribute("edtActions", outOfHours.actions(me.authorityId(), contact.id()));
    model.addAttribute("errors", errors);
    model.addAttribute("action", action);
    return "mash/edt-contact";
  }
}
