package uk.frontdoor.casework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A section 47 enquiry about one child, started by the strategy discussion that decided it.
 *
 * @param startedOn the discussion's day (UK time)
 * @param conferenceDueOn the last day by which an initial child protection conference is due: the
 *     15th working day after the start
 * @param seenOn the day the child was seen; null until the enquiry is completed
 * @param outcome null until the enquiry is completed
 */
public record Enquiry(
    UUID id,
    UUID episodeId,
    UUID discussionId,
    EnquiryStatus status,
    LocalDate startedOn,
    LocalDate conferenceDueOn,
    LocalDate seenOn,
    Boolean seenAlone,
    EnquiryOutcome outcome,
    LocalDate completedOn,
    String startedByName) {

  public boolean open() {
    return status == EnquiryStatus.OPEN;
  }

  /** Whether an initial child protection conference is to be held for it: open still, or ended with one. */
  public boolean leadsToConference() {
    return open() || outcome == EnquiryOutcome.CONFERENCE;
  }
}
