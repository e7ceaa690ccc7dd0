package uk.frontdoor.people;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's history at a glance, as on a given day: every line newest first, and the flags a MASH
 * worker looks for first.
 *
 * @param entries every line of the person's history, newest first
 * @param lastReferral when the latest referral was made
 * @param reReferralWithin12Months a referral now would be a re-referral: the last one was made in
 *     the 12 months before the day
 * @param open cases, plans and periods looked after that have not ended
 * @param childProtectionPlanNow a child protection plan is in force
 * @param childProtectionPlanBefore a child protection plan has ended
 * @param ladoInvolvement there has been LADO involvement
 * @param householdConcerns below-threshold contacts about the household in the last 12 months
 */
public record History(
    UUID personId,
    LocalDate on,
    List<HistoryEntry> entries,
    Optional<LocalDate> lastReferral,
    boolean reReferralWithin12Months,
    List<HistoryEntry> open,
    boolean childProtectionPlanNow,
    boolean childProtectionPlanBefore,
    boolean ladoInvolvement,
    RepeatedConcerns householdConcerns) {

  private static final List<HistoryKind> CASEWORK =
      List.of(
          HistoryKind.ASSESSMENT,
          HistoryKind.OPEN_CASE,
          HistoryKind.CIN_PLAN,
          HistoryKind.CP_PLAN,
          HistoryKind.LOOKED_AFTER,
          HistoryKind.EARLY_HELP,
          HistoryKind.LADO);

  public History {
    entries = List.copyOf(entries);
    open = List.copyOf(open);
  }

  /**
   * Works out the flags from a person's own history and the dates of the below-threshold contacts
   * about anyone in their household.
   */
  public static History of(UUID personId, LocalDate on, List<HistoryEntry> entries, List<LocalDate> householdContacts) {
    List<HistoryEntry> newestFirst =
        entries.stream().sorted(Comparator.comparing(HistoryEntry::startedOn).reversed()).toList();
    LocalDate yearAgo = on.minusMonths(12);
    Optional<LocalDate> lastReferral =
        newestFirst.stream()
            .filter(e -> e.kind() == HistoryKind.REFERRAL && !e.startedOn().isAfter(on))
            .map(HistoryEntry::startedOn)
            .findFirst();
    List<HistoryEntry> open =
        newestFirst.stream().filter(e -> CASEWORK.contains(e.kind()) && e.isOpenOn(on)).toList();
    List<HistoryEntry> plans = newestFirst.stream().filter(e -> e.kind() == HistoryKind.CP_PLAN).toList();
    return new History(
        personId,
        on,
        newestFirst,
        lastReferral,
        lastReferral.filter(d -> !d.isBefore(yearAgo)).isPresent(),
        open,
        plans.stream().anyMatch(e -> e.isOpenOn(on)),
        plans.stream().anyMatch(e -> e.endedOn() != null && !e.endedOn().isAfter(on)),
        newestFirst.stream().anyMatch(e -> e.kind() == HistoryKind.LADO),
        RepeatedConcerns.of(
            householdContacts.stream()
                .filter(d -> !d.isBefore(yearAgo) && !d.isAfter(on))
                .sorted(Comparator.reverseOrder())
                .toList()));
  }
}
