package uk.frontdoor.returns;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.casework.CensusCodes;
import uk.frontdoor.casework.CensusRecords.CensusAssessment;
import uk.frontdoor.casework.CensusRecords.CensusEnquiry;
import uk.frontdoor.casework.CensusRecords.CensusEpisode;
import uk.frontdoor.casework.CensusRecords.CensusProtectionPlan;
import uk.frontdoor.casework.CensusRecords;
import uk.frontdoor.casework.EpisodeLevel;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.lado.LadoReport.Resolution;
import uk.frontdoor.lado.LadoReport;
import uk.frontdoor.mash.ContactFigures.ContactFigure;
import uk.frontdoor.mash.ContactFigures;
import uk.frontdoor.referral.Route;

/**
 * The performance picture for managers and performance officers: for the 12 months to a chosen
 * month, month by month (contacts week by week), what the MASH, casework and the LADO did and how
 * much of it in time, each measure with the standard it is held to where the statutory rules set
 * one; casework's for the whole council or for one of its teams. Read from each module's published figures; working days from the {@link WorkingCalendar}.
 * Each view audited.
 */
@Service
public record Dashboard(ContactFigures contacts, CensusRecords records, LadoReport lado, WorkingCalendar calendar,
    AuditLog audit) {

  public static final String SUBJECT = "DASHBOARD";

  /** The working days within which an assessment concludes (Working Together 2023). */
  static final int ASSESSMENT_DAYS = 45;

  /** The working days from the strategy discussion within which the initial conference is held (Working Together 2023). */
  static final int CONFERENCE_DAYS = 15;

  public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

  /** The routes by which contacts come to the MASH, in the order their columns stand. */
  static final List<Route> SOURCES = List.of(Route.PROFESSIONAL, Route.MEMBER_OF_PUBLIC, Route.PARENT_CARER, Route.CHILD);

  /** The 12 months ending with {@code last}. */
  public record Period(YearMonth last) {

    public YearMonth first() {
      return last.minusMonths(11);
    }

    public LocalDate from() {
      return first().atDay(1);
    }

    public LocalDate to() {
      return last.atEndOfMonth();
    }

    public List<YearMonth> months() {
      List<YearMonth> months = new ArrayList<>();
      for (YearMonth m = first(); !m.isAfter(last); m = m.plusMonths(1)) {
        months.add(m);
      }
      return months;
    }

    /** "December 2025 to November 2026". */
    public String words() {
      return MONTH.format(first()) + " to " + MONTH.format(last);
    }
  }

  /** How a measure is drawn. */
  public enum Drawn { BAR, LINE }

  /**
   * A row of a measure's table: what it is of, in full and as a chart's label, and a figure for each
   * of the measure's columns after the first (a count, or a percentage; null where there is none).
   */
  public record Row(String label, String shortLabel, List<Number> figures) {}

  /**
   * One measure: its heading, what it counts, the standard it is held to (null where none is set),
   * its table (the first column the rows' labels), and which of its columns the chart draws.
   *
   * @param plotted the indexes, among the rows' figures, of the chart's bars or lines
   * @param percentFrom the index, among the rows' figures, of the first that is a percentage (all after it are too)
   * @param unit "%" where the chart draws percentages
   * @param target the standard's level to mark on the chart, or null
   */
  public record Measure(
      String id, String heading, String counts, String standard, Drawn drawn, List<String> columns, List<Row> rows, List<Integer> plotted,
      int percentFrom, String unit, Double target, String targetWords) {

    /** Whether the figure in this column (an index among the rows' figures) is a percentage. */
    public boolean percentage(int figure) {
      return figure >= percentFrom;
    }
  }

  /**
   * The measures a team applies to: casework's, counted from the episodes allocated to the team.
   * The MASH's and the LADO's record no team, so they stay the whole council's.
   */
  public static final Set<String> BY_TEAM = Set.of("re-referrals", "assessments", "conferences", "plan-categories", "plan-lengths");

  /** Every measure for the period, in the order a manager reads them: the front door, casework, protection, the LADO. */
  public List<Measure> of(UUID authorityId, Period period) {
    return of(authorityId, period, null);
  }

  /**
   * Every measure for the period, casework's ({@link #BY_TEAM}) for one team where a team's code is
   * given: a child counts in the team their episode is allocated to now, or was when it closed.
   */
  public List<Measure> of(UUID authorityId, Period period, String teamCode) {
    List<ContactFigure> received = contacts.between(authorityId, period.from(), period.to());
    List<CensusEpisode> episodes = records.year(authorityId, period.from(), period.to()).stream()
        .filter(e -> teamCode == null || teamCode.equals(e.episode().teamCode()))
        .toList();
    List<Resolution> resolved = lado.resolved(authorityId, period.from(), period.to());
    return List.of(
        contactsBySource(period, received), conversion(period, received), decisionsInTime(period, received), reReferrals(period, episodes),
        assessments(period, episodes), conferences(period, episodes), plansByCategory(period, episodes), plansByLength(period, episodes),
        ladoTimeliness(period, resolved));
  }

  /** Records that someone looked at the dashboards: who, when (the audit's time), which period and which team (null for all). */
  public void viewed(StaffUser me, Period period, String teamName) {
    audit.record(me.authorityId(), me.id(), me.displayName(), "DASHBOARD_VIEWED", SUBJECT, period.from() + "/" + period.to(),
        "Dashboards for " + period.words() + (teamName == null ? "" : ", casework of " + teamName));
  }

  Measure contactsBySource(Period period, List<ContactFigure> all) {
    LocalDate firstWeek = period.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Map<LocalDate, long[]> weeks = new LinkedHashMap<>();
    for (LocalDate week = firstWeek; !week.isAfter(period.to()); week = week.plusWeeks(1)) {
      weeks.put(week, new long[SOURCES.size() + 1]);
    }
    for (ContactFigure c : all) {
      LocalDate day = day(c.receivedAt());
      if (within(day, period.from(), period.to())) {
        long[] counts = weeks.get(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        int source = SOURCES.stream().map(Route::name).toList().indexOf(c.route());
        if (source >= 0) {
          counts[source]++;
        }
        counts[SOURCES.size()]++;
      }
    }
    List<Row> rows = new ArrayList<>();
    weeks.forEach((week, counts) -> rows.add(new Row("Week beginning " + DAY.format(week), SHORT_DAY.format(week),
        Arrays.stream(counts).mapToObj(n -> (Number) n).toList())));
    List<String> columns = new ArrayList<>(List.of("Week"));
    SOURCES.forEach(s -> columns.add(s.label()));
    columns.add("All contacts");
    return new Measure("contacts", "Contacts by source and week",
        "Contacts that came to the MASH each week, Monday to Sunday, by who made them.", null, Drawn.LINE, columns, rows,
        List.of(0, 1, 2, 3), columns.size(), "", null, null);
  }

  Measure conversion(Period period, List<ContactFigure> all) {
    return rates(period, "conversion", "Contacts that became referrals",
        "Of the contacts that came each month, how many the MASH decided (and a manager authorised) should have a child and family"
            + " assessment or a strategy discussion: a referral to children’s social care.",
        null, List.of("Month", "Contacts", "Became referrals", "Share"),
        all, c -> day(c.receivedAt()), c -> c.outcome() != null && EpisodeLevel.openedBy(c.outcome()).orElse(null) == EpisodeLevel.CHILD_IN_NEED);
  }

  Measure decisionsInTime(Period period, List<ContactFigure> all) {
    return rates(period, "decisions", "MASH decisions within one working day",
        "Decisions authorised each month, and how many by the end of the contact’s one working day (from its arrival, or the office’s"
            + " next opening when it came out of hours).",
        "Working Together to Safeguard Children 2023: a decision about the response within one working day of a referral being received.",
        List.of("Month", "Decisions authorised", "Within one working day", "Share"),
        all.stream().filter(c -> c.authorisedAt() != null).toList(), c -> day(c.authorisedAt()), ContactFigure::decidedInTime);
  }

  Measure reReferrals(Period period, List<CensusEpisode> episodes) {
    return rates(period, "re-referrals", "Re-referrals within 12 months",
        "Referrals to children’s social care each month, and how many came within 12 months of the child’s earlier episode closing.",
        null, List.of("Month", "Referrals", "Re-referrals", "Share"),
        episodes, e -> e.episode().referralDate(), e -> e.episode().reReferral());
  }

  Measure assessments(Period period, List<CensusEpisode> episodes) {
    List<CensusAssessment> all = episodes.stream().flatMap(e -> e.assessments().stream()).filter(a -> a.authorised() != null).toList();
    return rates(period, "assessments", "Assessments within 45 working days",
        "Child and family assessments authorised each month, and how many within 45 working days of their start, as the DfE counts them"
            + " in the census.",
        "Working Together to Safeguard Children 2023: no longer than 45 working days from the point of referral.",
        List.of("Month", "Assessments authorised", "Within 45 working days", "Share"),
        all, CensusAssessment::authorised, a -> workingDays(a.start(), a.authorised()) <= ASSESSMENT_DAYS);
  }

  Measure conferences(Period period, List<CensusEpisode> episodes) {
    List<CensusEnquiry> all = episodes.stream().flatMap(e -> e.enquiries().stream()).filter(q -> q.initialConference() != null).toList();
    return rates(period, "conferences", "Initial conferences within 15 working days",
        "Initial child protection conferences held each month, and how many within 15 working days of the strategy discussion that"
            + " started the section 47 enquiry.",
        "Working Together to Safeguard Children 2023: within 15 working days of the strategy discussion at which section 47 enquiries"
            + " were initiated.",
        List.of("Month", "Initial conferences", "Within 15 working days", "Share"),
        all, CensusEnquiry::initialConference, q -> workingDays(q.start(), q.initialConference()) <= CONFERENCE_DAYS);
  }

  Measure plansByCategory(Period period, List<CensusEpisode> episodes) {
    Map<String, Long> counts = new LinkedHashMap<>();
    CensusCodes.CATEGORY.keySet().forEach(code -> counts.put(code, 0L));
    for (CensusProtectionPlan p : plans(episodes)) {
      if (!p.start().isAfter(period.to()) && (p.end() == null || p.end().isAfter(period.to())) && counts.containsKey(p.latestCategory())) {
        counts.merge(p.latestCategory(), 1L, Long::sum);
      }
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach((code, n) -> rows.add(new Row(CensusCodes.CATEGORY.get(code), CensusCodes.CATEGORY.get(code), List.of(n))));
    return new Measure("plan-categories", "Child protection plans by category",
        "Children on a child protection plan on " + DAY.format(period.to()) + ", by the plan’s latest category of abuse.", null, Drawn.BAR,
        List.of("Category", "Plans"), rows, List.of(0), 1, "", null, null);
  }

  /** The lengths a plan that ended is counted in. */
  static final List<String> LENGTHS = List.of("Under 3 months", "3 to 6 months", "6 months to 1 year", "1 to 2 years", "2 years or more");

  Measure plansByLength(Period period, List<CensusEpisode> episodes) {
    long[] counts = new long[LENGTHS.size()];
    for (CensusProtectionPlan p : plans(episodes)) {
      if (within(p.end(), period.from(), period.to())) {
        counts[length(p.start(), p.end())]++;
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      rows.add(new Row(LENGTHS.get(i), LENGTHS.get(i), List.of(counts[i])));
    }
    return new Measure("plan-lengths", "Child protection plans by length",
        "Child protection plans that ended in the 12 months, by how long they lasted.", null, Drawn.BAR, List.of("Length", "Plans ended"),
        rows, List.of(0), 1, "", null, null);
  }

  /** Which of {@link #LENGTHS} a plan from {@code start} to {@code end} falls in. */
  static int length(LocalDate start, LocalDate end) {
    if (end.isBefore(start.plusMonths(3))) {
      return 0;
    }
    if (end.isBefore(start.plusMonths(6))) {
      return 1;
    }
    if (end.isBefore(start.plusYears(1))) {
      return 2;
    }
    return end.isBefore(start.plusYears(2)) ? 3 : 4;
  }

  Measure ladoTimeliness(Period period, List<Resolution> resolved) {
    List<Row> rows = new ArrayList<>();
    for (YearMonth month : period.months()) {
      List<Resolution> in = resolved.stream().filter(r -> YearMonth.from(day(r.resolvedAt())).equals(month)).toList();
      long one = in.stream().filter(r -> r.within(1)).count();
      long three = in.stream().filter(r -> r.within(3)).count();
      rows.add(new Row(MONTH.format(month), SHORT_MONTH.format(month),
          Arrays.asList(in.size(), one, three, percent(one, in.size()), percent(three, in.size()))));
    }
    return new Measure("lado", "LADO: allegations resolved in time",
        "Allegations about adults who work with children resolved each month (closed with advice, or concluded), and how many within one"
            + " and within three months of reaching the LADO.",
        "Keeping Children Safe in Education, Part 4: 80% of cases resolved within one month, 90% within three months.",
        Drawn.LINE, List.of("Month", "Resolved", "Within one month", "Within three months", "Share within one month",
            "Share within three months"),
        rows, List.of(3, 4), 3, "%", 80.0, "Target 80% within one month");
  }

  /**
   * A measure of how many of something, month by month, and how many of them meet a test: the
   * month's count, those meeting it and their share (none in a month with nothing to count).
   */
  private <T> Measure rates(
      Period period, String id, String heading, String counts, String standard, List<String> columns, List<T> items,
      Function<T, LocalDate> month, Predicate<T> meets) {
    List<Row> rows = new ArrayList<>();
    for (YearMonth m : period.months()) {
      List<T> in = items.stream().filter(item -> month.apply(item) != null && YearMonth.from(month.apply(item)).equals(m)).toList();
      long met = in.stream().filter(meets).count();
      rows.add(new Row(MONTH.format(m), SHORT_MONTH.format(m), Arrays.asList(in.size(), met, percent(met, in.size()))));
    }
    return new Measure(id, heading, counts, standard, Drawn.LINE, columns, rows, List.of(2), 2, "%", null, null);
  }

  /** A share in whole percent, or null of nothing. */
  static Integer percent(long part, long whole) {
    return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
  }

  private int workingDays(LocalDate from, LocalDate to) {
    return calendar.workingDaysBetween(from.atStartOfDay(UkTime.ZONE).toInstant(), to.atStartOfDay(UkTime.ZONE).toInstant());
  }

  private static List<CensusProtectionPlan> plans(List<CensusEpisode> episodes) {
    return episodes.stream().flatMap(e -> e.protectionPlans().stream()).toList();
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, UkTime.ZONE);
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }
}
