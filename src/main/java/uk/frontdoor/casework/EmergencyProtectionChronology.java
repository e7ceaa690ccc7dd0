package uk.frontdoor.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The chronology's entries from emergency protection: an order made, extended and discharged; police protection taken and ended. */
@Component
record EmergencyProtectionChronology(EmergencyProtections protections) implements ChronologySource {

  static final String KIND = "Emergency protection";

  @Override
  public List<ChronologyEntry> entries(UUID authorityId, Episode episode, String page) {
    List<ChronologyEntry> entries = new ArrayList<>();
    String link = page + "#emergency-protection";
    for (EmergencyProtection p : protections.of(authorityId, episode.id())) {
      String key = "emergency-protection:" + p.id();
      if (p.order()) {
        entries.add(new ChronologyEntry(key, p.startedAt(), false, KIND,
            "Emergency protection order made by " + p.court() + ", to the end of " + day(p.endsOn()), p.recordedBy(), link, false));
        if (p.extendedOn() != null) {
          entries.add(ChronologyEntry.onDay(key + ":extended", p.extendedOn(), KIND,
              "Emergency protection order extended to the end of " + day(p.extendedTo()), "", link));
        }
      } else {
        entries.add(new ChronologyEntry(key, p.startedAt(), false, KIND,
            "Police protection: taken by " + p.policeForce() + " (" + p.policeReference() + ")", p.recordedBy(), link, false));
      }
      if (p.endedAt() != null) {
        entries.add(new ChronologyEntry(key + ":ended", p.endedAt(), false, KIND,
            (p.order() ? "Emergency protection order discharged" : "Police protection ended")
                + (p.endReason() == null ? "" : ":\n" + p.endReason()), "", link, false));
      }
    }
    return entries;
  }

  private static String day(java.time.LocalDate on) {
    return on.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
  }
}
