package uk.frontdoor.referral.api;

import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.referral.api.PartnerKeys.IssuedKey;
import uk.frontdoor.referral.api.PartnerKeys.PartnerKey;

/**
 * A council administrator's partner API keys: issue one to a partner organisation (the key is
 * shown once, in the response to the request that issued it), see which are active, and revoke one.
 */
@Controller
@RequestMapping("/staff/admin/api-keys")
@PreAuthorize("hasRole('COUNCIL_ADMINISTRATOR')")
record PartnerKeysController(PartnerKeys keys) {

  /** The organisation as the administrator typed it, valid or not. */
  record KeyForm(String organisation) {

    /** The organisation's name as it is to be kept, with errors recorded if it cannot be. */
    String checked(FieldErrors errors) {
      String name =
          errors.required("organisation", "The organisation’s name", organisation, PartnerKeys.MAX_ORGANISATION,
              "Enter the name of the partner organisation");
      if (name != null && name.codePoints().anyMatch(Character::isISOControl)) {
        errors.add("organisation", "The organisation’s name must be on one line, without special characters");
      }
      return name;
    }
  }

  @GetMapping
  String keys(@AuthenticationPrincipal StaffUser me, Model model) {
    return keysPage(me, new KeyForm(null), Map.of(), model);
  }

  /**
   * Issues a key and shows it in this response only. Not through a redirect: its flash attribute
   * would keep the key in plain text in the session table, in the database, until the next request.
   */
  @PostMapping
  String issue(@AuthenticationPrincipal StaffUser me, KeyForm form, Model model) {
    FieldErrors errors = new FieldErrors();
    String organisation = form.checked(errors);
    if (!errors.isEmpty()) {
      return keysPage(me, form, errors.ordered(), model);
    }
    IssuedKey issued = keys.issue(me, organisation);
    model.addAttribute("issuedKey", issued.key());
    model.addAttribute("issuedTo", issued.organisation());
    return "referral/api/key-issued";
  }

  @GetMapping("/{id}/revoke")
  String confirmRevoke(@AuthenticationPrincipal StaffUser me, @PathVariable UUID id, Model model) {
    PartnerKey key = keys.find(me.authorityId(), id).orElseThrow(() -> new NotFoundException(id.toString()));
    if (!key.active()) {
      return "redirect:/staff/admin/api-keys";
    }
    model.addAttribute("key", key);
    return "referral/api/key-revoke";
  }

  @PostMapping("/{id}/revoke")
  String revoke(@AuthenticationPrincipal StaffUser me, @PathVariable UUID id, RedirectAttributes flash) {
    PartnerKey key = keys.revoke(me, id).orElseThrow(() -> new NotFoundException(id.toString()));
    flash.addFlashAttribute("done", "The key for " + key.organisation() + " is revoked. Their system can no longer send referrals with it.");
    return "redirect:/staff/admin/api-keys";
  }

  private String keysPage(StaffUser me, KeyForm form, Map<String, String> errors, Model model) {
    model.addAttribute("keys", keys.ofCouncil(me.authorityId()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "referral/api/keys";
  }
}
