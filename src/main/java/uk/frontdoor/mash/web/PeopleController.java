package uk.frontdoor.mash.web;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.ContactPeople;
import uk.frontdoor.platform.NotFoundException;

/** A worker's decisions about who the people in a contact are: link a known person, or add them. */
@Controller
@RequestMapping("/staff/mash/contacts/{reference}/people")
@PreAuthorize("hasAnyRole('MASH_SOCIAL_WORKER', 'MASH_MANAGER')")
record PeopleController(ContactPeople people) {

  @PostMapping("/link")
  String link(
      @AuthenticationPrincipal StaffUser me,
      @PathVariable String reference,
      @RequestParam String key,
      @RequestParam UUID personId) {
    if (!people.link(me, reference, key, personId)) {
      throw new NotFoundException(reference);
    }
    return "redirect:/staff/mash/contacts/" + reference + "#people";
  }

  @PostMapping("/create")
  String create(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, @RequestParam String key) {
    if (!people.create(me, reference, key)) {
      throw new NotFoundException(reference);
    }
    return "redirect:/staff/mash/contacts/" + reference + "#people";
  }
}
