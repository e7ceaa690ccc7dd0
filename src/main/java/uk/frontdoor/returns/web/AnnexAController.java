package uk.frontdoor.returns.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.returns.AnnexA;

/**
 * Ofsted's Annex A lists for a period a performance officer chooses (the 12 months to today unless
 * they choose): a page that checks the period and sends a good one on to the workbook, and the
 * workbook itself, each download audited.
 */
@Controller
@RequestMapping("/staff/returns")
@PreAuthorize("hasRole('PERFORMANCE_OFFICER')")
record AnnexAController(AnnexA annexA, Authorities authorities, Clock clock) {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  /** The longest period offered. */
  static final int MOST_YEARS = 3;

  /** The earliest year a period may start in. */
  static final int FIRST_YEAR = 2000;

  @GetMapping("/annex-a")
  String period(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to, HttpServletResponse response, Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    AnnexA.Period period = period(from, to, errors);
    if (period != null && (from != null || to != null)) {
      return "redirect:/staff/returns/annex-a.xlsx?from=" + period.from() + "&to=" + period.to();
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    LocalDate today = today();
    model.addAttribute("from", from == null ? today.minusYears(1).plusDays(1).toString() : from);
    model.addAttribute("to", to == null ? today.toString() : to);
    model.addAttribute("annexErrors", errors);
    model.addAttribute("errors", errors);
    return "returns/annex-a";
  }

  @GetMapping("/annex-a.xlsx")
  ResponseEntity<?> download(
      @AuthenticationPrincipal StaffUser me, @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    Map<String, String> errors = new LinkedHashMap<>();
    AnnexA.Period period = period(from, to, errors);
    if (period == null) {
      Map.Entry<String, String> first = errors.entrySet().iterator().next();
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, first.getValue());
      problem.setTitle("Not a period for the Annex A lists");
      problem.setProperty("errors", errors);
      return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    byte[] workbook = annexA.workbook(me.authorityId(), period);
    annexA.downloaded(me, period);
    String council = authorities.get(me.authorityId()).name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    String filename = "ofsted-annex-a-" + council + "-to-" + period.to() + ".xlsx";
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
        .body(workbook);
  }

  /** The period asked for, the 12 months to today if neither day is given; null with the errors if it is not one. */
  private AnnexA.Period period(String from, String to, Map<String, String> errors) {
    boolean neither = (from == null || from.isBlank()) && (to == null || to.isBlank());
    LocalDate today = today();
    if (neither) {
      return new AnnexA.Period(today.minusYears(1).plusDays(1), today);
    }
    LocalDate first = TypedDays.day("from", "period’s first", from, today, FIRST_YEAR, errors);
    LocalDate last = TypedDays.day("to", "period’s last", to, today, FIRST_YEAR, errors);
    if (first != null && last != null) {
      if (last.isBefore(first)) {
        errors.put("to", "The period’s last day must be the same as or after its first day");
      } else if (last.isAfter(first.plusYears(MOST_YEARS))) {
        errors.put("to", "The period must be " + MOST_YEARS + " years or shorter");
      }
    }
    return errors.isEmpty() ? new AnnexA.Period(first, last) : null;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), UkTime.ZONE);
  }
}
