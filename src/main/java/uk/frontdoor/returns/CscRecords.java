package uk.frontdoor.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.casework.CensusDetail;
import uk.frontdoor.casework.CensusRecords.Allocation;
import uk.frontdoor.casework.CensusRecords.CensusAssessment;
import uk.frontdoor.casework.CensusRecords.CensusEnquiry;
import uk.frontdoor.casework.CensusRecords.CensusEpisode;
import uk.frontdoor.casework.CensusRecords.CensusPlan;
import uk.frontdoor.casework.CensusRecords.CensusProtectionPlan;
import uk.frontdoor.casework.CensusRecords.EpisodeActivity;
import uk.frontdoor.casework.Episode;

/**
 * A child's record in the DfE children's social care data API's payload, as Data to Insight's
 * dfe-csc-api-data-flows builds it (docs/reference/csc-api-extract.md): the identifiers and a purge
 * flag, the child's details, and the social care episodes in the extract's window with their workers,
 * assessments, plans, section 47 enquiries and child protection plans. A key whose value is not
 * known is left out, as the reference builder leaves it out; a block with nothing in it too.
 */
final class CscRecords {

  private CscRecords() {}

  /** The months before today whose financial year starts the window, as the reference builder counts them. */
  static final int MONTHS_BACK = 24;

  /** The window's first day: 1 April of the financial year that holds the day 24 months before today. */
  static LocalDate windowStart(LocalDate today) {
    LocalDate anchor = today.minusMonths(MONTHS_BACK);
    return LocalDate.of(anchor.getMonthValue() < 4 ? anchor.getYear() - 1 : anchor.getYear(), 4, 1);
  }

  /** The child's record from their episodes in the window (oldest referral first), the latest's details standing for the child. */
  static Map<String, Object> child(String childKey, List<CensusEpisode> episodes, Map<UUID, EpisodeActivity> activity) {
    String id = CinCensus.laChildId(childKey);
    CensusEpisode latest = episodes.get(episodes.size() - 1);
    Map<String, Object> child = new LinkedHashMap<>();
    child.put("la_child_id", id);
    child.put("mis_child_id", id);
    child.put("purge", false);
    child.put("child_details", details(latest.episode(), latest.detail(), episodes));
    List<Object> list = new ArrayList<>();
    for (CensusEpisode e : episodes) {
      list.add(episode(e, activity.getOrDefault(e.episode().id(), EpisodeActivity.NONE)));
    }
    child.put("social_care_episodes", list);
    return child;
  }

  /** What the payload sends for a child who has left the extract: the identifiers and purge. */
  static Map<String, Object> purged(String laChildId) {
    Map<String, Object> child = new LinkedHashMap<>();
    child.put("la_child_id", laChildId);
    child.put("mis_child_id", laChildId);
    child.put("purge", true);
    return child;
  }

  private static Map<String, Object> details(Episode e, CensusDetail d, List<CensusEpisode> episodes) {
    Map<String, Object> details = new LinkedHashMap<>();
    if (d != null) {
      put(details, "unique_pupil_number", d.upn());
      put(details, "unique_pupil_number_unknown_reason", d.upnUnknown());
    }
    put(details, "first_name", e.firstName());
    put(details, "surname", e.lastName());
    put(details, "date_of_birth", e.dateOfBirth());
    put(details, "expected_date_of_birth", e.dateOfBirth() == null ? e.expectedDate() : null);
    details.put("sex", d == null || d.sex() == null ? "U" : d.sex());
    if (d != null) {
      put(details, "ethnicity", d.ethnicity());
      if (!d.disabilities().isEmpty()) {
        details.put("disabilities", d.disabilities());
      }
    }
    // Casework records no immigration status: an assessment that found the factor 9A (UASC) stands for it.
    details.put("uasc_flag", episodes.stream().flatMap(x -> x.assessments().stream()).anyMatch(a -> a.factors().contains("9A")));
    details.put("purge", false);
    return details;
  }

  private static Map<String, Object> episode(CensusEpisode e, EpisodeActivity activity) {
    Episode episode = e.episode();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("social_care_episode_id", episode.id().toString());
    out.put("referral_date", episode.referralDate().toString());
    put(out, "referral_source", e.detail() == null ? null : e.detail().referralSource());
    LocalDate closed = episode.closedAt() == null ? null : LocalDate.ofInstant(episode.closedAt(), UkTime.ZONE);
    put(out, "closure_date", closed);
    put(out, "closure_reason", closed == null || episode.closureReason() == null ? null : episode.closureReason().name());
    out.put("referral_no_further_action_flag", closed != null && e.assessments().isEmpty() && e.enquiries().isEmpty()
        && e.plans().isEmpty() && e.protectionPlans().isEmpty());
    List<Object> workers = new ArrayList<>();
    for (Allocation a : activity.allocations()) {
      Map<String, Object> worker = new LinkedHashMap<>();
      worker.put("worker_id", workerId(a.workerId()));
      worker.put("start_date", a.from().toString());
      put(worker, "end_date", a.to() != null ? a.to() : closed);
      workers.add(worker);
    }
    block(out, "care_worker_details", workers);
    List<Object> assessments = new ArrayList<>();
    for (CensusAssessment a : e.assessments()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("child_and_family_assessment_id", a.id().toString());
      m.put("start_date", a.start().toString());
      put(m, "authorisation_date", a.authorised());
      if (!a.factors().isEmpty()) {
        m.put("factors", a.factors());
      }
      m.put("purge", false);
      assessments.add(m);
    }
    block(out, "child_and_family_assessments", assessments);
    List<Object> plans = new ArrayList<>();
    for (CensusPlan p : e.plans()) {
      plans.add(plan("child_in_need_plan_id", p.id(), p.start(), p.end()));
    }
    block(out, "child_in_need_plans", plans);
    List<Object> enquiries = new ArrayList<>();
    for (CensusEnquiry q : e.enquiries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("section_47_assessment_id", q.id().toString());
      m.put("start_date", q.start().toString());
      if (q.conferenceRequired() != null) {
        m.put("icpc_required_flag", q.conferenceRequired());
      }
      put(m, "icpc_date", q.initialConference());
      put(m, "end_date", q.completed());
      m.put("purge", false);
      enquiries.add(m);
    }
    block(out, "section_47_assessments", enquiries);
    List<Object> protection = new ArrayList<>();
    for (CensusProtectionPlan p : e.protectionPlans()) {
      protection.add(plan("child_protection_plan_id", p.id(), p.start(), p.end()));
    }
    block(out, "child_protection_plans", protection);
    out.put("purge", false);
    return out;
  }

  /** A plan as the payload holds one: its id, start, end if it has ended. */
  private static Map<String, Object> plan(String idKey, UUID id, LocalDate start, LocalDate end) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(idKey, id.toString());
    m.put("start_date", start.toString());
    put(m, "end_date", end);
    m.put("purge", false);
    return m;
  }

  /**
   * A worker's ID as the payload takes it, at most 12 letters, digits, - or _ (Data to Insight's
   * checks): the first 12 hex digits of the member of staff's id, the same for them in every extract.
   */
  static String workerId(UUID id) {
    return id.toString().replace("-", "").substring(0, 12);
  }

  private static void put(Map<String, Object> map, String key, Object value) {
    if (value != null && !value.toString().isBlank()) {
      map.put(key, value.toString());
    }
  }

  private static void block(Map<String, Object> map, String key, List<Object> items) {
    if (!items.isEmpty()) {
      map.put(key, items);
    }
  }
}
