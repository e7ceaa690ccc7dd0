package uk.frontdoor.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.frontdoor.platform.Labelled;

/**
 * A child's family group decision-making and pre-proceedings: the FGDM offer and meeting, the
 * letter before proceedings, the pre-proceedings meetings and the decisions, oldest first.
 *
 * @param fgdmAccepted null until an offer is recorded
 * @param letterIncludesFgdmOffer null until the letter is sent
 */
public record PreProceeding(
    UUID id,
    PreProceedingsStatus status,
    LocalDate fgdmOfferedOn,
    Boolean fgdmAccepted,
    LocalDate fgdmHeldOn,
    String fgdmOutcome,
    LocalDate letterSentOn,
    Boolean letterIncludesFgdmOffer,
    List<LocalDate> meetings,
    List<Decided> decisions) {

  /** What a decision decides. */
  public enum Decision implements Labelled {
    ISSUE_CARE_PROCEEDINGS,
    CONTINUE_PRE_PROCEEDINGS,
    END_PRE_PROCEEDINGS
  }

  /** @param reason null where none was given (it is required to end pre-proceedings) */
  public record Decided(LocalDate on, Decision decision, String reason, String byName) {}

  public boolean fgdmOffered() {
    return fgdmOfferedOn != null;
  }

  /** The day of the latest step, which a later step may not precede. */
  public Optional<LocalDate> lastStep() {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(fgdmOfferedOn, fgdmHeldOn, letterSentOn),
            java.util.stream.Stream.concat(meetings.stream(), decisions.stream().map(Decided::on)))
        .filter(java.util.Objects::nonNull)
        .max(LocalDate::compareTo);
  }
}
