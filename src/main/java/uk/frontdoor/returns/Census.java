package uk.frontdoor.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A children in need census as the DfE's 2025-26 structure holds it (statutory-rules §3.2): the
 * collection year ending on the reference date (31 March), the council's DfE code, and each child
 * with their episodes (CINdetails) and the work within the year.
 *
 * @param year the year of the reference date: 2026 for 1 April 2025 to 31 March 2026
 */
public record Census(int year, String la, String council, List<Child> children) {

  /** The collection year's first day, 1 April of the year before. */
  public LocalDate start() {
    return LocalDate.of(year - 1, 4, 1);
  }

  /** The reference date, 31 March: the collection year's last day. */
  public LocalDate referenceDate() {
    return LocalDate.of(year, 3, 31);
  }

  /**
   * A child in the census: their identifiers and characteristics, as the latest episode's census
   * details give them (all null where none are recorded), and their episodes in the year.
   *
   * @param name the child's name, for the returns page only (the census holds none)
   * @param episodeId the latest episode, whose pages correct the child's record
   */
  public record Child(
      String laChildId, String name, UUID episodeId, String upn, String upnUnknown, LocalDate birth, LocalDate expected,
      String sex, String ethnicity, List<String> disabilities, List<CinDetails> episodes) {

    public Child {
      disabilities = disabilities == null ? List.of() : List.copyOf(disabilities);
      episodes = List.copyOf(episodes);
    }

    /** Whether any episode went on to further action: is not a referral with no further action. */
    boolean furtherAction() {
      return episodes.stream().anyMatch(e -> !e.referralNfa());
    }
  }

  /**
   * One episode (a CIN referral) and what it holds within the year.
   *
   * @param initialConference the initial conference's day at this level: only where no section 47
   *     in the file records it (census rule 2884)
   */
  public record CinDetails(
      UUID episodeId, LocalDate referral, String referralSource, String primaryNeed, LocalDate closure, String reasonForClosure,
      LocalDate initialConference, boolean referralNfa, List<Assessment> assessments, List<CinPlan> cinPlans,
      List<Section47> section47s, List<ProtectionPlan> protectionPlans) {

    public CinDetails {
      assessments = List.copyOf(assessments);
      cinPlans = List.copyOf(cinPlans);
      section47s = List.copyOf(section47s);
      protectionPlans = List.copyOf(protectionPlans);
    }
  }

  /** An assessment: start, authorisation (end), factors identified (CIN census codes). */
  public record Assessment(LocalDate start, LocalDate end, List<String> factors) {

    public Assessment {
      factors = List.copyOf(factors);
    }
  }

  public record CinPlan(LocalDate start, LocalDate end) {}

  public record Section47(LocalDate start, LocalDate conferenceTarget, LocalDate initialConference, boolean conferenceNotRequired) {}

  public record ProtectionPlan(
      LocalDate start, LocalDate end, String initialCategory, String latestCategory, int previousPlans, List<LocalDate> reviews) {

    public ProtectionPlan {
      reviews = List.copyOf(reviews);
    }
  }
}
