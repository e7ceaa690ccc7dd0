package uk.frontdoor.lado.web;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.lado.Allegation;
import uk.frontdoor.lado.Allegations;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.platform.WhenText;
import uk.frontdoor.referral.Referrals;

/** The LADO's list of allegations and each one's referral. */
@Controller
@RequestMapping("/staff/lado")
@PreAuthorize("hasRole('LADO')")
class LadoController {

  private final Allegations allegations;
  private final Referrals referrals;
  private final Authorities authorities;
  private final Clock clock;

  LadoController(Allegations allegations, Referrals referrals, Authorities authorities, Clock clock) {
    this.allegations = allegations;
    this.referrals = referrals;
    this.authorities = authorities;
    this.clock = clock;
  }

  @GetMapping
  String list(@AuthenticationPrincipal StaffUser me, Model model) {
    common(me, model);
    model.addAttribute("allegations", allegations.all(me.authorityId()));
    return "lado/allegations";
  }

  @GetMapping("/{reference}")
  String allegation(@AuthenticationPrincipal StaffUser me, @PathVariable String reference, Model model) {
    Allegation allegation = allegations.open(me, reference).orElseThrow(() -> new NotFoundException(reference));
    common(me, model);
    model.addAttribute("allegation", allegation);
    model.addAttribute("document", referrals.document(me.authorityId(), allegation.referralId()).orElseThrow());
    return "lado/allegation";
  }

  private void common(StaffUser me, Model model) {
    model.addAttribute("council", authorities.get(me.authorityId()));
    model.addAttribute("when", new WhenText(clock.instant()));
  }
}
