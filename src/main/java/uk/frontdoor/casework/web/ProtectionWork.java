package uk.frontdoor.casework.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.casework.ProtectionDeadlines;
import uk.frontdoor.casework.ProtectionDeadlines.Deadline;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.identity.StaffWork;
import uk.frontdoor.mash.TimeLeft;

/**
 * The child protection deadlines a team manager watches, with the working time left: on the team's
 * caseloads page in full, and on the manager's home page in short, the overdue first.
 */
@Component
record ProtectionWork(ProtectionDeadlines deadlines, WorkingTimeLeft left, Clock clock) implements StaffWork {

  private static final int SHOWN = 10;

  /**
   * A deadline with its time left in words.
   *
   * @param left "3 working days left: due by the end of Friday 4 December", or for a plan open
   *     more than 2 years, since when
   */
  record Row(Deadline deadline, String left, boolean overdue, boolean dueToday) {}

  /** The council's deadlines: the overdue first, the most overdue first; then plans over 2 years; then the soonest. */
  List<Row> rows(StaffUser me) {
    Instant now = clock.instant();
    return deadlines.of(me.authorityId()).stream()
        .map(d -> {
          if (d.since() != null) {
            return new Row(d, "Open since " + new uk.frontdoor.platform.WhenText(now).date(
                d.since().atStartOfDay(UkTime.ZONE).toInstant()), false, false);
          }
          TimeLeft time = left.until(me, d.at());
          return new Row(d, time.text(), time.overdue(), time.dueToday());
        })
        .sorted(Comparator.comparingInt((Row r) -> r.overdue() ? 0 : r.deadline().since() != null ? 1 : 2)
            .thenComparing(r -> r.deadline().at()))
        .toList();
  }

  @Override
  public List<Section> of(StaffUser me) {
    if (!me.roles().contains("TEAM_MANAGER")) {
      return List.of();
    }
    List<Row> rows = rows(me);
    long overdue = rows.stream().filter(Row::overdue).count();
    String summary = rows.isEmpty()
        ? "No child protection conferences, reviews or visits are due."
        : rows.size() + (rows.size() == 1 ? " child protection deadline" : " child protection deadlines")
            + (overdue > 0 ? ": " + overdue + " overdue." : ".");
    List<Item> items = rows.stream().limit(SHOWN)
        .map(r -> new Item(r.deadline().childName(), "/staff/casework/episodes/" + r.deadline().episodeId(),
            r.deadline().what() + ". " + r.left() + ".",
            r.overdue() ? "Overdue" : r.dueToday() ? "Due today" : r.deadline().since() != null ? "Over 2 years" : null, r.overdue()))
        .toList();
    return List.of(new Section(5, "Child protection", summary, items, "/staff/casework/caseloads#child-protection",
        "See every child protection deadline"));
  }
}
