package uk.frontdoor.returns.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.returns.CscExtract;

/**
 * The children's social care data extract in the DfE's API payload, for a performance officer to
 * download: the children whose record changed since a day they choose, or everything in the
 * extract; a page that checks the day and sends a good one on to the file. Each download audited.
 */
@Controller
@RequestMapping("/staff/returns")
@PreAuthorize("hasRole('PERFORMANCE_OFFICER')")
record CscExtractController(CscExtract extract, Clock clock) {

  /** The earliest year a day may be in. */
  static final int FIRST_YEAR = 2000;

  @GetMapping("/csc-extract")
  String since(@RequestParam(required = false) String since, HttpServletResponse response, Model model) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (since != null) {
      LocalDate day = since(since, errors);
      if (errors.isEmpty()) {
        return "redirect:/staff/returns/csc-extract.json" + (day == null ? "" : "?since=" + day);
      }
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    }
    model.addAttribute("since", since);
    model.addAttribute("extractErrors", errors);
    model.addAttribute("errors", errors);
    return "returns/csc-extract";
  }

  @GetMapping("/csc-extract.json")
  ResponseEntity<?> download(@AuthenticationPrincipal StaffUser me, @RequestParam(required = false) String since) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate day = since(since, errors);
    if (!errors.isEmpty()) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.get("since"));
      problem.setTitle("Not a day to extract the changes since");
      problem.setProperty("errors", errors);
      return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    CscExtract.Extract file = extract.download(me, day);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
        .body(file.json());
  }

  /** The day asked for; null for everything when none is given, or with an error on the field if it is not a day up to today. */
  private LocalDate since(String typed, Map<String, String> errors) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), UkTime.ZONE);
    LocalDate day = TypedDays.day("since", "first", typed, today, FIRST_YEAR, errors);
    if (day != null && day.isAfter(today)) {
      errors.put("since", "The first day must be today or in the past");
      return null;
    }
    return day;
  }
}
