package uk.frontdoor.mash.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.frontdoor.authority.CouncilCalendars;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.identity.StaffDirectory;
import uk.frontdoor.identity.Agency;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.identity.StaffWork;
import uk.frontdoor.mash.InformationRequest;
import uk.frontdoor.mash.InformationRequests;
import uk.frontdoor.mash.MashContact;
import uk.frontdoor.mash.MashDecisions;
import uk.frontdoor.mash.MashQueue;
import uk.frontdoor.mash.OutOfHours;
import uk.frontdoor.mash.Rag;
import uk.frontdoor.mash.TimeLeft;
import uk.frontdoor.platform.WhenText;

/**
 * What the MASH has waiting for the member of staff signed in: a worker's own contacts, a
 * manager's decisions to authorise, the Emergency Duty Team's out-of-hours contacts, and a partner
 * agency's unanswered requests.
 */
@Component
record MashWork(
    MashQueue queue, MashDecisions decisions, OutOfHours outOfHours, InformationRequests requests, StaffDirectory directory,
    CouncilCalendars calendars, Clock clock) implements StaffWork {

  private static final int SHOWN = 10;

  @Override
  public List<Section> of(StaffUser me) {
    Instant now = clock.instant();
    WorkingCalendar calendar = calendars.of(me.authorityId());
    List<Section> sections = new ArrayList<>();
    if (me.roles().contains("MASH_SOCIAL_WORKER") || me.roles().contains("MASH_MANAGER")) {
      sections.add(contacts(
          1, "Contacts assigned to you", queue.assignedTo(me.authorityId(), me.id()), now, calendar,
          "No contacts are assigned to you.", "contact assigned to you", "contacts assigned to you",
          "/staff/mash", "See every contact waiting for a decision", ""));
    }
    if (me.roles().contains("MASH_MANAGER")) {
      sections.add(contacts(
          2, "Decisions waiting for you to authorise", decisions.toAuthorise(me), now, calendar,
          "No decisions are waiting for you to authorise.", "decision waiting for you to authorise",
          "decisions waiting for you to authorise", "/staff/mash/dashboard", "Manager’s view", "/authorisation"));
    }
    if (me.roles().contains("EDT_WORKER")) {
      List<MashContact> waiting = outOfHours.waiting(me.authorityId());
      WhenText when = new WhenText(now);
      sections.add(new Section(
          3, "Out-of-hours contacts",
          waiting.isEmpty() ? "No out-of-hours contacts are waiting." : count(waiting.size(), "out-of-hours contact", "out-of-hours contacts") + " waiting.",
          waiting.stream().limit(SHOWN)
              .map(c -> new Item(c.reference(), "/staff/edt/contacts/" + c.reference(),
                  Rag.words(c.rag()) + ". Received " + when.at(c.receivedAt()) + "; goes to the MASH at "
                      + when.at(c.clockStartedAt()) + ".",
                  c.immediateDanger() ? "In danger now" : null, true))
              .toList(),
          "/staff/edt", "See every contact that came while the office was closed"));
    }
    if (me.roles().contains("PARTNER_PRACTITIONER")) {
      directory.agencyOf(me.id()).ifPresent(agency -> sections.add(partnerRequests(me, agency, now)));
    }
    return sections;
  }

  private Section contacts(
      int order, String heading, List<MashContact> contacts, Instant now, WorkingCalendar calendar, String none, String one, String many,
      String allHref, String allText, String page) {
    long overdue = contacts.stream().filter(c -> !now.isBefore(c.decisionDueAt())).count();
    long dueToday =
        contacts.stream().filter(c -> now.isBefore(c.decisionDueAt()) && TimeLeft.until(now, c.decisionDueAt(), calendar).dueToday()).count();
    List<String> late = new ArrayList<>();
    if (overdue > 0) {
      late.add(overdue + " overdue");
    }
    if (dueToday > 0) {
      late.add(dueToday + " due today");
    }
    String summary =
        contacts.isEmpty()
            ? none
            : count(contacts.size(), one, many) + (late.isEmpty() ? "." : ": " + String.join(", ", late) + ".");
    List<Item> items =
        contacts.stream().limit(SHOWN)
            .map(c -> {
              TimeLeft left = TimeLeft.until(now, c.decisionDueAt(), calendar);
              return new Item(
                  c.reference(), "/staff/mash/contacts/" + c.reference() + page,
                  Rag.words(c.rag()) + ". " + c.from() + ". " + c.status().label() + ". " + left.text() + ".",
                  left.overdue() ? "Overdue" : left.dueToday() ? "Due today" : null,
                  left.overdue());
            })
            .toList();
    return new Section(order, heading, summary, items, allHref, allText);
  }

  private Section partnerRequests(StaffUser me, Agency agency, Instant now) {
    List<InformationRequest> waiting =
        requests.forAgency(me.authorityId(), agency).stream().filter(r -> !r.answered()).toList();
    long overdue = waiting.stream().filter(r -> r.overdueAt(now)).count();
    WhenText when = new WhenText(now);
    return new Section(
        4, "Requests waiting for your agency’s answer",
        waiting.isEmpty()
            ? "No requests are waiting for your agency’s answer."
            : count(waiting.size(), "request", "requests") + " waiting for an answer" + (overdue > 0 ? ": " + overdue + " overdue." : "."),
        waiting.stream().limit(SHOWN)
            .map(r -> new Item(r.personName(), "/staff/requests/" + r.id(),
                "Contact " + r.contactReference() + ". Answer " + when.by(r.dueAt()) + ".",
                r.overdueAt(now) ? "Overdue" : null, true))
            .toList(),
        "/staff/requests", "See every request to your agency");
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
