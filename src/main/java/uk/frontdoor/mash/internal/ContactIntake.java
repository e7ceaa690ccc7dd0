package uk.frontdoor.mash.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.AuthorityId;
import uk.frontdoor.authority.CouncilCalendars;
import uk.frontdoor.mash.Rag;
import org.springframework.stereotype.Component;
import uk.frontdoor.platform.GroupCommit;
import uk.frontdoor.platform.Labelled;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.referral.ConcernSubmitted;

/**
 * Creates a MASH contact for every concern submitted, except those about adults who work with
 * children, which go to the LADO. The event is stored with the referral, so a
 * contact is created even if the application stopped in between (the publication is resubmitted
 * at start-up); creating the same contact twice does nothing.
 */
@Component
class ContactIntake {

  /** The most contacts created together. */
  private static final int MAX_GROUP = 64;

  private final NamedParameterJdbcTemplate named;
  private final Tenancy tenancy;
  private final Authorities authorities;
  private final CouncilCalendars calendars;

  private final GroupCommit<NewContact, Boolean> together;

  ContactIntake(
      NamedParameterJdbcTemplate named,
      Tenancy tenancy,
      Authorities authorities,
      CouncilCalendars calendars,
      PlatformTransactionManager transactionManager) {
    this.named = named;
    this.tenancy = tenancy;
    this.authorities = authorities;
    this.calendars = calendars;
    this.together = new GroupCommit<>(transactionManager, this::createContacts, MAX_GROUP, 2);
  }

  /**
   * The one-working-day clock starts when the contact arrives if the council's office is open,
   * otherwise at its next opening (ADR 0007). Where the council does not publish its hours, it
   * starts on arrival.
   */
  Instant clockStart(UUID authorityId, Instant received) {
    return authorities
        .findById(new AuthorityId(authorityId))
        .flatMap(authority -> calendars.of(authorityId).nextOpening(authority.officeHours(), received))
        .orElse(received);
  }

  /** The arrival, as its status history tells it. */
  static String arrival(ConcernSubmitted concern, Instant clockStart) {
    String how = concern.channel().label();
    return clockStart.equals(concern.submittedAt())
        ? how
        : how + " out of office hours; the decision clock starts when the office opens";
  }

  /** A phone contact keeps its call handler's rating; a child in danger now is red. */
  static Rag rag(ConcernSubmitted concern) {
    if (concern.immediateDanger()) {
      return Rag.RED;
    }
    return Labelled.named(Rag.class, concern.urgency()).orElse(null);
  }

  /**
   * Every concern but one about an adult who works with children. Concerns arriving together
   * create their contacts in one transaction (ADR 0010); this returns once it has committed, and
   * only then is the event's publication marked complete.
   */
  @Async
  @TransactionalEventListener(condition = "#concern.route() != T(uk.frontdoor.referral.Route).LADO")
  void on(ConcernSubmitted concern) {
    together.submit(new NewContact(concern.authorityId(), concern.referralId(), row(concern)));
  }

  /** A contact to create, its row worked out before it joins a group. */
  private record NewContact(UUID authorityId, UUID referralId, SqlParameterSource row) {}

  /**
   * Creates a contact for each concern, in the current transaction, council by council and in the
   * order of their referrals (so two groups at once take their locks in the same order); one
   * already created stays as it is.
   */
  private List<Boolean> createContacts(List<NewContact> contacts) {
    tenancy.eachCouncil(
        contacts,
        NewContact::authorityId,
        Comparator.comparing(NewContact::referralId),
        theirs -> named.batchUpdate(CREATE, theirs.stream().map(NewContact::row).toArray(SqlParameterSource[]::new)));
    return contacts.stream().map(o -> Boolean.TRUE).toList();
  }

  private SqlParameterSource row(ConcernSubmitted concern) {
    Instant start = clockStart(concern.authorityId(), concern.submittedAt());
    Rag rag = rag(concern);
    return new MapSqlParameterSource()
        .addValue("authority", concern.authorityId())
        .addValue("referral", concern.referralId())
        .addValue("reference", concern.reference())
        .addValue("channel", concern.channel().name())
        .addValue("route", concern.route().name())
        .addValue("danger", concern.immediateDanger())
        .addValue("received", Timestamp.from(concern.submittedAt()))
        .addValue("rag", rag == null ? null : rag.name())
        .addValue("type", concern.referralType() == null ? null : concern.referralType().name())
        .addValue("start", Timestamp.from(start))
        .addValue("due", Timestamp.from(calendars.of(concern.authorityId()).addWorkingDays(start, 1)))
        .addValue("system", AuditLog.SYSTEM)
        .addValue("systemName", AuditLog.SYSTEM_NAME)
        .addValue("how", arrival(concern, start));
  }

  private static final String CREATE =
      """
      WITH contact AS (
        INSERT INTO mash_contact (authority_id, id, referral_id, reference, channel, route,
            immediate_danger, received_at, status, rag, clock_started_at, decision_due_at, referral_type)
        VALUES (:authority, gen_random_uuid(), :referral, :reference, :channel, :route,
            :danger, :received, 'NEW', :rag, :start, :due, :type)
        ON CONFLICT (authority_id, referral_id) DO NOTHING
        RETURNING authority_id, id, received_at)
      INSERT INTO mash_status_change (authority_id, contact_id, seq, at, from_status, to_status,
          actor_id, actor_name, reason)
      SELECT authority_id, id, 1, received_at, NULL, 'NEW', :system, :systemName, :how
      FROM contact
      """;
}
