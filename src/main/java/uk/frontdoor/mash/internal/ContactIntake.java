package uk.frontdoor.mash.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.referral.ConcernSubmitted;
import uk.frontdoor.referral.Route;

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

  ContactIntake(JdbcClient jdbc, Tenancy tenancy) {
    this.jdbc = jdbc;
    this.tenancy = tenancy;
  }

  @ApplicationModuleListener
  void on(ConcernSubmitted concern) {
    if (concern.route() == Route.LADO) {
      // Concerns about adults who work with children go to the LADO, not the MASH.
      return;
    }
    tenancy.bind(concern.authorityId());
    jdbc.sql(
            """
            INSERT INTO mash_contact (authority_id, id, referral_id, reference, channel, route,
                immediate_danger, received_at, status)
            VALUES (:authority, gen_random_uuid(), :referral, :reference, :channel, :route,
                :danger, :received, 'NEW')
            ON CONFLICT (authority_id, referral_id) DO NOTHING
            """)
        .param("authority", concern.authorityId())
        .param("referral", concern.referralId())
        .param("reference", concern.reference())
        .param("channel", concern.channel().name())
        .param("route", concern.route().name())
        .param("danger", concern.immediateDanger())
        .param("received", java.sql.Timestamp.from(concern.submittedAt()))
        .update();
  }
}
