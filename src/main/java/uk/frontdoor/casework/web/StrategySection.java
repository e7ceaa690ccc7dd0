package uk.frontdoor.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.casework.Due;
import uk.frontdoor.casework.Dues;
import uk.frontdoor.casework.Enquiries;
import uk.frontdoor.casework.Enquiry;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.Episodes;
import uk.frontdoor.casework.StrategyDiscussion;
import uk.frontdoor.casework.StrategyDiscussions;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.Outcome;

/**
 * The strategy discussions and section 47 enquiries section of a child's page (casework/strategy):
 * the child's discussions with the decision for them, their enquiries with the initial conference's
 * time left, the link to record a discussion, and the MASH's call for one not yet recorded.
 */
@Component
record StrategySection(
    StrategyDiscussions discussions, Enquiries enquiries, Episodes episodes, Dues dues, WorkingTimeLeft left) {

  /** A discussion of the child, with the decision for them. */
  record DiscussionRow(StrategyDiscussion discussion, StrategyDiscussion.ChildDecision decision) {}

  /**
   * An enquiry of the child.
   *
   * @param conference the initial conference's due date and time left, while one is to be held; null otherwise
   */
  record EnquiryRow(Enquiry enquiry, String conference, boolean overdue) {}

  /**
   * What the section shows.
   *
   * @param mashAsked the MASH decided a strategy discussion is needed and none is recorded yet
   */
  record View(Episode episode, List<DiscussionRow> discussions, List<EnquiryRow> enquiries, boolean mayRecord, boolean mashAsked) {}

  void show(StaffUser me, Episode episode, Model model) {
    List<DiscussionRow> held = discussions.of(me.authorityId(), episode.id()).stream()
        .map(d -> new DiscussionRow(d, d.decisionFor(episode.id()).orElseThrow()))
        .toList();
    List<EnquiryRow> rows = enquiries.ofEpisode(me.authorityId(), episode.id()).stream().map(e -> row(me, episode, e)).toList();
    boolean asked = held.isEmpty() && episodes.referrals(me.authorityId(), episode.id()).stream()
        .anyMatch(r -> r.outcome() == Outcome.STRATEGY_DISCUSSION);
    model.addAttribute("strategy", new View(episode, held, rows, Enquiries.mayRecord(me) && episode.open(), asked && episode.open()));
  }

  /** The enquiry with its initial conference's time left, while a conference about it is still to be held. */
  EnquiryRow row(StaffUser me, Episode episode, Enquiry enquiry) {
    Instant due = enquiry.conferenceDueOn().plusDays(1).atStartOfDay(UkTime.ZONE).toInstant();
    boolean pending = enquiry.leadsToConference() && episode.open()
        && dues.of(me.authorityId(), episode).stream().anyMatch(d -> d.what().equals(Dues.CONFERENCE) && d.at().equals(due));
    if (!pending) {
      return new EnquiryRow(enquiry, null, false);
    }
    CaseloadRow row = left.row(me, episode, List.of(new Due(Dues.CONFERENCE, due)));
    return new EnquiryRow(enquiry, row.due(), row.overdue());
  }

  LocalDate today() {
    return left.today();
  }
}
