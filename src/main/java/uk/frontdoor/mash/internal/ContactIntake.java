package uk.frontdoor.mash.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.Authorities;
import uk.frontdoor.authority.AuthorityId;
import uk.frontdoor.authority.WorkingCalendar;
import org.springframework.stereotype.Component;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.referral.ConcernSubmitted;

/**
 * Opens a MASH contact for every concern submitted, except those about adults who work with
 * children, which go to the LADO. The event is stored with the referral, so a
 * contact is opened even if the application stopped in between (the publication is resubmitted
 * at start-up); opening the same contact twice does nothing.
 */
@Component
class ContactIntake {

  private final JdbcClient jdbc;
  private final Tenancy tenancy;
  private final Authorities authorities;
  private final WorkingCalendar calendar;

  ContactIntake(JdbcClient jdbc, Tenancy tenancy, Authorities authorities, WorkingCalendar calendar) {
    this.jdbc = jdbc;
    this.tenancy = tenancy;
    this.authorities = authorities;
    this.calendar = calendar;
  }

  /**
   * The one-working-day clock starts when the contact arrives if the council's office is open,
   * otherwise at its next opening (ADR 0007). Where the council does not publish its hours, it
   * starts on arrival.
   */
  Instant clockStart(UUID authorityId, Instant received) {
    return authorities
        .findById(new AuthorityId(authorityId))
        .flatMap(authority -> calendar.nextOpening(authority.officeHours(), received))
        .orElse(received);
  }

  /** The arrival, as its status history tells it. */
  static String arrival(ConcernSubmitted concern, Instant clockStart) {
    String how =
        switch (concern.channel()) {
          case ONLINE -> "Received online";
          case API -> "Received from a partner system";
          case PHONE -> "Received by phone";
        };
    return clockStart.equals(concern.submittedAt())
        ? how
        : how + " out of office hours; the decision clock starts when the office opens";
  }

  /** A phone contact keeps its call handler's rating; a child in danger now is red. */
  static String rag(ConcernSubmitted concern) {
    if (concern.immediateDanger()) {
      return "RED";
    }
    return concern.urgency();
  }

  /** Every concern but one about an adult who works with children, which goes to the LADO. */
  @ApplicationModuleListener(condition = "#concern.route() != T(uk.frontdoor.referral.Route).LADO")
  void on(ConcernSubmitted concern) {
    tenancy.bind(concern.authorityId());
    Instant start = clockStart(concern.authorityId(), concern.submittedAt());
    jdbc.sql(
            """
            WITH contact AS (
              INSERT INTO mash_contact (authority_id, id, referral_id, reference, channel, route,
                  immediate_danger, received_at, status, rag, clock_started_at, decision_due_at)
              VALUES (:authority, gen_random_uuid(), :referral, :reference, :channel, :route,
                  :danger, :received, 'NEW', :rag, :start, :due)
              ON CONFLICT (authority_id, referral_id) DO NOTHING
              RETURNING authority_id, id, received_at)
            INSERT INTO mash_status_change (authority_id, contact_id, seq, at, from_status, to_status,
                actor_id, actor_name, reason)
            SELECT authority_id, id, 1, received_at, NULL, 'NEW', :system, :systemName, :how
            FROM contact
            """)
        .param("authority", concern.authorityId())
        .param("referral", concern.referralId())
        .param("reference", concern.reference())
        .param("channel", concern.channel().name())
        .param("route", concern.route().name())
        .param("danger", concern.immediateDanger())
        .param("received", java.sql.Timestamp.from(concern.submittedAt()))
        .param("rag", rag(concern))
        .param("start", java.sql.Timestamp.from(start))
        .param("due", java.sql.Timestamp.from(calendar.addWorkingDays(start, 1)))
        .param("system", AuditLog.SYSTEM)
        .param("systemName", AuditLog.SYSTEM_NAME)
        .param("how", arrival(concern, start))
        .update();
  }
}
