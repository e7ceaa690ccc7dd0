package uk.frontdoor.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The chronology's entries from child protection's first steps: each strategy discussion the child
 * was discussed at, with the decision for them, and each section 47 enquiry started and completed.
 */
@Component
record StrategyChronology(StrategyDiscussions discussions, Enquiries enquiries) implements ChronologySource {

  @Override
  public List<ChronologyEntry> entries(UUID authorityId, Episode episode, String page) {
    List<ChronologyEntry> entries = new ArrayList<>();
    for (StrategyDiscussion discussion : discussions.of(authorityId, episode.id())) {
      StrategyDiscussion.ChildDecision decision = discussion.decisionFor(episode.id()).orElseThrow();
      entries.add(new ChronologyEntry(
          "strategy:" + discussion.id(), discussion.heldAt(), false, "Strategy discussion",
          "Strategy discussion: " + (decision.section47() ? "section 47 enquiries start. " : "no section 47 enquiries. ") + decision.reason(),
          discussion.recordedByName(), page + "/strategy-discussions/" + discussion.id(), false));
    }
    for (Enquiry enquiry : enquiries.ofEpisode(authorityId, episode.id())) {
      String enquiryPage = page + "/enquiries/" + enquiry.id();
      entries.add(ChronologyEntry.onDay("enquiry:" + enquiry.id() + ":start", enquiry.startedOn(), "Section 47 enquiry",
          "Section 47 enquiry started", enquiry.startedByName(), enquiryPage));
      if (enquiry.completedOn() != null) {
        entries.add(ChronologyEntry.onDay("enquiry:" + enquiry.id() + ":completed", enquiry.completedOn(), "Section 47 enquiry",
            "Section 47 enquiry completed: " + enquiry.outcome().label()
                + (Boolean.TRUE.equals(enquiry.seenAlone()) ? ". The child was seen alone." : ". The child was seen, not alone."),
            "", enquiryPage));
      }
    }
    return entries;
  }

}
