package uk.frontdoor.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.frontdoor.platform.Labelled;

/**
 * A child and family assessment, as far as it has been saved: a GOV.UK task list of four tasks,
 * each not yet started, in progress or completed, then sent for a team manager to authorise.
 *
 * @param childSeen null until answered; false with the reason the child was not seen
 * @param factors CIN census factor codes ({@link AssessmentFactors#CODES})
 * @param tasksCompleted the tasks the worker has marked completed: {@link #SEEN}, {@link #FACTORS}, {@link #OUTCOME}
 * @param returnedReason why a team manager last returned it; null if never returned
 */
public record Assessment(
    UUID id,
    UUID episodeId,
    AssessmentStatus status,
    LocalDate startDate,
    Boolean childSeen,
    LocalDate seenDate,
    Boolean seenAlone,
    String notSeenReason,
    List<String> factors,
    AssessmentOutcome outcome,
    Set<String> tasksCompleted,
    Instant startedAt,
    String startedByName,
    Instant submittedAt,
    UUID submittedById,
    String submittedByName,
    Instant authorisedAt,
    String authorisedByName,
    String returnedReason) {

  /** The tasks, by the names of their pages. */
  public static final String START = "start";

  public static final String SEEN = "seen";
  public static final String FACTORS = "factors";
  public static final String OUTCOME = "outcome";

  /** The tasks the worker marks completed, in the order of the list. */
  public static final List<String> MARKED = List.of(SEEN, FACTORS, OUTCOME);

  /** Where one task is, in the GOV.UK task list's words. */
  public enum Task implements Labelled {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED
  }

  /** Where the task is: completed once the worker says so; in progress once anything of it is saved. */
  public Task task(String name) {
    if (name.equals(START) || tasksCompleted.contains(name)) {
      return Task.COMPLETED;
    }
    boolean begun =
        switch (name) {
          case SEEN -> childSeen != null || seenDate != null || seenAlone != null || notSeenReason != null;
          case FACTORS -> !factors.isEmpty();
          case OUTCOME -> outcome != null;
          default -> throw new IllegalArgumentException(name);
        };
    return begun ? Task.IN_PROGRESS : Task.NOT_STARTED;
  }

  /** Every task completed: it may be sent for authorisation. */
  public boolean readyToSubmit() {
    return MARKED.stream().allMatch(tasksCompleted::contains);
  }

  /** The worker may still change it. */
  public boolean changeable() {
    return status == AssessmentStatus.IN_PROGRESS;
  }

  /** Started and not yet authorised: the episode cannot close. */
  public boolean unfinished() {
    return status != AssessmentStatus.AUTHORISED;
  }
}
