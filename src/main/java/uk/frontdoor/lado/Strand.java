package uk.frontdoor.lado;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A strand of an allegation: the police investigation, the section 47 enquiry for the child, or
 * the employer's own process, from its start to its outcome.
 *
 * @param outcome one of the kind's outcomes' codes; null while it runs
 * @param enquiryId a section 47 strand's link to the council's section 47 enquiry for the child; null if none
 */
public record Strand(
    UUID id, StrandKind kind, StrandStatus status, LocalDate startedOn, LocalDate concludedOn, String outcome, String notes,
    String startedByName, UUID enquiryId) {

  /** The outcome in words; null while it runs. */
  public String outcomeWords() {
    return outcome == null ? null : kind.outcomes().getOrDefault(outcome, outcome);
  }

  public boolean open() {
    return status == StrandStatus.OPEN;
  }
}
