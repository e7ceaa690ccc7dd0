package uk.frontdoor.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.frontdoor.authority.CouncilCalendars;
import uk.frontdoor.authority.UkTime;
import uk.frontdoor.casework.Episode;
import uk.frontdoor.casework.EpisodeLevel;
import uk.frontdoor.casework.EpisodeStatus;
import uk.frontdoor.casework.Episodes;
import uk.frontdoor.mash.ContactDecided;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.workflow.Actor;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.ReferralDocument.Child;
import uk.frontdoor.referral.ReferralSummary;
import uk.frontdoor.referral.Referrals;

/**
 * Opens an episode for each child named in a referral whose MASH decision was authorised as a
 * child and family assessment or a strategy discussion (at child in need) or early help (at early
 * help). A child who already has an open episode gets the referral added to it, stepping it up if
 * the decision is above early help; a child whose last episode closed within 12 months is a
 * re-referral.
 */
@Component
class EpisodeIntake {

  private final JdbcClient jdbc;
  private final Tenancy tenancy;
  private final Referrals referrals;
  private final Episodes episodes;
  private final CouncilCalendars calendars;

  EpisodeIntake(JdbcClient jdbc, Tenancy tenancy, Referrals referrals, Episodes episodes, CouncilCalendars calendars) {
    this.jdbc = jdbc;
    this.tenancy = tenancy;
    this.referrals = referrals;
    this.episodes = episodes;
    this.calendars = calendars;
  }

  /** Only the outcomes that open casework: the condition keeps the registry from storing every other decision. */
  @ApplicationModuleListener(condition = "T(uk.frontdoor.casework.EpisodeLevel).opens(#decided.outcome())")
  void on(ContactDecided decided) {
    EpisodeLevel level = EpisodeLevel.openedBy(decided.outcome()).orElseThrow();
    tenancy.bind(decided.authorityId());
    Instant received =
        referrals.find(decided.authorityId(), decided.reference())
            .filter(r -> r.referralId().equals(decided.referralId()))
            .map(ReferralSummary::submittedAt)
            .orElse(decided.authorisedAt());
    ReferralDocument document = referrals.document(decided.authorityId(), decided.referralId()).orElseThrow();
    List<Child> children = document.children();
    for (int i = 0; i < children.size(); i++) {
      Child child = children.get(i);
      String key = childKey(child, decided.referralId(), i);
      Optional<Episode> open = openEpisodeOf(decided.authorityId(), key);
      if (open.isPresent()) {
        addReferral(decided, open.get().id(), received, false);
        if (open.get().level() == EpisodeLevel.EARLY_HELP && level == EpisodeLevel.CHILD_IN_NEED) {
          episodes.stepped(
              decided.authorityId(), open.get(), EpisodeLevel.CHILD_IN_NEED, Actor.SYSTEM,
              "MASH decision on contact " + decided.reference() + ": " + decided.outcome().label(), decided.authorisedAt());
        }
      } else {
        boolean reReferral = reReferral(decided.authorityId(), key, received);
        UUID id = openEpisode(decided, child, key, level, received, reReferral);
        addReferral(decided, id, received, reReferral);
      }
    }
  }

  /**
   * What finds a child's open episode from another referral: the NHS number where there is one,
   * else the name and date of birth (or expected date); a child with neither is never matched.
   */
  static String childKey(Child child, UUID referralId, int index) {
    if (child.nhsNumber() != null && child.nhsNumber().replace(" ", "").matches("[0-9]{10}")) {
      return "nhs:" + child.nhsNumber().replace(" ", "");
    }
    LocalDate born = child.dateOfBirth() != null ? child.dateOfBirth() : child.expectedDate();
    if (child.firstName() == null || child.lastName() == null || born == null) {
      return "referral:" + referralId + ":" + index;
    }
    return "name:" + child.firstName().strip().toLowerCase(Locale.UK) + "|" + child.lastName().strip().toLowerCase(Locale.UK) + "|" + born;
  }

  private Optional<Episode> openEpisodeOf(UUID authorityId, String key) {
    return jdbc.sql("SELECT id FROM casework_episode WHERE authority_id = ? AND child_key = ? AND status = 'OPEN'")
        .params(authorityId, key)
        .query(UUID.class)
        .optional()
        .flatMap(id -> episodes.find(authorityId, id));
  }

  /** Whether an earlier episode of the child closed within the 12 months before this referral. */
  private boolean reReferral(UUID authorityId, String key, Instant received) {
    Instant yearBefore = received.atZone(UkTime.ZONE).minusMonths(12).toInstant();
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM casework_episode WHERE authority_id = ? AND child_key = ?
              AND status = 'CLOSED' AND closed_at >= ?)
            """)
        .params(authorityId, key, Timestamp.from(yearBefore))
        .query(Boolean.class)
        .single();
  }

  /** Stores the episode with its arrival in its status history, in one statement (ADR 0013). */
  private UUID openEpisode(ContactDecided decided, Child child, String key, EpisodeLevel level, Instant received, boolean reReferral) {
    Instant due = level == EpisodeLevel.CHILD_IN_NEED
        ? calendars.of(decided.authorityId()).addWorkingDays(received, Episodes.ASSESSMENT_WORKING_DAYS)
        : null;
    return jdbc.sql(
            """
            WITH episode AS (
              INSERT INTO casework_episode (authority_id, id, child_key, first_name, last_name, date_of_birth,
                  expected_date, nhs_number, level, status, referral_date, opened_at, assessment_due_at,
                  assessment_rule, re_referral)
              VALUES (:authority, gen_random_uuid(), :key, :first, :last, :born, :expected, :nhs, :level, :start,
                  :referralDate, :opened, :due, :rule, :reReferral)
              RETURNING authority_id, id, opened_at)
            INSERT INTO casework_episode_status_change (authority_id, episode_id, seq, at, from_status, to_status,
                actor_id, actor_name, reason)
            SELECT authority_id, id, 1, opened_at, NULL, :start, :system, :systemName, :why FROM episode
            RETURNING episode_id
            """)
        .param("authority", decided.authorityId())
        .param("key", key)
        .param("first", child.firstName())
        .param("last", child.lastName())
        .param("born", child.dateOfBirth())
        .param("expected", child.expectedDate())
        .param("nhs", key.startsWith("nhs:") ? key.substring(4) : null)
        .param("level", level.name())
        .param("start", EpisodeStatus.WORKFLOW.start().name())
        .param("referralDate", LocalDate.ofInstant(received, UkTime.ZONE))
        .param("opened", Timestamp.from(decided.authorisedAt()))
        .param("due", due == null ? null : Timestamp.from(due))
        .param("rule", due == null ? null : Episodes.ASSESSMENT_WORKING_DAYS + " working days from the referral date")
        .param("reReferral", reReferral)
        .param("system", Actor.SYSTEM.id())
        .param("systemName", Actor.SYSTEM.name())
        .param("why", "MASH decision on contact " + decided.reference() + ": " + decided.outcome().label())
        .query(UUID.class)
        .single();
  }

  private void addReferral(ContactDecided decided, UUID episodeId, Instant received, boolean reReferral) {
    jdbc.sql(
            """
            INSERT INTO casework_episode_referral (authority_id, episode_id, seq, referral_id, contact_id, reference,
                received_on, outcome, added_at, re_referral)
            SELECT ?, ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ?
            FROM casework_episode_referral WHERE authority_id = ? AND episode_id = ?
            ON CONFLICT (authority_id, episode_id, referral_id) DO NOTHING
            """)
        .params(
            decided.authorityId(), episodeId, decided.referralId(), decided.contactId(), decided.reference(),
            LocalDate.ofInstant(received, UkTime.ZONE), decided.outcome().name(), Timestamp.from(decided.authorisedAt()),
            reReferral, decided.authorityId(), episodeId)
        .update();
  }
}
