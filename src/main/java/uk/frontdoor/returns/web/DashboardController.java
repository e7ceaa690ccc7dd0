package uk.frontdoor.returns.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.chart.SvgChart;
import uk.frontdoor.platform.chart.SvgChart.Chart;
import uk.frontdoor.platform.chart.SvgChart.Series;
import uk.frontdoor.returns.Dashboard;
import uk.frontdoor.returns.Dashboard.Drawn;
import uk.frontdoor.returns.Dashboard.Measure;
import uk.frontdoor.returns.Dashboard.Period;
import uk.frontdoor.returns.Dashboard.Row;

/**
 * The dashboards for managers and performance officers: the 12 months to a chosen month (the
 * current one unless they choose), each measure a chart drawn on the server followed by a table of
 * the same figures; casework's measures for all teams or one; a month or team not offered is a
 * GOV.UK error beside the field. Each view audited.
 */
@Controller
@PreAuthorize("hasAnyRole('PERFORMANCE_OFFICER', 'TEAM_MANAGER', 'MASH_MANAGER')")
record DashboardController(Dashboard dashboard, Authorities authorities, Clock clock) {

  /** How many months back the last month of the 12 may be chosen. */
  static final int MONTHS_OFFERED = 36;

  @GetMapping("/staff/returns/dashboard")
  String dashboard(
      @AuthenticationPrincipal StaffUser me,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String team,
      HttpServletResponse response,
      Model model) {
    YearMonth now = YearMonth.now(clock.withZone(UkTime.ZONE));
    Map<String, String> months = new LinkedHashMap<>();
    for (int i = 0; i < MONTHS_OFFERED; i++) {
      Period p = new Period(now.minusMonths(i));
      months.put(p.last().toString(), p.words());
    }
    Map<String, String> teams = new LinkedHashMap<>();
    authorities.get(me.authorityId()).distinctTeams().forEach(t -> teams.put(t.code(), t.name()));
    model.addAttribute("months", months);
    model.addAttribute("month", month);
    model.addAttribute("teams", teams);
    model.addAttribute("team", team);
    YearMonth chosen = chosen(month, now);
    String teamCode = team == null || team.isBlank() ? null : team.strip();
    Map<String, String> errors = new LinkedHashMap<>();
    if (chosen == null) {
      errors.put("month", "Choose the last month of the 12 from " + Dashboard.MONTH.format(now.minusMonths(MONTHS_OFFERED - 1))
          + " to " + Dashboard.MONTH.format(now));
    }
    if (teamCode != null && !teams.containsKey(teamCode)) {
      errors.put("team", "Choose one of the council’s teams, or all teams");
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("errors", errors);
      return "returns/dashboard";
    }
    Period period = new Period(chosen);
    String teamName = teamCode == null ? null : teams.get(teamCode);
    List<Measure> measures = dashboard.of(me.authorityId(), period, teamCode);
    dashboard.viewed(me, period, teamName);
    Map<String, String> charts = new LinkedHashMap<>();
    Map<String, String> scopes = new LinkedHashMap<>();
    measures.forEach(m -> {
      scopes.put(m.id(), (teamName != null && Dashboard.BY_TEAM.contains(m.id()) ? teamName + ", " : "") + period.words());
      charts.put(m.id(), svg(m, scopes.get(m.id())));
    });
    model.addAttribute("month", chosen.toString());
    model.addAttribute("team", teamCode);
    model.addAttribute("teamName", teamName);
    model.addAttribute("period", period);
    model.addAttribute("measures", measures);
    model.addAttribute("charts", charts);
    model.addAttribute("scopes", scopes);
    model.addAttribute("byTeam", Dashboard.BY_TEAM);
    model.addAttribute("errors", Map.of());
    return "returns/dashboard";
  }

  /** The month asked for, this month if none, or null if it is not one offered. */
  private static YearMonth chosen(String month, YearMonth now) {
    if (month == null || month.isBlank()) {
      return now;
    }
    try {
      YearMonth asked = YearMonth.parse(month.strip());
      return asked.isAfter(now) || asked.isBefore(now.minusMonths(MONTHS_OFFERED - 1)) ? null : asked;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A measure's chart: the columns it plots, one series each, labelled as its table's columns; {@code of} its team and period in words. */
  static String svg(Measure m, String of) {
    List<Series> series = new ArrayList<>();
    for (int column : m.plotted()) {
      List<Double> values = new ArrayList<>();
      for (Row row : m.rows()) {
        Number figure = row.figures().get(column);
        values.add(figure == null ? null : figure.doubleValue());
      }
      series.add(new Series(m.columns().get(column + 1), values));
    }
    String description = m.counts() + " " + of + ". The table after the chart gives every figure.";
    Chart chart = new Chart("chart-" + m.id(), m.heading() + ", " + of, description,
        m.rows().stream().map(Row::shortLabel).toList(), series, m.unit(), m.target(), m.targetWords());
    return m.drawn() == Drawn.BAR ? SvgChart.bar(chart) : SvgChart.line(chart);
  }
}
