package uk.frontdoor.mash;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.AuthorityId;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.identity.Agency;
import uk.frontdoor.identity.StaffDirectory;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.notification.Message;
import uk.frontdoor.notification.Notifications;
import uk.frontdoor.notification.Template;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * Information requests to partner agencies: the MASH asks, each agency sees and answers only its
 * own, and a request not answered by its deadline is escalated to the MASH managers and the
 * agency's nominated lead. Deadlines run in the council's working time (ADR 0007).
 */
@Service
public record InformationRequests(JdbcClient jdbc, Tenancy tenancy, MashQueue queue, Authorities authorities,
    WorkingCalendar calendar, Notifications notifications, MashSettings settings, StaffDirectory directory,
    Clock clock, Transactions transactions) {

  public static final String SUBJECT = "INFORMATION_REQUEST";

  /** A person the MASH asks about, described as little as a partner needs to find them. */
  public record Person(String name, String born, String address, String nhsNumber) {}

  /** The council's partner agencies, each kind to the council's name for it, in a stable order. */
  public Map<Agency, String> agencies(UUID authorityId) {
    return transactions.read(() -> {
      Map<Agency, String> agencies = new LinkedHashMap<>();
      settings.agencies(authorityId).forEach(a -> agencies.put(a.agency(), a.name()));
      return agencies;
    });
  }

  /**
   * When a request made now about a contact of this urgency must be answered, by the council's
   * deadline in force now (a contact not yet rated counts as amber).
   */
  Instant deadline(UUID authorityId, Rag rag, Instant from) {
    MashSettings.Deadline deadline = settings.deadline(authorityId, rag == null ? Rag.AMBER : rag);
    var authority = authorities.findById(new AuthorityId(authorityId)).orElseThrow();
    var officeHours = authority.officeHours();
    var councils = calendar.forCouncil(authority);
    Instant start = councils.nextOpening(officeHours, from).orElse(from);
    if (deadline.inDays()) {
      return councils.addWorkingDays(start, (int) deadline.workingTime().toDays());
    }
    return councils.addWorkingTime(officeHours, start, deadline.workingTime()).orElse(start.plus(deadline.workingTime()));
  }

  /**
   * Asks each agency about each person, with one deadline from the contact's urgency.
   *
   * @return the requests made; empty if the contact is not found
   */
  public List<InformationRequest> ask(
      StaffUser worker, String reference, List<Agency> agencies, List<Person> people, String question) {
    return transactions.write(() -> {
      Optional<MashContact> found = queue.find(worker.authorityId(), reference);
      if (found.isEmpty()) {
        return List.of();
      }
      MashContact contact = found.get();
      Instant now = clock.instant();
      Instant due = deadline(worker.authorityId(), contact.rag(), now);
      Map<Agency, String> names = agencies(worker.authorityId());
      for (Agency agency : agencies) {
        for (Person person : people) {
          jdbc.sql(
                  """
                  INSERT INTO information_request (authority_id, id, contact_id, agency, person_name,
                      person_born, person_address, person_nhs_number, question, requested_by,
                      requested_by_name, requested_at, due_at)
                  VALUES (?, gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                  """)
              .params(
                  worker.authorityId(), contact.id(), agency.name(), person.name(), person.born(), person.address(),
                  person.nhsNumber(), question, worker.id(), worker.displayName(), Timestamp.from(now),
                  Timestamp.from(due))
              .update();
          queue.record(worker, "REQUESTED_INFORMATION", contact, names.getOrDefault(agency, agency.label()) + " about " + person.name());
        }
      }
      return ofContact(worker.authorityId(), contact.id());
    });
  }

  /** A contact's requests, by agency then person. */
  public List<InformationRequest> ofContact(UUID authorityId, UUID contactId) {
    return transactions.read(() -> tenancy.sql(authorityId, SELECT + " WHERE r.authority_id = ? AND r.contact_id = ? ORDER BY r.agency DESC, r.person_name, r.requested_at")
        .param(contactId)
        .query(InformationRequests::request)
        .list());
  }

  /** The requests addressed to one agency of a council: unanswered first, soonest due first. */
  public List<InformationRequest> forAgency(UUID authorityId, Agency agency) {
    return transactions.read(() -> tenancy.sql(authorityId,
            SELECT
                + """
                 WHERE r.authority_id = ? AND r.agency = ?
                ORDER BY r.answered_at IS NOT NULL, r.due_at, r.requested_at LIMIT 500
                """)
        .param(agency.name())
        .query(InformationRequests::request)
        .list());
  }

  /** One request, if it is addressed to this agency; a partner sees no other agency's. */
  public Optional<InformationRequest> openFor(StaffUser partner, Agency agency, UUID requestId) {
    return transactions.write(() -> {
      tenancy.bind(partner.authorityId());
      Optional<InformationRequest> request = find(partner.authorityId(), agency, requestId);
      request.ifPresent(r -> audit(partner, "VIEWED", r, ""));
      return request;
    });
  }

  /**
   * A partner practitioner answers a request addressed to their agency.
   *
   * @return false if there is no such unanswered request for their agency
   */
  public boolean answer(StaffUser partner, Agency agency, UUID requestId, boolean nothingKnown, String answer) {
    return transactions.write(() -> {
      tenancy.bind(partner.authorityId());
      int updated =
          jdbc.sql(
                  """
                  UPDATE information_request SET answered_at = ?, answered_by = ?, answered_by_name = ?,
                      nothing_known = ?, answer = ?
                  WHERE authority_id = ? AND agency = ? AND id = ? AND answered_at IS NULL
                  """)
              .params(
                  Timestamp.from(clock.instant()), partner.id(), partner.displayName(), nothingKnown, answer,
                  partner.authorityId(), agency.name(), requestId)
              .update();
      if (updated == 1) {
        find(partner.authorityId(), agency, requestId)
            .ifPresent(r -> audit(partner, "ANSWERED", r, nothingKnown ? "nothing known" : "information given"));
      }
      return updated == 1;
    });
  }

  /**
   * Tells the MASH managers and the agency's nominated lead about each request that has passed its
   * deadline unanswered, once.
   *
   * @return how many requests were escalated
   */
  public int escalateOverdue(UUID authorityId) {
    return transactions.write(() -> {
      tenancy.bind(authorityId);
      Instant now = clock.instant();
      record Overdue(UUID id, Agency agency, String reference, String leadEmail) {}
      List<Overdue> overdue =
          jdbc.sql(
                  """
                  SELECT r.id, r.agency, c.reference, a.lead_email
                  FROM information_request r
                  JOIN mash_contact c ON c.authority_id = r.authority_id AND c.id = r.contact_id
                  JOIN partner_agency a ON a.authority_id = r.authority_id AND a.agency = r.agency
                  WHERE r.authority_id = ? AND r.answered_at IS NULL AND r.escalated_at IS NULL AND r.due_at <= ?
                  ORDER BY r.due_at
                  FOR UPDATE OF r SKIP LOCKED
                  """)
              .params(authorityId, Timestamp.from(now))
              .query((rs, n) -> new Overdue(rs.getObject(1, UUID.class), Agency.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)))
              .list();
      if (overdue.isEmpty()) {
        return 0;
      }
      List<String> managers = directory.usernamesWithRole(authorityId, "MASH_MANAGER");
      String council = authorities.findById(new AuthorityId(authorityId)).orElseThrow().name();
      for (Overdue request : overdue) {
        jdbc.sql("UPDATE information_request SET escalated_at = ? WHERE authority_id = ? AND id = ?")
            .params(Timestamp.from(now), authorityId, request.id())
            .update();
        List<String> recipients = new java.util.ArrayList<>(managers);
        if (request.leadEmail() != null) {
          recipients.add(request.leadEmail());
        }
        for (String recipient : recipients) {
          notifications.send(
              new Message(
                  authorityId,
                  recipient,
                  Template.INFORMATION_REQUEST_OVERDUE,
                  Map.of("authorityName", council, "agency", request.agency().label().toLowerCase(java.util.Locale.UK), "reference", request.reference()),
                  request.reference()));
        }
      }
      return overdue.size();
    });
  }

  private Optional<InformationRequest> find(UUID authorityId, Agency agency, UUID requestId) {
    return jdbc.sql(SELECT + " WHERE r.authority_id = ? AND r.agency = ? AND r.id = ?")
        .params(authorityId, agency.name(), requestId)
        .query(InformationRequests::request)
        .optional();
  }

  private void audit(StaffUser who, String action, InformationRequest request, String detail) {
    queue.recordAbout(who, action, SUBJECT, request.id().toString(), request.contactReference() + ": " + detail);
  }

  private static final String SELECT =
      """
      SELECT r.id, r.contact_id, c.reference, r.agency, r.person_name, r.person_born, r.person_address,
             r.person_nhs_number, r.question, r.requested_by_name, r.requested_at, r.due_at,
             r.answered_at, r.answered_by_name, r.nothing_known, r.answer, r.escalated_at
      FROM information_request r
      JOIN mash_contact c ON c.authority_id = r.authority_id AND c.id = r.contact_id
      """;

  private static InformationRequest request(ResultSet rs, int n) throws SQLException {
    return new InformationRequest(
        rs.getObject("id", UUID.class),
        rs.getObject("contact_id", UUID.class),
        rs.getString("reference"),
        Agency.valueOf(rs.getString("agency")),
        rs.getString("person_name"),
        rs.getString("person_born"),
        rs.getString("person_address"),
        rs.getString("person_nhs_number"),
        rs.getString("question"),
        rs.getString("requested_by_name"),
        instant(rs, "requested_at"),
        instant(rs, "due_at"),
        instant(rs, "answered_at"),
        rs.getString("answered_by_name"),
        (Boolean) rs.getObject("nothing_known"),
        rs.getString("answer"),
        instant(rs, "escalated_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
