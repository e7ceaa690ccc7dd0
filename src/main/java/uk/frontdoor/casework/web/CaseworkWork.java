package uk.frontdoor.casework.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.frontdoor.casework.Dues;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.Episodes;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.identity.StaffWork;

/**
 * What casework has waiting for the member of staff signed in: a team manager's children waiting
 * for allocation, and a practitioner's own caseload, the most pressing first.
 */
@Component
record CaseworkWork(Episodes episodes, Dues dues, WorkingTimeLeft left) implements StaffWork {

  private static final int SHOWN = 10;

  @Override
  public List<Section> of(StaffUser me) {
    List<Section> sections = new ArrayList<>();
    if (me.roles().contains("TEAM_MANAGER")) {
      List<CaseloadRow> waiting = rows(me, episodes.unallocated(me.authorityId()));
      sections.add(section(
          5, "Children waiting for allocation", waiting,
          waiting.isEmpty() ? "No children are waiting for allocation." : count(waiting.size(), "child", "children") + " waiting for a lead practitioner.",
          "/staff/casework/unallocated", "See every child waiting for allocation"));
      List<CaseloadRow> toAuthorise = rows(me, episodes.awaitingAssessmentAuthorisation(me.authorityId()));
      sections.add(section(
          5, "Assessments waiting for authorisation", toAuthorise,
          toAuthorise.isEmpty()
              ? "No child and family assessments are waiting for authorisation."
              : count(toAuthorise.size(), "assessment", "assessments") + " waiting for a team manager.",
          "/staff/casework/caseloads", "See your team’s caseloads", "/assessment"));
    }
    if (me.roles().contains("SOCIAL_WORKER") || me.roles().contains("FAMILY_HELP")) {
      List<CaseloadRow> mine = rows(me, episodes.caseload(me.authorityId(), me.id()));
      long overdue = mine.stream().filter(CaseloadRow::overdue).count();
      sections.add(section(
          6, "Your caseload", mine,
          mine.isEmpty()
              ? "No children are allocated to you."
              : count(mine.size(), "child", "children") + (overdue > 0 ? ": " + overdue + " overdue." : "."),
          "/staff/casework/caseload", "See your whole caseload"));
    }
    return sections;
  }

  private List<CaseloadRow> rows(StaffUser me, List<Episode> list) {
    return left.rows(me, list, dues.of(me.authorityId(), list));
  }

  private Section section(int order, String heading, List<CaseloadRow> list, String summary, String allHref, String allText) {
    return section(order, heading, list, summary, allHref, allText, "");
  }

  /** @param page the part of the episode each child links to: "" for its page, "/assessment" for its assessment */
  private Section section(
      int order, String heading, List<CaseloadRow> list, String summary, String allHref, String allText, String page) {
    List<Item> items =
        list.stream().limit(SHOWN)
            .map(row -> {
              Episode e = row.episode();
              return new Item(
                  e.childName(), "/staff/casework/episodes/" + e.id() + page, e.level().label() + ". " + row.due() + ".",
                  row.overdue() ? "Overdue" : row.dueToday() ? "Due today" : null, row.overdue());
            })
            .toList();
    return new Section(order, heading, summary, items, allHref, allText);
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
