package uk.frontdoor.mash;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.Agency;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * What a council administrator sets for their council's MASH: the partner agencies it asks, each
 * with the nominated lead told of overdue requests, and how long partners have to answer by the
 * contact's urgency. Every change is audited with what it was and what it became.
 */
@Service
public record MashSettings(JdbcClient jdbc, Tenancy tenancy, AuditLog audit, Transactions transactions) {

  public static final String AGENCY_SUBJECT = "PARTNER_AGENCY";
  public static final String DEADLINE_SUBJECT = "INFORMATION_REQUEST_DEADLINE";

  public static final int MAX_NAME = 200;
  public static final int MAX_EMAIL = 320;
  public static final int MAX_WORKING_HOURS = 40;
  public static final int MAX_WORKING_DAYS = 20;

  /** The working time a partner has by default, by the contact's urgency. */
  static final Map<Rag, Deadline> DEFAULT_DEADLINES =
      Map.of(
          Rag.RED, new Deadline(Rag.RED, Duration.ofHours(4), false, true),
          Rag.AMBER, new Deadline(Rag.AMBER, Duration.ofDays(1), true, true),
          Rag.GREEN, new Deadline(Rag.GREEN, Duration.ofDays(3), true, true));

  /**
   * A partner agency of a council's MASH: which kind it is, the council's own name for it, and its
   * nominated lead's email, which may be absent.
   */
  public record PartnerAgency(Agency agency, String name, String leadEmail) {}

  /**
   * How long a partner has to answer about a contact of one urgency: working hours of the open
   * office, or whole working days (ADR 0003).
   *
   * @param isDefault the council has not set its own
   */
  public record Deadline(Rag rag, Duration workingTime, boolean inDays, boolean isDefault) {

    /** The number of working days or working hours. */
    public long amount() {
      return inDays ? workingTime.toDays() : workingTime.toHours();
    }

    /** For example "4 working hours" or "1 working day". */
    public String describe() {
      long amount = amount();
      String text = amount + (inDays ? " working day" : " working hour") + (amount == 1 ? "" : "s");
      long minutes = inDays ? 0 : workingTime.toMinutesPart();
      return minutes == 0 ? text : text + " " + minutes + " minutes";
    }
  }

  /** The council's partner agencies, in the order of {@link Agency#PARTNERS}. */
  public List<PartnerAgency> agencies(UUID authorityId) {
    return transactions.read(() -> tenancy.sql(authorityId, "SELECT agency, name, lead_email FROM partner_agency WHERE authority_id = ? ORDER BY agency DESC")
        .query(MashSettings::partnerAgency)
        .list());
  }

  public Optional<PartnerAgency> agency(UUID authorityId, Agency agency) {
    return transactions.read(() -> agencies(authorityId).stream().filter(a -> a.agency() == agency).findFirst());
  }

  private static PartnerAgency partnerAgency(ResultSet rs, int n) throws SQLException {
    return new PartnerAgency(Agency.valueOf(rs.getString("agency")), rs.getString("name"), rs.getString("lead_email"));
  }

  /**
   * Adds a partner agency to the council's MASH.
   *
   * @return false if the council already has it
   */
  public boolean addAgency(StaffUser administrator, PartnerAgency agency) {
    return transactions.write(() -> {
      check(agency);
      tenancy.bind(administrator.authorityId());
      int added =
          jdbc.sql(
                  """
                  INSERT INTO partner_agency (authority_id, agency, name, lead_email) VALUES (?, ?, ?, ?)
                  ON CONFLICT (authority_id, agency) DO NOTHING
                  """)
              .params(administrator.authorityId(), agency.agency().name(), agency.name(), agency.leadEmail())
              .update();
      if (added == 1) {
        record(administrator, "PARTNER_AGENCY_ADDED", AGENCY_SUBJECT, agency.agency().name(),
            "name: " + agency.name() + "; nominated lead: " + shown(agency.leadEmail()));
      }
      return added == 1;
    });
  }

  /**
   * Changes the name and nominated lead of one of the council's partner agencies.
   *
   * @return false if the council does not have the agency
   */
  public boolean changeAgency(StaffUser administrator, PartnerAgency changed) {
    return transactions.write(() -> {
      check(changed);
      tenancy.bind(administrator.authorityId());
      Optional<PartnerAgency> was =
          jdbc.sql("SELECT agency, name, lead_email FROM partner_agency WHERE authority_id = ? AND agency = ? FOR UPDATE")
              .params(administrator.authorityId(), changed.agency().name())
              .query(MashSettings::partnerAgency)
              .optional();
      if (was.isEmpty()) {
        return false;
      }
      if (was.get().equals(changed)) {
        return true;
      }
      jdbc.sql("UPDATE partner_agency SET name = ?, lead_email = ? WHERE authority_id = ? AND agency = ?")
          .params(changed.name(), changed.leadEmail(), administrator.authorityId(), changed.agency().name())
          .update();
      List<String> changes = new java.util.ArrayList<>();
      if (!was.get().name().equals(changed.name())) {
        changes.add("name: " + was.get().name() + " → " + changed.name());
      }
      if (!Objects.equals(was.get().leadEmail(), changed.leadEmail())) {
        changes.add("nominated lead: " + shown(was.get().leadEmail()) + " → " + shown(changed.leadEmail()));
      }
      record(administrator, "PARTNER_AGENCY_CHANGED", AGENCY_SUBJECT, changed.agency().name(), String.join("; ", changes));
      return true;
    });
  }

  /** The council's deadlines for red, amber and green contacts, its own or the defaults. */
  public List<Deadline> deadlines(UUID authorityId) {
    return transactions.read(() -> Arrays.stream(Rag.values()).map(rag -> deadline(authorityId, rag)).toList());
  }

  /** The council's deadline for a contact of this urgency, its own or the default. */
  public Deadline deadline(UUID authorityId, Rag rag) {
    return transactions.read(() -> tenancy.sql(authorityId,
            """
            SELECT extract(epoch FROM working_time)::bigint AS seconds, in_days
            FROM information_request_deadline WHERE authority_id = ? AND rag = ?
            """)
        .param(rag.name())
        .query((rs, n) -> new Deadline(rag, Duration.ofSeconds(rs.getLong("seconds")), rs.getBoolean("in_days"), false))
        .optional()
        .orElseGet(() -> defaultDeadline(rag)));
  }

  /** The deadline for contacts of this urgency where the council has not set its own. */
  public static Deadline defaultDeadline(Rag rag) {
    return DEFAULT_DEADLINES.get(Objects.requireNonNull(rag, "rag"));
  }

  /**
   * Sets the council's own deadline for contacts of this urgency. Requests already made keep
   * their deadline.
   *
   * @throws IllegalArgumentException unless 1 to 40 working hours or 1 to 20 working days
   */
  public void setDeadline(StaffUser administrator, Rag rag, int amount, boolean inDays) {
    transactions.write(() -> {
      Objects.requireNonNull(rag, "rag");
      if (amount < 1 || amount > (inDays ? MAX_WORKING_DAYS : MAX_WORKING_HOURS)) {
        throw new IllegalArgumentException("Deadline out of range: " + amount + (inDays ? " days" : " hours"));
      }
      Deadline was = deadline(administrator.authorityId(), rag);
      Duration workingTime = inDays ? Duration.ofDays(amount) : Duration.ofHours(amount);
      Deadline now = new Deadline(rag, workingTime, inDays, false);
      jdbc.sql(
              """
              INSERT INTO information_request_deadline (authority_id, rag, working_time, in_days)
              VALUES (?, ?, make_interval(days => ?, hours => ?), ?)
              ON CONFLICT (authority_id, rag) DO UPDATE SET working_time = EXCLUDED.working_time, in_days = EXCLUDED.in_days
              """)
          .params(administrator.authorityId(), rag.name(), inDays ? amount : 0, inDays ? 0 : amount, inDays)
          .update();
      recordDeadline(administrator, "DEADLINE_CHANGED", was, now);
    });
  }

  /**
   * Goes back to the default deadline for contacts of this urgency.
   *
   * @return the default, now in force
   */
  public Deadline resetDeadline(StaffUser administrator, Rag rag) {
    return transactions.write(() -> {
      Deadline was = deadline(administrator.authorityId(), rag);
      int removed =
          jdbc.sql("DELETE FROM information_request_deadline WHERE authority_id = ? AND rag = ?")
              .params(administrator.authorityId(), rag.name())
              .update();
      if (removed == 1) {
        recordDeadline(administrator, "DEADLINE_RESET", was, defaultDeadline(rag));
      }
      return defaultDeadline(rag);
    });
  }

  private void recordDeadline(StaffUser administrator, String action, Deadline was, Deadline now) {
    record(administrator, action, DEADLINE_SUBJECT, now.rag().name(), label(was) + " → " + label(now));
  }

  private static String label(Deadline deadline) {
    return deadline.describe() + (deadline.isDefault() ? " (default)" : "");
  }

  private void record(StaffUser administrator, String action, String subject, String subjectId, String detail) {
    audit.record(
        administrator.authorityId(), administrator.id(), administrator.displayName(), action, subject, subjectId, detail);
  }

  private static String shown(String email) {
    return email == null ? "none" : email;
  }

  private static void check(PartnerAgency agency) {
    if (agency.agency() == null
        || !agency.agency().partner()
        || agency.name() == null
        || agency.name().isBlank()
        || agency.name().length() > MAX_NAME
        || (agency.leadEmail() != null && agency.leadEmail().length() > MAX_EMAIL)) {
      throw new IllegalArgumentException("Not a partner agency a MASH can have: " + agency);
    }
  }
}
