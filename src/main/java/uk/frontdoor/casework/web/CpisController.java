package uk.frontdoor.casework.web;

import java.time.Clock;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.casework.CpisExport;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Csv;
import uk.frontdoor.platform.WhenText;

/**
 * CP-IS, for the team manager: the children on a child protection plan (or whose plan ended in the
 * last 12 months) to send to the NHS, the changes since the last export, and the children who need a
 * verified NHS number first; each download is an export, recorded and audited.
 */
@Controller
@RequestMapping("/staff/casework")
@PreAuthorize("hasRole('TEAM_MANAGER')")
record CpisController(CpisExport cpis, Authorities authorities, Clock clock) {

  static final List<String> COLUMNS =
      List.of("NHS number", "Date of birth or expected date", "Plan type", "Plan start date", "Plan end date",
          "Local authority contact", "Change since last export");

  @GetMapping("/cp-is")
  String page(@AuthenticationPrincipal StaffUser me, Model model) {
    CpisExport.Listing listing = cpis.view(me);
    model.addAttribute("listing", listing);
    model.addAttribute("lastExport", listing.last().map(l -> new WhenText(clock.instant()).dateAndTime(l.at())).orElse(null));
    return "casework/cp-is";
  }

  @GetMapping("/cp-is.csv")
  ResponseEntity<byte[]> all(@AuthenticationPrincipal StaffUser me) {
    return download(me, false);
  }

  @GetMapping("/cp-is-changes.csv")
  ResponseEntity<byte[]> changes(@AuthenticationPrincipal StaffUser me) {
    return download(me, true);
  }

  private ResponseEntity<byte[]> download(StaffUser me, boolean changesOnly) {
    CpisExport.Sent sent = cpis.export(me, changesOnly);
    String name = "cp-is-" + authorities.get(me.authorityId()).slug() + (changesOnly ? "-changes-" : "-") + sent.on() + ".csv";
    return Csv.download(name, COLUMNS, sent.lines().stream()
        .map(l -> java.util.Arrays.asList(l.nhsNumber(), l.bornOn().toString(), l.planType(), l.startedOn().toString(),
            l.endedOn() == null ? null : l.endedOn().toString(), sent.contact(),
            l.change() == CpisExport.Change.UNCHANGED ? null : l.change().name()))
        .toList());
  }
}
