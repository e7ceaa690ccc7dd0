package uk.frontdoor.lado.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
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
import uk.frontdoor.lado.LadoReport;
import uk.frontdoor.platform.Csv;
import uk.frontdoor.platform.NotFoundException;

/** The LADO's annual report, for a year from 1 April: on a page with bar charts, and as CSV. */
@Controller
@RequestMapping("/staff/lado")
@PreAuthorize("hasAnyRole('LADO', 'DEPUTY_LADO')")
record LadoReportController(LadoReport reports, Clock clock) {

  /** The first year a report can be asked for. */
  static final int FIRST_YEAR = 2020;

  @GetMapping("/report")
  String report(@AuthenticationPrincipal StaffUser me, @RequestParam(required = false) String year, Model model) {
    int chosen = year(year);
    model.addAttribute("report", reports.of(me.authorityId(), chosen));
    model.addAttribute("years", IntStream.rangeClosed(FIRST_YEAR, thisYear()).boxed().sorted(java.util.Comparator.reverseOrder()).toList());
    return "lado/report";
  }

  @GetMapping("/report.csv")
  ResponseEntity<byte[]> csv(@AuthenticationPrincipal StaffUser me, @RequestParam(required = false) String year) {
    LadoReport.Report report = reports.of(me.authorityId(), year(year));
    List<List<String>> rows = new ArrayList<>();
    for (LadoReport.Table table : report.tables()) {
      table.counts().forEach((category, count) -> rows.add(List.of(table.heading(), category, String.valueOf(count))));
    }
    return Csv.download(
        "lado-report-" + report.year() + "-" + (report.year() + 1) % 100 + ".csv", List.of("table", "category", "count"), rows);
  }

  /** The year asked for (the one from 1 April), or the last whole one; any other is no report. */
  private int year(String asked) {
    int last = thisYear() - 1;
    if (asked == null || asked.isBlank()) {
      return last;
    }
    if (!asked.matches("\\d{4}") || Integer.parseInt(asked) < FIRST_YEAR || Integer.parseInt(asked) > thisYear()) {
      throw new NotFoundException(asked);
    }
    return Integer.parseInt(asked);
  }

  /** The year whose 1 April starts the reporting year we are in. */
  private int thisYear() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), UkTime.ZONE);
    return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
  }
}
