package uk.frontdoor.lado;

/**
 * How many allegations a council resolved in a year, and how many of them within one, three and
 * twelve months of arriving (Keeping Children Safe in Education's targets: 80%, 90%, all but the
 * most exceptional).
 */
public record Timeliness(int resolved, int withinOneMonth, int withinThreeMonths, int withinTwelveMonths) {

  /** A share of those resolved, as a whole percentage; 0 when none were. */
  public int percent(int part) {
    return resolved == 0 ? 0 : (int) Math.round(100.0 * part / resolved);
  }

  public boolean meetsOneMonthTarget() {
    return percent(withinOneMonth) >= 80;
  }

  public boolean meetsThreeMonthTarget() {
    return percent(withinThreeMonths) >= 90;
  }
}
