package uk.frontdoor.casework.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.EpisodeReferral;
import uk.frontdoor.casework.Episodes;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.NotFoundException;
import uk.frontdoor.referral.Referrals;

/**
 * A referral on a child's episode, as the referrer wrote it: what the practitioner reads before
 * the assessment, without needing access to the MASH.
 */
@Controller
record EpisodeReferralController(Episodes episodes, Referrals referrals, EpisodePages pages) {

  @GetMapping("/staff/casework/episodes/{id}/referrals/{reference}")
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'FAMILY_HELP')")
  String referral(@AuthenticationPrincipal StaffUser me, @PathVariable String id, @PathVariable String reference, Model model) {
    Episode episode = pages.opened(me, id, "Referral " + reference);
    EpisodeReferral referral =
        episodes.referrals(me.authorityId(), episode.id()).stream()
            .filter(r -> r.referralId() != null && reference.equalsIgnoreCase(r.reference()))
            .findFirst()
            .orElseThrow(() -> new NotFoundException(reference));
    model.addAttribute("episode", episode);
    model.addAttribute("referral", referral);
    model.addAttribute("document", referrals.document(me.authorityId(), referral.referralId()).orElseThrow(() -> new NotFoundException(reference)));
    model.addAttribute("contact", null);
    return "casework/referral";
  }
}
