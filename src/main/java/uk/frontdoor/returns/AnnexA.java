package uk.frontdoor.returns;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Service;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.Authority;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.casework.CensusCodes;
import uk.frontdoor.casework.CensusDetail;
import uk.frontdoor.casework.CensusRecords.CensusAssessment;
import uk.frontdoor.casework.CensusRecords.CensusEnquiry;
import uk.frontdoor.casework.CensusRecords.CensusEpisode;
import uk.frontdoor.casework.CensusRecords.CensusProtectionPlan;
import uk.frontdoor.casework.CensusRecords.CensusVisit;
import uk.frontdoor.casework.CensusRecords.EarlyHelpEpisode;
import uk.frontdoor.casework.CensusRecords.EpisodeActivity;
import uk.frontdoor.casework.CensusRecords;
import uk.frontdoor.casework.EmergencyProtections;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashContact;
import uk.frontdoor.mash.MashQueue.ContactChild;
import uk.frontdoor.mash.MashQueue;

/**
 * Ofsted's Annex A lists 1 to 7 for a period, as one workbook with a sheet a list, the columns and
 * value sets as statutory-rules §3.6 gives them: contacts from the MASH, early help and the rest
 * from casework, each read through its module's published API. Each download audited.
 */
@Service
public record AnnexA(CensusRecords records, EmergencyProtections emergencyProtections, MashQueue contacts,
    Authorities authorities, AuditLog audit) {

  public static final String SUBJECT = "ANNEX_A";

  /** The columns every list starts with. */
  static final List<String> CHILD = List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)");

  static final List<String> TEAM = List.of("Allocated Team", "Allocated Worker");

  /** Each list's sheet name and its columns after {@link #CHILD}. */
  static final Map<String, List<String>> LISTS = lists(
      "List 1 Contacts", List.of("Date of Contact", "Contact Source"),
      "List 2 Early Help", List.of("Assessment start date", "Assessment completion date", "Organisation completing assessment"),
      "List 3 Referrals", List.of("Date of referral", "Referral Source", "Referral NFA?", "Number of Referrals in Last 12 Months",
          "Allocated Team", "Allocated Worker"),
      "List 4 Assessments", List.of("Does the Child have a Disability", "Continuous Assessment Start Date",
          "Child Seen During Continuous Assessment", "Continuous Assessment Date of Authorisation",
          "Was the child assessed as requiring LA children's social care support?", "Allocated Team", "Allocated Worker"),
      "List 5 Section 47", List.of("Does the Child have a Disability", "Strategy discussion initiating Section 47 Enquiry Start Date",
          "Was an Initial Child Protection Conference deemed unnecessary?", "Date of Initial Child Protection Conference",
          "Did the Initial Child Protection Conference Result in a Child Protection Plan", "Number of Section 47 Enquiries in the last 12 months",
          "Number of ICPCs in the last 12 months", "Allocated Team", "Allocated Worker"),
      "List 6 Children in Need", List.of("Does the Child have a Disability", "CIN Start Date", "Primary Need Code", "Date Child Was Last Seen",
          "CIN Closure Date", "Reason for Closure", "Case Status", "Allocated Team", "Allocated Worker"),
      "List 7 Child Protection", List.of("Does the Child have a Disability", "Child Protection Plan Start Date", "Initial Category of Abuse",
          "Latest Category of Abuse", "Date of the Last Statutory Visit", "Was the Child Seen Alone?", "Date of latest review conference",
          "Child Protection Plan End Date", "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
          "Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker"));

  /** The workbook's last sheet: what the lists leave blank because Front Door does not record it, and where a value comes from. */
  static final List<String> NOTES = List.of(
      "Allocated Team and Allocated Worker (lists 3 to 7): the team and the lead practitioner a team manager allocated the child's"
          + " episode to, as they are now (or were when it closed); Not allocated while it waits for allocation, and Not recorded for"
          + " an episode allocated before Front Door recorded teams.",
      "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months: Y where an emergency protection"
          + " order or police protection recorded on any of the child's episodes was in force on any day of the six months up to the"
          + " period's end date (both days included), else N. An order runs to the end of its (extended) end date unless discharged"
          + " earlier; police protection to its recorded end, or 72 hours.",
      "List 1: a row for each child a contact names, identified by the contact's reference (with -1, -2 where it names several);"
          + " Date of Birth as the referral gave it; Gender only where a partner's system sent it; Ethnicity is not asked with a"
          + " contact. Contact Source comes from who made the contact (1A parent or carer, 1C the child, 1D a member of the public);"
          + " a professional's agency is not kept as a code, so 10.",
      "Child Seen During Continuous Assessment: a) Yes when a visit done between the assessment's start and its authorisation (or"
          + " the period's end) saw the child.",
      "Date Child Was Last Seen, Date of the Last Statutory Visit, Was the Child Seen Alone?: from the visits recorded as done on"
          + " the episode (the last one during the plan for list 7); blank when none is recorded.");

  /** A period of the lists: both days included. */
  public record Period(LocalDate from, LocalDate to) {}

  /** The workbook's rows, list by list in the order of {@link #LISTS}: each row's cells after the header. */
  public List<List<List<Object>>> rows(UUID authorityId, Period period) {
    Authority council = authorities.get(authorityId);
    LocalDate from = period.from();
    LocalDate to = period.to();
    // A year before the period too, for the counts of the last 12 months.
    List<CensusEpisode> episodes = records.year(authorityId, from.minusYears(1), to);
    Map<UUID, EpisodeActivity> activities = records.activity(authorityId, from.minusYears(1), to);
    List<List<Object>> contactRows = new ArrayList<>();
    for (MashContact c : contacts.receivedBetween(authorityId, from, to)) {
      // A row for each child the contact names, as the referral gave them; the contact's reference stands for the child.
      List<ContactChild> named = contacts.childrenOf(authorityId, c);
      int count = Math.max(1, named.size());
      for (int i = 0; i < count; i++) {
        ContactChild child = i < named.size() ? named.get(i) : null;
        LocalDate born = child == null ? null : child.dateOfBirth();
        contactRows.add(row(java.util.Arrays.asList(count == 1 ? c.reference() : c.reference() + "-" + (i + 1),
                gender(child == null ? null : sexOf(child.gender())), "s) NOBT", born,
                born == null || born.isAfter(to) ? null : java.time.Period.between(born, to).getYears()),
            LocalDate.ofInstant(c.receivedAt(), UkTime.ZONE), contactSource(c)));
      }
    }
    List<List<Object>> earlyHelp = new ArrayList<>();
    for (EarlyHelpEpisode e : records.earlyHelp(authorityId, from, to)) {
      earlyHelp.add(row(child(e.childKey(), e.detail(), e.episode(), to),
          e.assessmentStart() == null ? e.episode().referralDate() : e.assessmentStart(), e.assessmentCompleted(), council.name()));
    }
    List<List<Object>> referrals = new ArrayList<>();
    List<List<Object>> assessments = new ArrayList<>();
    List<List<Object>> enquiries = new ArrayList<>();
    List<List<Object>> inNeed = new ArrayList<>();
    List<List<Object>> protection = new ArrayList<>();
    // List 7's "in the last six months": the six months up to the period's end, both ends included.
    java.util.Set<String> emergency = emergencyProtections.childrenProtected(authorityId, to.minusMonths(6), to);
    Map<String, List<CensusEpisode>> byChild = new HashMap<>();
    episodes.forEach(e -> byChild.computeIfAbsent(e.childKey(), k -> new ArrayList<>()).add(e));
    for (CensusEpisode e : episodes) {
      Episode episode = e.episode();
      EpisodeActivity activity = activities.getOrDefault(episode.id(), EpisodeActivity.NONE);
      List<CensusEpisode> theirs = byChild.get(e.childKey());
      LocalDate closed = episode.closedAt() == null ? null : LocalDate.ofInstant(episode.closedAt(), UkTime.ZONE);
      boolean opensIn = within(episode.referralDate(), from, to);
      boolean openIn = !episode.referralDate().isAfter(to) && (closed == null || !closed.isBefore(from));
      if (opensIn) {
        boolean nfa = closed != null && e.assessments().isEmpty() && e.enquiries().isEmpty() && e.plans().isEmpty() && e.protectionPlans().isEmpty();
        long lastYear = theirs.stream().filter(o -> within(o.episode().referralDate(), episode.referralDate().minusYears(1), episode.referralDate())).count();
        referrals.add(row(child(e, to), episode.referralDate(), e.detail() == null ? "10" : e.detail().referralSource(), nfa ? "a) Yes" : "b) No",
            lastYear, team(episode), lead(episode)));
      }
      for (CensusAssessment a : e.assessments()) {
        if (within(a.start(), from, to) || within(a.authorised(), from, to)) {
          boolean authorised = a.authorised() != null && !a.authorised().isAfter(to);
          String support = !authorised ? "" : e.plans().isEmpty() && e.protectionPlans().isEmpty() && e.enquiries().isEmpty() ? "b) No" : "a) Yes";
          LocalDate until = authorised ? a.authorised() : to;
          boolean seen = activity.visits().stream().anyMatch(v -> v.childSeen() && within(v.on(), a.start(), until));
          assessments.add(row(child(e, to), disabled(e), a.start(), seen ? "a) Yes" : "b) No", authorised ? a.authorised() : null, support,
              team(episode), lead(episode)));
        }
      }
      for (CensusEnquiry q : e.enquiries()) {
        if (within(q.start(), from, to)) {
          LocalDate icpc = q.initialConference() == null || q.initialConference().isAfter(to) ? null : q.initialConference();
          boolean notNeeded = q.conferenceNotRequiredOn() != null && !q.conferenceNotRequiredOn().isAfter(to);
          boolean plan = icpc != null && e.protectionPlans().stream().anyMatch(p -> icpc.equals(p.initialConference()) || icpc.equals(p.start()));
          LocalDate yearBefore = q.start().minusYears(1);
          long s47s = theirs.stream().flatMap(o -> o.enquiries().stream()).filter(o -> within(o.start(), yearBefore, q.start())).count();
          long icpcs = theirs.stream().flatMap(o -> o.enquiries().stream()).filter(o -> within(o.initialConference(), yearBefore, q.start())).count();
          enquiries.add(row(child(e, to), disabled(e), q.start(), notNeeded ? "a) Yes" : icpc != null ? "b) No" : "", icpc,
              icpc == null ? "" : plan ? "a) Yes" : "b) No", s47s, icpcs, team(episode), lead(episode)));
        }
      }
      if (openIn) {
        LocalDate closure = closed == null || closed.isAfter(to) ? null : closed;
        inNeed.add(row(child(e, to), disabled(e), episode.referralDate(), episode.primaryNeed() == null ? "" : episode.primaryNeed().name(),
            activity.lastSeen(closure == null ? to : closure),
            closure, closure == null || episode.closureReason() == null ? "" : episode.closureReason().name(), closure == null ? "Open" : "Closed",
            team(episode), lead(episode)));
      }
      for (CensusProtectionPlan p : e.protectionPlans()) {
        if (!p.start().isAfter(to) && (p.end() == null || !p.end().isBefore(from))) {
          LocalDate review = p.reviews().stream().filter(d -> !d.isAfter(to)).reduce((a, b) -> b).orElse(null);
          CensusVisit visit = activity.lastVisit(p.end() == null || p.end().isAfter(to) ? to : p.end());
          if (visit != null && visit.on().isBefore(p.start())) {
            visit = null;
          }
          protection.add(row(child(e, to), disabled(e), p.start(), category(p.initialCategory()), category(p.latestCategory()),
              visit == null ? null : visit.on(), visit == null ? "" : visit.seenAlone() ? "a) Yes" : "b) No",
              review, p.end() == null || p.end().isAfter(to) ? null : p.end(), emergency.contains(e.childKey()) ? "Y" : "N",
              p.previousPlans(), team(episode), lead(episode)));
        }
      }
    }
    return List.of(contactRows, earlyHelp, referrals, assessments, enquiries, inNeed, protection);
  }

  /** The workbook of the lists for the period: a sheet a list, a header row, days as dates. */
  public byte[] workbook(UUID authorityId, Period period) {
    List<List<List<Object>>> lists = rows(authorityId, period);
    try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/MM/yyyy"));
      int i = 0;
      for (Map.Entry<String, List<String>> list : LISTS.entrySet()) {
        Sheet sheet = book.createSheet(list.getKey());
        Row header = sheet.createRow(0);
        List<String> columns = columns(list.getKey());
        for (int c = 0; c < columns.size(); c++) {
          header.createCell(c).setCellValue(columns.get(c));
        }
        int r = 1;
        for (List<Object> cells : lists.get(i++)) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof LocalDate day) {
              row.createCell(c).setCellValue(day);
              row.getCell(c).setCellStyle(date);
            } else if (value instanceof Number n) {
              row.createCell(c).setCellValue(n.doubleValue());
            } else if (value != null && !value.toString().isEmpty()) {
              row.createCell(c).setCellValue(value.toString());
            }
          }
        }
      }
      Sheet notes = book.createSheet("Notes");
      for (int n = 0; n < NOTES.size(); n++) {
        notes.createRow(n).createCell(0).setCellValue(NOTES.get(n));
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The full header of a list: the child's columns, then its own. */
  static List<String> columns(String list) {
    List<String> columns = new ArrayList<>(CHILD);
    columns.addAll(LISTS.get(list));
    return columns;
  }

  /** Records that someone downloaded the lists: who, when (the audit's time) and which period. */
  public void downloaded(StaffUser me, Period period) {
    audit.record(me.authorityId(), me.id(), me.displayName(), "ANNEX_A_DOWNLOADED", SUBJECT, period.from() + "/" + period.to(),
        "Ofsted Annex A lists 1 to 7 for " + period.from() + " to " + period.to());
  }

  private static List<Object> row(List<Object> child, Object... cells) {
    List<Object> row = new ArrayList<>(child);
    row.addAll(java.util.Arrays.asList(cells));
    return row;
  }

  /** The columns every list starts with, for the child of an episode; the age on the period's last day. */
  private static List<Object> child(CensusEpisode e, LocalDate to) {
    return child(e.childKey(), e.detail(), e.episode(), to);
  }

  private static List<Object> child(String childKey, CensusDetail d, Episode episode, LocalDate to) {
    LocalDate born = episode.dateOfBirth();
    List<Object> child = new ArrayList<>();
    child.add(CinCensus.laChildId(childKey));
    child.add(gender(d == null ? null : d.sex()));
    child.add(ethnicity(d == null ? null : d.ethnicity()));
    child.add(born);
    child.add(born == null || born.isAfter(to) ? null : java.time.Period.between(born, to).getYears());
    return child;
  }

  /** M or F from how a referral gave a child's gender (only the partner API asks it, as free text); null otherwise. */
  static String sexOf(String gender) {
    String g = gender == null ? "" : gender.strip().toLowerCase(java.util.Locale.UK);
    return switch (g) {
      case "m", "male", "boy" -> "M";
      case "f", "female", "girl" -> "F";
      default -> null;
    };
  }

  static String gender(String sex) {
    return sex == null ? "c) Not stated/recorded" : switch (sex) {
      case "M" -> "a) Male";
      case "F" -> "b) Female";
      default -> "c) Not stated/recorded";
    };
  }

  /** Annex A's ethnicity: the census code after its letter, a) WBRI to r) OOTH, then s) REFU or s) NOBT. */
  static String ethnicity(String code) {
    List<String> codes = List.copyOf(CensusCodes.ETHNICITY.keySet());
    int at = code == null ? -1 : codes.indexOf(code);
    if (at < 0) {
      return "s) NOBT";
    }
    return (char) ('a' + Math.min(at, codes.indexOf("REFU"))) + ") " + code;
  }

  private static String disabled(CensusEpisode e) {
    if (e.detail() == null || e.detail().disabilities().isEmpty()) {
      return "c) Unknown";
    }
    return e.detail().disabilities().contains("NONE") ? "b) No" : "a) Yes";
  }

  private static String category(String code) {
    return code == null ? "" : CensusCodes.CATEGORY.getOrDefault(code, code);
  }

  private static String lead(Episode episode) {
    return episode.leadName() == null ? "Not allocated" : episode.leadName();
  }

  /** The allocated team's name, as the allocation named it. */
  private static String team(Episode episode) {
    if (episode.teamName() != null) {
      return episode.teamName();
    }
    return episode.allocated() ? "Not recorded" : "Not allocated";
  }

  /**
   * A contact's source as a referral-source code: a child about themselves 1C, a parent or carer
   * 1A, a member of the public 1D; a professional's agency is not recorded with the contact, so 10.
   */
  static String contactSource(MashContact contact) {
    return switch (contact.route() == null ? "" : contact.route()) {
      case "CHILD" -> "1C";
      case "PARENT_CARER" -> "1A";
      case "MEMBER_OF_PUBLIC" -> "1D";
      default -> "10";
    };
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }

  private static Map<String, List<String>> lists(Object... pairs) {
    Map<String, List<String>> lists = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> columns = (List<String>) pairs[i + 1];
      lists.put((String) pairs[i], columns);
    }
    return java.util.Collections.unmodifiableMap(lists);
  }
}
