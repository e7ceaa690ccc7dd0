package uk.frontdoor.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A child's social care episode: who the child is, as the referral named them; its level and
 * status; the referral date from which the assessment's clock runs; who leads it.
 *
 * @param assessmentDueAt the end of the assessment's 45 working days (exclusive); null at early help
 * @param assessmentAuthorisedAt when its assessment was authorised, which stops the clock; null until then
 * @param primaryNeed null until known
 * @param leadId the lead practitioner; null while the episode waits for allocation
 * @param teamCode the allocated team, a team code of the council's; null until allocated with a team
 * @param teamName the allocated team's name when it was allocated; null with the code
 * @param reReferral the episode was opened within 12 months of the closure of an earlier one
 */
public record Episode(
    UUID id,
    String firstName,
    String lastName,
    LocalDate dateOfBirth,
    LocalDate expectedDate,
    String nhsNumber,
    EpisodeLevel level,
    EpisodeStatus status,
    LocalDate referralDate,
    Instant openedAt,
    Instant assessmentDueAt,
    Instant assessmentAuthorisedAt,
    PrimaryNeed primaryNeed,
    UUID leadId,
    String leadName,
    String teamCode,
    String teamName,
    ClosureReason closureReason,
    Instant closedAt,
    boolean reReferral) {

  /** The child's name as the referral gave it, or what stands for it. */
  public String childName() {
    return nameOf(firstName, lastName);
  }

  /** A child's name from its parts, or what stands for it. */
  static String nameOf(String firstName, String lastName) {
    String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    return name.isEmpty() ? "Child not named" : name;
  }

  public boolean open() {
    return status == EpisodeStatus.OPEN;
  }

  public boolean allocated() {
    return leadId != null;
  }
}
