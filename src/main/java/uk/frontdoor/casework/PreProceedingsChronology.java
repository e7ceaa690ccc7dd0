package uk.frontdoor.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The chronology's entries from family group decision-making and pre-proceedings: each step on its day. */
@Component
record PreProceedingsChronology(PreProceedings preProceedings) implements ChronologySource {

  static final String KIND = "Pre-proceedings";

  @Override
  public List<ChronologyEntry> entries(UUID authorityId, Episode episode, String page) {
    List<ChronologyEntry> entries = new ArrayList<>();
    String link = page + "#pre-proceedings";
    for (PreProceeding p : preProceedings.all(authorityId, episode.id())) {
      String key = "pre-proceedings:" + p.id();
      if (p.fgdmOfferedOn() != null) {
        entries.add(entry(key + ":fgdm-offer", p.fgdmOfferedOn(),
            "Family group decision-making meeting offered: " + (p.fgdmAccepted() ? "accepted" : "declined"), link));
      }
      if (p.fgdmHeldOn() != null) {
        entries.add(entry(key + ":fgdm-meeting", p.fgdmHeldOn(), "Family group decision-making meeting held:\n" + p.fgdmOutcome(), link));
      }
      if (p.letterSentOn() != null) {
        entries.add(entry(key + ":letter", p.letterSentOn(), "Letter before proceedings sent, "
            + (p.letterIncludesFgdmOffer() ? "with" : "without") + " the offer of a family group decision-making meeting", link));
      }
      int n = 0;
      for (var on : p.meetings()) {
        entries.add(entry(key + ":meeting:" + ++n, on, "Pre-proceedings meeting held", link));
      }
      n = 0;
      for (PreProceeding.Decided d : p.decisions()) {
        entries.add(entry(key + ":decision:" + ++n, d.on(),
            "Pre-proceedings decision: " + d.decision().label() + (d.reason() == null ? "" : ": " + d.reason()), link));
      }
    }
    return entries;
  }

  private static ChronologyEntry entry(String key, java.time.LocalDate on, String what, String link) {
    return ChronologyEntry.onDay(key, on, KIND, what, "", link);
  }
}
