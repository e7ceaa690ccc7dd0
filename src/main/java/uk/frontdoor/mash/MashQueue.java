package uk.frontdoor.mash;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.ReferralType;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;
import uk.frontdoor.platform.workflow.Actor;
import uk.frontdoor.platform.workflow.MoveRefusedException;
import uk.frontdoor.platform.workflow.Moves;
import uk.frontdoor.platform.workflow.StatusChange;
import uk.frontdoor.platform.workflow.StatusTable;
import uk.frontdoor.referral.Referrals;

/**
 * A council's MASH queue: contacts awaiting a decision, most urgent first, and the work on them.
 * Every view and change of a contact is written to the audit log in the same transaction.
 */
@Service
public record MashQueue(JdbcClient jdbc, Tenancy tenancy, AuditLog audit, Referrals referrals, Clock clock,
    Moves moves, Transactions transactions) {

  public static final String SUBJECT = "MASH_CONTACT";

  /** Contacts and their status history, moved by {@link ContactStatus#WORKFLOW}. */
  static final StatusTable<ContactStatus, ContactStatus.Command> CONTACTS =
      new StatusTable<>(ContactStatus.WORKFLOW, "mash_contact", "mash_status_change", "contact_id");

  static final String COLUMNS =
      """
      id, referral_id, reference, channel, route, immediate_danger, received_at, status, rag,
      clock_started_at, decision_due_at, assigned_to, assigned_name, handed_over_at, referral_type
      """;

  /** Contacts awaiting a decision: red first, then amber, not yet rated, green; then by deadline. */
  public List<MashContact> awaitingDecision(UUID authorityId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT " + COLUMNS + " FROM mash_contact WHERE authority_id = ? AND " + OPEN + " " + ORDER + " LIMIT 1000")
        .query(MashQueue::contact)
        .list());
  }

  /** A child a contact names, as its referral gave them: for the returns module's list of contacts. */
  public record ContactChild(LocalDate dateOfBirth, String gender) {}

  /** The children a contact names, in the referral's order; none if its referral cannot be read. */
  public List<ContactChild> childrenOf(UUID authorityId, MashContact contact) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return referrals.document(authorityId, contact.referralId())
          .map(d -> d.children().stream().map(c -> new ContactChild(c.dateOfBirth(), c.gender())).toList())
          .orElse(List.of());
    });
  }

  /**
   * Every contact that arrived from {@code first} to {@code last} (UK days), oldest first, whatever
   * became of it: for the returns module's list of contacts (Ofsted's Annex A list 1).
   */
  public List<MashContact> receivedBetween(UUID authorityId, LocalDate first, LocalDate last) {
    return transactions.read(() -> tenancy.sql(authorityId, "SELECT " + COLUMNS + " FROM mash_contact WHERE authority_id = ?"
            + " AND (received_at AT TIME ZONE 'Europe/London')::date BETWEEN ? AND ? ORDER BY received_at, reference")
        .params(first, last)
        .query(MashQueue::contact)
        .list());
  }

  /** Contacts on a page of the queue as a worker reads it. */
  public static final int PAGE_SIZE = 50;

  /** The SQL condition for contacts still waiting for a decision or its authorisation. */
  private static final String OPEN = statusIn(ContactStatus.OPEN);

  /** The SQL condition for contacts in one of these statuses, over the column {@code status}. */
  static String statusIn(Set<ContactStatus> statuses) {
    return statuses.stream()
        .map(s -> "'" + s.name() + "'")
        .collect(Collectors.joining(", ", "status IN (", ")"));
  }

  /**
   * The queue's order: red first, then amber, not yet rated, green; then by deadline, arrival and
   * reference, so that every contact has one place and paging neither skips nor repeats one.
   */
  private static final String ORDER = "ORDER BY " + Rag.orderSql() + ", decision_due_at, received_at, reference";

  /**
   * One page of the contacts awaiting a decision that the filter matches, in the queue's order,
   * with the whole queue's figures; a page past the last is the last.
   *
   * @param me the worker asking, for "assigned to me"
   * @param page from 1
   */
  public QueuePage page(UUID authorityId, UUID me, QueueFilter filter, int page) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      record Figures(QueuePage.Counts counts, long matching) {}
      Figures figures =
          jdbc.sql(
                  """
                  SELECT count(*) AS open,
                         count(*) FILTER (WHERE decision_due_at <= :now) AS overdue,
                         count(*) FILTER (WHERE assigned_to = :me) AS mine,
                         count(*) FILTER (WHERE assigned_to IS NULL) AS unassigned,
                         count(*) FILTER (WHERE rag IS NULL) AS unrated,
                  """
                      + byRating(rag -> "count(*) FILTER (WHERE " + rag.sql() + ") AS " + rag.word())
                      + ", count(*) FILTER (WHERE " + filter.sql() + ") AS matching"
                      + " FROM mash_contact WHERE authority_id = :authority AND " + OPEN)
              .param("now", Timestamp.from(clock.instant()))
              .param("me", me)
              .param("authority", authorityId)
              .query(
                  (rs, n) ->
                      new Figures(
                          new QueuePage.Counts(
                              rs.getLong("open"), rs.getLong("overdue"), rs.getLong("mine"), rs.getLong("unassigned"),
                              rs.getLong("red"), rs.getLong("amber"), rs.getLong("unrated"), rs.getLong("green")),
                          rs.getLong("matching")))
              .single();
      int pages = (int) Math.max(1, (figures.matching() + PAGE_SIZE - 1) / PAGE_SIZE);
      int shown = Math.min(Math.max(1, page), pages);
      long offset = (long) (shown - 1) * PAGE_SIZE;
      List<MashContact> contacts =
          jdbc.sql(
                  "SELECT " + COLUMNS + " FROM mash_contact WHERE authority_id = :authority AND " + OPEN
                      + " AND " + filter.sql() + " " + ORDER + " LIMIT :size OFFSET :offset")
              .param("authority", authorityId)
              .param("me", me)
              .param("size", PAGE_SIZE)
              .param("offset", offset)
              .query(MashQueue::contact)
              .list();
      return new QueuePage(contacts, figures.matching(), shown, pages, offset + 1, figures.counts());
    });
  }

  /**
   * Today's figures for a manager: the queue, decisions due today and overdue, partner requests
   * overdue, and how many
   * decisions this week (Monday to now, UK time) were authorised in time.
   */
  public ManagerSummary summary(UUID authorityId, WorkingCalendar calendar) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      Instant now = clock.instant();
      LocalDate today = calendar.londonDate(now);
      Instant endOfToday = today.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
      Instant monday = today.with(DayOfWeek.MONDAY).atStartOfDay(calendar.zone()).toInstant();
      return jdbc.sql(
              """
              WITH open AS (
                SELECT rag, decision_due_at FROM mash_contact
                WHERE authority_id = :authority AND %s),
              week AS (
                SELECT d.authorised_at < c.decision_due_at AS in_time
                FROM mash_decision d JOIN mash_contact c
                  ON c.authority_id = d.authority_id AND c.id = d.contact_id
                WHERE d.authority_id = :authority AND d.authorised_at >= :monday)
              SELECT (SELECT count(*) FROM open) AS open,
                     (SELECT count(*) FROM open WHERE rag IS NULL) AS unrated,
                     (SELECT count(*) FROM open WHERE decision_due_at > :now AND decision_due_at <= :endOfToday) AS due_today,
                     (SELECT count(*) FROM open WHERE decision_due_at <= :now) AS overdue,
                     (SELECT count(*) FROM information_request
                       WHERE authority_id = :authority AND answered_at IS NULL AND due_at <= :now) AS overdue_requests,
                     (SELECT count(*) FROM week) AS authorised,
                     (SELECT count(*) FROM week WHERE in_time) AS in_time,
              """
                  .formatted(OPEN)
                  + byRating(rag -> "(SELECT count(*) FROM open WHERE " + rag.sql() + ") AS " + rag.word()))
          .param("authority", authorityId)
          .param("now", Timestamp.from(now))
          .param("endOfToday", Timestamp.from(endOfToday))
          .param("monday", Timestamp.from(monday))
          .query(
              (rs, n) ->
                  new ManagerSummary(
                      rs.getLong("open"), rs.getLong("red"), rs.getLong("amber"), rs.getLong("green"),
                      rs.getLong("unrated"), rs.getLong("due_today"), rs.getLong("overdue"), rs.getLong("overdue_requests"),
                      rs.getLong("authorised"), rs.getLong("in_time")))
          .single();
    });
  }

  /** The open contacts assigned to one worker, soonest due first (at most 100). */
  public List<MashContact> assignedTo(UUID authorityId, UUID staffId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT " + COLUMNS
                + """
                FROM mash_contact
                WHERE authority_id = ? AND assigned_to = ? AND %s
                ORDER BY decision_due_at, received_at LIMIT 100
                """
                    .formatted(OPEN))
        .param(staffId)
        .query(MashQueue::contact)
        .list());
  }

  /** Opens a contact for a worker, recording that they saw it. */
  public Optional<MashContact> open(StaffUser worker, String reference) {
    return transactions.write(() -> {
      Optional<MashContact> contact = find(worker.authorityId(), reference);
      contact.ifPresent(c -> record(worker, "VIEWED", c, ""));
      return contact;
    });
  }

  /** Gives the contact to a worker (the one asking, or a colleague in the same council). */
  public boolean assign(StaffUser by, String reference, UUID to, String toName) {
    return transactions.write(() -> {
      Optional<MashContact> contact = find(by.authorityId(), reference);
      if (contact.isEmpty()) {
        return false;
      }
      jdbc.sql("UPDATE mash_contact SET assigned_to = ?, assigned_name = ? WHERE authority_id = ? AND id = ?")
          .params(to, toName, by.authorityId(), contact.get().id())
          .update();
      if (ContactStatus.WORKFLOW.allowed(contact.get().status(), ContactStatus.Command.PICK_UP)) {
        move(by, contact.get(), ContactStatus.Command.PICK_UP, "Assigned to " + toName);
      }
      record(by, "ASSIGNED", contact.get(), "to " + toName);
      return true;
    });
  }

  /** Rates how urgent the contact is. */
  public boolean rate(StaffUser by, String reference, Rag rag, String reason) {
    return transactions.write(() -> {
      Objects.requireNonNull(rag, "rag");
      Optional<MashContact> contact = find(by.authorityId(), reference);
      if (contact.isEmpty()) {
        return false;
      }
      jdbc.sql(
              """
              UPDATE mash_contact SET rag = ?, rag_reason = ?, rated_by_name = ?, rated_at = ?
              WHERE authority_id = ? AND id = ?
              """)
          .params(rag.name(), reason, by.displayName(), Timestamp.from(clock.instant()), by.authorityId(), contact.get().id())
          .update();
      String was = contact.get().rag() == null ? "not rated before" : "was " + contact.get().rag().label();
      record(by, "RATED", contact.get(), rag.label() + " (" + was + "): " + reason);
      return true;
    });
  }

  /** The latest urgency rating of a contact with its reason; empty until someone rates it. */
  public Optional<Rating> rating(UUID authorityId, UUID contactId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            """
            SELECT rag, rag_reason, rated_by_name, rated_at FROM mash_contact
            WHERE authority_id = ? AND id = ? AND rag IS NOT NULL AND rated_at IS NOT NULL
            """)
        .param(contactId)
        .query(
            (rs, n) ->
                new Rating(Rag.valueOf(rs.getString("rag")), rs.getString("rag_reason"), rs.getString("rated_by_name"),
                    rs.getTimestamp("rated_at").toInstant()))
        .optional());
  }

  /** A worker's urgency rating: red, amber or green, why, who and when. */
  public record Rating(Rag rag, String reason, String byName, Instant at) {
    public String words() {
      return rag.label();
    }
  }

  /** One SQL expression for each rating, in order, joined by commas. */
  private static String byRating(Function<Rag, String> sql) {
    return Arrays.stream(Rag.values()).map(sql).collect(Collectors.joining(", ", " ", " "));
  }

  /** The contact's status changes, oldest first. */
  public List<StatusChange<ContactStatus>> history(UUID authorityId, UUID contactId) {
    return transactions.read(() -> {
      tenancy.bind(authorityId);
      return moves.history(CONTACTS, authorityId, contactId);
    });
  }

  /**
   * Gives the contact a command and keeps the move in its history; a contact coming into triage
   * tells the referrer, through their referral's status, that it is being looked at.
   *
   * @throws MoveRefusedException if the contact's status may not move by that command, or someone
   *     else moved it first; nothing is changed
   */
  void move(StaffUser by, MashContact contact, ContactStatus.Command command, String reason) {
    ContactStatus to = moves.move(CONTACTS, by.authorityId(), contact.id(), contact.status(), command, actor(by), reason);
    if (to == ContactStatus.IN_TRIAGE) {
      referrals.beingLookedAt(by.authorityId(), contact.referralId(), actor(by));
    }
  }

  /** A member of staff as a workflow's history names them. */
  static Actor actor(StaffUser staff) {
    return new Actor(staff.id(), staff.displayName());
  }

  Optional<MashContact> find(UUID authorityId, String reference) {
    tenancy.bind(authorityId);
    String normalised = reference == null ? "" : reference.strip().toUpperCase();
    return jdbc.sql("SELECT " + COLUMNS + " FROM mash_contact WHERE authority_id = ? AND reference = ?")
        .params(authorityId, normalised)
        .query(MashQueue::contact)
        .optional();
  }

  void record(StaffUser who, String action, MashContact contact, String detail) {
    recordAbout(who, action, SUBJECT, contact.reference(), detail);
  }

  void recordAbout(StaffUser who, String action, String subjectType, String subjectId, String detail) {
    audit.record(who.authorityId(), who.id(), who.displayName(), action, subjectType, subjectId, detail);
  }

  static MashContact contact(ResultSet rs, int n) throws SQLException {
    return new MashContact(
        rs.getObject("id", UUID.class),
        rs.getObject("referral_id", UUID.class),
        rs.getString("reference"),
        rs.getString("channel"),
        rs.getString("route"),
        rs.getBoolean("immediate_danger"),
        rs.getTimestamp("received_at").toInstant(),
        ContactStatus.valueOf(rs.getString("status")),
        Labelled.named(Rag.class, rs.getString("rag")).orElse(null),
        rs.getTimestamp("clock_started_at").toInstant(),
        rs.getTimestamp("decision_due_at").toInstant(),
        rs.getObject("assigned_to", UUID.class),
        rs.getString("assigned_name"),
        rs.getTimestamp("handed_over_at") == null ? null : rs.getTimestamp("handed_over_at").toInstant(),
        rs.getString("referral_type") == null ? null : ReferralType.valueOf(rs.getString("referral_type")));
  }
}
