package uk.frontdoor.casework.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.frontdoor.casework.CensusCodes;
import uk.frontdoor.casework.CensusDetail;
import uk.frontdoor.casework.CensusDetails;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.people.Upn;
import uk.frontdoor.platform.FieldErrors;
import uk.frontdoor.platform.NotFoundException;

/**
 * The census details of a child's episode: what the children in need census needs that casework
 * does not ask elsewhere (sex, ethnicity, disabilities, UPN or why it is unknown, the referral's
 * source), on one page, each answer a census code; for the child's social worker and team manager,
 * and for the performance officer who puts right what the census's checks find.
 */
@Controller
@RequestMapping("/staff/casework/episodes/{id}/census")
record CensusDetailsController(CensusDetails details, EpisodePages pages) {

  /** The form as typed: every answer kept to show again beside its error. */
  record CensusForm(String sex, String ethnicity, List<String> disabilities, String upn, String upnUnknown, String referralSource) {

    CensusForm {
      disabilities = disabilities == null ? List.of() : List.copyOf(disabilities);
    }

    static CensusForm of(CensusDetail detail) {
      return new CensusForm(
          detail.sex(), detail.ethnicity(), detail.disabilities(), detail.upn(), detail.upnUnknown(), detail.referralSource());
    }

    /** What is wrong, field by field, in the order of the page. */
    FieldErrors check() {
      FieldErrors errors = new FieldErrors();
      if (!CensusCodes.SEX.containsKey(String.valueOf(sex))) {
        errors.add("sex", "Select the child’s sex");
      }
      if (!CensusCodes.ETHNICITY.containsKey(String.valueOf(ethnicity))) {
        errors.add("ethnicity", "Select the child’s ethnicity, or that it is not yet obtained");
      }
      if (disabilities.isEmpty() || !CensusCodes.DISABILITY.keySet().containsAll(disabilities)) {
        errors.add("disabilities", "Select each of the child’s disabilities, or ‘No disability’");
      } else if (disabilities.contains("NONE") && disabilities.size() > 1) {
        errors.add("disabilities", "Select ‘No disability’ on its own, or the child’s disabilities");
      }
      boolean typed = upn != null && !upn.isBlank();
      boolean unknown = upnUnknown != null && !upnUnknown.isBlank();
      if (typed && unknown) {
        errors.add("upn", "Enter the UPN, or select why it is unknown – not both");
      } else if (typed) {
        Upn.check(upn).ifPresent(problem -> errors.add("upn", problem.message()));
      } else if (!unknown) {
        errors.add("upn", "Enter the child’s UPN, or select why it is unknown");
      } else if (!CensusCodes.UPN_UNKNOWN.containsKey(upnUnknown)) {
        errors.add("upnUnknown", "Select why the UPN is unknown");
      }
      if (!CensusCodes.REFERRAL_SOURCE.containsKey(String.valueOf(referralSource))) {
        errors.add("referralSource", "Select who made the referral");
      }
      return errors;
    }

    CensusDetail detail() {
      boolean typed = upn != null && !upn.isBlank();
      return new CensusDetail(
          sex, ethnicity, CensusCodes.DISABILITY.keySet().stream().filter(disabilities::contains).toList(),
          typed ? upn.replaceAll("\\s", "").toUpperCase(Locale.ROOT) : null, typed ? null : upnUnknown, referralSource);
    }
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'PERFORMANCE_OFFICER')")
  String form(@AuthenticationPrincipal StaffUser me, @PathVariable String id, Model model) {
    Episode episode = pages.opened(me, id, "Census details");
    CensusForm form =
        details.of(me.authorityId(), episode.id()).map(CensusForm::of).orElse(new CensusForm(null, null, List.of(), null, null, null));
    return page(episode, form, Map.of(), model);
  }

  @PostMapping
  @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SOCIAL_WORKER', 'PERFORMANCE_OFFICER')")
  String record(
      @AuthenticationPrincipal StaffUser me, @PathVariable String id, CensusForm form, RedirectAttributes flash, Model model) {
    Episode episode = pages.opened(me, id, "Census details");
    FieldErrors errors = form.check();
    if (!errors.isEmpty()) {
      return page(episode, form, errors.ordered(), model);
    }
    Result result = details.record(me, episode.id(), form.detail());
    if (result == Result.NOT_FOUND) {
      throw new NotFoundException(id);
    }
    return EpisodePages.done(flash, episode, "The census details are saved.");
  }

  private static String page(Episode episode, CensusForm form, Map<String, String> errors, Model model) {
    model.addAttribute("episode", episode);
    model.addAttribute("form", form);
    model.addAttribute("sexes", CensusCodes.options(CensusCodes.SEX));
    model.addAttribute("ethnicities", CensusCodes.options(CensusCodes.ETHNICITY));
    model.addAttribute("disabilityOptions", CensusCodes.DISABILITY);
    model.addAttribute("upnReasons", CensusCodes.options(CensusCodes.UPN_UNKNOWN));
    model.addAttribute("sources", CensusCodes.options(CensusCodes.REFERRAL_SOURCE));
    model.addAttribute("errors", errors);
    return "casework/census";
  }
}
