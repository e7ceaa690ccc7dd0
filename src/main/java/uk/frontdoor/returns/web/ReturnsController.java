package uk.frontdoor.returns.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
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
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.returns.Census;
import uk.frontdoor.returns.CensusRules;
import uk.frontdoor.returns.CensusRules.Failure;
import uk.frontdoor.returns.CensusRules.Kind;
import uk.frontdoor.returns.CensusXml;
import uk.frontdoor.returns.CinCensus;

/**
 * The statutory returns for a performance officer: the children in need census of a collection
 * year, its problems by the DfE's rules shown before it is downloaded (errors apart from queries,
 * each with the child and a link to the record to fix), and the XML file.
 */
@Controller
@RequestMapping("/staff/returns")
@PreAuthorize("hasRole('PERFORMANCE_OFFICER')")
record ReturnsController(CinCensus censuses, WorkingCalendar calendar, Clock clock) {

  /** The first census year offered: the year ending 31 March 2021. */
  static final int FIRST_YEAR = 2021;

  @GetMapping
  String returns(
      @AuthenticationPrincipal StaffUser me, @RequestParam(required = false) String year, HttpServletResponse response, Model model) {
    model.addAttribute("years", IntStream.rangeClosed(FIRST_YEAR, currentYear()).boxed().sorted(java.util.Comparator.reverseOrder()).toList());
    Integer chosen = year(year);
    if (chosen == null) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("year", year);
      model.addAttribute("errors", Map.of("year", yearProblem()));
      return "returns/returns";
    }
    Census census = censuses.of(me.authorityId(), chosen);
    censuses.viewed(me, census);
    List<Failure> failures = CensusRules.check(census, calendar);
    model.addAttribute("year", String.valueOf(chosen));
    model.addAttribute("census", census);
    model.addAttribute("errorFailures", failures.stream().filter(f -> f.rule().kind() == Kind.ERROR).toList());
    model.addAttribute("queryFailures", failures.stream().filter(f -> f.rule().kind() == Kind.QUERY).toList());
    model.addAttribute("rules", CensusRules.RULES);
    model.addAttribute("errors", Map.of());
    return "returns/returns";
  }

  @GetMapping("/cin-census.xml")
  ResponseEntity<?> download(@AuthenticationPrincipal StaffUser me, @RequestParam(required = false) String year) {
    Integer chosen = year(year);
    if (chosen == null) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, yearProblem());
      problem.setTitle("Not a census year");
      problem.setProperty("errors", Map.of("year", yearProblem()));
      return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
    Census census = censuses.of(me.authorityId(), chosen);
    List<Failure> failures = CensusRules.check(census, calendar);
    long errors = failures.stream().filter(f -> f.rule().kind() == Kind.ERROR).count();
    censuses.downloaded(me, census, (int) errors, (int) (failures.size() - errors));
    String filename = "cin-census-" + census.la() + "-" + census.council().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-|-$)", "") + "-" + (chosen - 1) + "-" + chosen % 100 + ".xml";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_XML)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
        .body(CensusXml.write(census, clock.instant()));
  }

  private String yearProblem() {
    return "Choose a census year from " + FIRST_YEAR + " to " + currentYear() + ": the year its reference date, 31 March, falls in";
  }

  /** The year asked for, the last complete one if none, or null if it is not a census year offered. */
  private Integer year(String asked) {
    if (asked == null || asked.isBlank()) {
      return currentYear() - 1;
    }
    String typed = asked.strip();
    if (!typed.matches("\\d{4}")) {
      return null;
    }
    int year = Integer.parseInt(typed);
    return year < FIRST_YEAR || year > currentYear() ? null : year;
  }

  /** The census year in progress: the one whose 31 March is next. */
  private int currentYear() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), UkTime.ZONE);
    return today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear();
  }
}
