package uk.frontdoor.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The chronology's entries from child protection: conferences held and what each decided for the
 * child, child protection plans started, reviewed and ended, and core group meetings.
 */
@Component
record ProtectionChronology(Conferences conferences, ProtectionPlans plans) implements ChronologySource {

  @Override
  public List<ChronologyEntry> entries(UUID authorityId, Episode episode, String page) {
    List<ChronologyEntry> entries = new ArrayList<>();
    for (Conference conference : conferences.of(authorityId, episode.id())) {
      if (conference.heldOn() == null) {
        continue;
      }
      conference.children().stream().filter(c -> c.episodeId().equals(episode.id())).findFirst().ifPresent(child -> entries.add(ChronologyEntry.onDay(
          "conference:" + conference.id(), conference.heldOn(), "Conference",
          conference.kind().label() + " held" + (conference.late() ? " (late)" : "") + ". Decision: " + child.decision().label()
              + (child.category() == null ? "" : ", " + child.category().label())
              + (child.endReason() == null ? "" : ": " + child.endReason()),
          conference.chairName(), page + "/conferences/" + conference.id())));
    }
    for (ProtectionPlan plan : plans.of(authorityId, episode.id())) {
      String planLink = page + "/protection-plans/" + plan.id();
      String key = "protection-plan:" + plan.id();
      entries.add(ChronologyEntry.onDay(key + ":start", plan.startedOn(), "Child protection plan",
          "Child protection plan started: " + plan.initialCategory().label() + ". Lead social worker: " + plan.leadName(), "", planLink));
      for (ProtectionPlan.Review review : plan.reviews()) {
        entries.add(ChronologyEntry.onDay(key + ":review:" + review.conferenceId(), review.heldOn(), "Child protection plan",
            "Child protection plan reviewed: " + review.decision().label().toLowerCase(java.util.Locale.UK)
                + (review.category() == null ? "" : " (" + review.category().label() + ")"), "", planLink));
      }
      int n = 0;
      for (ProtectionPlan.Meeting meeting : plan.meetings()) {
        entries.add(ChronologyEntry.onDay(key + ":core-group:" + ++n, meeting.heldOn(), "Core group", "Core group meeting\n" + meeting.notes(),
            meeting.byName(), planLink));
      }
      if (plan.endedOn() != null) {
        entries.add(ChronologyEntry.onDay(key + ":end", plan.endedOn(), "Child protection plan", "Child protection plan ended: " + plan.endReason(), "", planLink));
      }
    }
    return entries;
  }

}
