package uk.frontdoor.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.frontdoor.authority.UkTime;

/** The chronology's entries from casework's own records: visits done, and plans started, reviewed and ended. */
@Component
class CaseworkChronology implements ChronologySource {

  private final Visits visits;
  private final Plans plans;

  CaseworkChronology(Visits visits, Plans plans) {
    this.visits = visits;
    this.plans = plans;
  }

  @Override
  public List<ChronologyEntry> entries(UUID authorityId, List<Episode> episodes) {
    List<ChronologyEntry> entries = new ArrayList<>();
    for (Episode episode : episodes) {
      String link = "/staff/casework/episodes/" + episode.id();
      for (Visit visit : visits.of(authorityId, episode.id())) {
        if (visit.doneOn() != null) {
          String seen =
              Boolean.TRUE.equals(visit.seenAlone()) ? "The child was seen alone."
                  : Boolean.TRUE.equals(visit.childSeen()) ? "The child was seen, not alone." : "The child was not seen.";
          entries.add(entry("visit:" + visit.id(), visit.doneOn(), "Visit",
              "Visit: " + seen + (visit.whoSeen() == null ? "" : " Seen: " + visit.whoSeen() + ".")
                  + (visit.observed() == null ? "" : "\n" + visit.observed()),
              "", link));
        }
      }
      for (Plan plan : plans.of(authorityId, episode.id())) {
        String name = plan.kind().label();
        entries.add(entry("plan:" + plan.id() + ":start", plan.startedOn(), "Plan", name + " started", plan.startedByName(), link));
        int n = 0;
        for (Plan.Review review : plan.reviews()) {
          entries.add(entry("plan:" + plan.id() + ":review:" + ++n, review.heldOn(), "Plan",
              name + " reviewed: " + review.decided(), review.byName(), link));
        }
        if (plan.endedOn() != null) {
          entries.add(entry("plan:" + plan.id() + ":end", plan.endedOn(), "Plan",
              name + " ended" + (plan.endReason() == null ? "" : ": " + plan.endReason()), "", link));
        }
      }
    }
    return entries;
  }

  private static ChronologyEntry entry(String key, LocalDate on, String kind, String what, String who, String link) {
    return new ChronologyEntry(key, on.atStartOfDay(UkTime.ZONE).toInstant(), true, kind, what, who == null ? "" : who, link, false);
  }
}
