package uk.frontdoor.lado.internal;

import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.lado.AllegationStatus;
import uk.frontdoor.mash.ContactDecided;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.workflow.Actor;
import uk.frontdoor.referral.ConcernSubmitted;

/** Opens a LADO allegation for every concern about an adult who works with children. */
@Component
class AllegationIntake {

  private final JdbcClient jdbc;
  private final Tenancy tenancy;

  AllegationIntake(JdbcClient jdbc, Tenancy tenancy) {
    this.jdbc = jdbc;
    this.tenancy = tenancy;
  }

  /**
   * Only concerns about adults who work with children: the condition keeps the event registry from
   * storing (and completing, in a transaction of its own) a publication for every other concern.
   */
  @ApplicationModuleListener(condition = "#concern.route() == T(uk.frontdoor.referral.Route).LADO")
  void on(ConcernSubmitted concern) {
    createAllegation(concern.authorityId(), concern.referralId(), concern.reference(), concern.submittedAt());
  }

  /** A MASH decision to refer to the LADO creates an allegation, as a LADO concern sent directly does. */
  @ApplicationModuleListener(condition = "#decided.outcome() == T(uk.frontdoor.mash.Outcome).LADO")
  void on(ContactDecided decided) {
    createAllegation(decided.authorityId(), decided.referralId(), decided.reference(), decided.authorisedAt());
  }

  private void createAllegation(java.util.UUID authorityId, java.util.UUID referralId, String reference, java.time.Instant at) {
    tenancy.bind(authorityId);
    jdbc.sql(
            """
            WITH allegation AS (
              INSERT INTO lado_allegation (authority_id, id, referral_id, reference, received_at, status)
              VALUES (:authority, gen_random_uuid(), :referral, :reference, :at, :start)
              ON CONFLICT (authority_id, referral_id) DO NOTHING
              RETURNING authority_id, id, received_at)
            INSERT INTO lado_allegation_status_change (authority_id, allegation_id, seq, at, from_status,
                to_status, actor_id, actor_name, reason)
            SELECT authority_id, id, 1, received_at, NULL, :start, :system, :systemName, 'Received'
            FROM allegation
            """)
        .param("authority", authorityId)
        .param("referral", referralId)
        .param("reference", reference)
        .param("at", Timestamp.from(at))
        .param("start", AllegationStatus.WORKFLOW.start().name())
        .param("system", Actor.SYSTEM.id())
        .param("systemName", Actor.SYSTEM.name())
        .update();
  }
}
