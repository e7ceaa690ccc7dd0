package uk.frontdoor.casework;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * The census items of a child's episode that casework does not ask elsewhere: recorded together on
 * the census details page, changed as often as they need correcting (also on a closed episode: a
 * correction of who the child is adds no work to it), each change audited as the episode's.
 */
@Service
public record CensusDetails(JdbcClient jdbc, Tenancy tenancy, Episodes episodes, Clock clock,
    Transactions transactions) {

  /** The episode's census details; empty until someone records them. */
  public Optional<CensusDetail> of(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> tenancy.sql(authorityId,
            "SELECT sex, ethnicity, disabilities, upn, upn_unknown, referral_source FROM casework_census_detail"
                + " WHERE authority_id = ? AND episode_id = ?")
        .param(episodeId)
        .query(CensusDetails::detail)
        .optional());
  }

  /** Records the episode's census details, replacing any before; the codes already checked by the form. */
  public Episodes.Result record(StaffUser by, UUID episodeId, CensusDetail detail) {
    return transactions.write(() -> {
      Optional<Episode> episode = episodes.find(by.authorityId(), episodeId);
      if (episode.isEmpty()) {
        return Episodes.Result.NOT_FOUND;
      }
      if (of(by.authorityId(), episodeId).filter(detail::equals).isPresent()) {
        return Episodes.Result.UNCHANGED;
      }
      jdbc.sql(
              "INSERT INTO casework_census_detail (authority_id, episode_id, sex, ethnicity, disabilities, upn, upn_unknown,"
                  + " referral_source, recorded_at, recorded_by_id, recorded_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  + " ON CONFLICT (authority_id, episode_id) DO UPDATE SET sex = excluded.sex, ethnicity = excluded.ethnicity,"
                  + " disabilities = excluded.disabilities, upn = excluded.upn, upn_unknown = excluded.upn_unknown,"
                  + " referral_source = excluded.referral_source, recorded_at = excluded.recorded_at,"
                  + " recorded_by_id = excluded.recorded_by_id, recorded_by_name = excluded.recorded_by_name")
          .params(
              by.authorityId(), episodeId, detail.sex(), detail.ethnicity(), (Object) detail.disabilities().toArray(String[]::new),
              detail.upn(), detail.upnUnknown(), detail.referralSource(), Timestamp.from(clock.instant()), by.id(), by.displayName())
          .update();
      episodes.record(
          by, "CENSUS_DETAILS", episode.get(),
          "Census details: sex " + detail.sex() + ", ethnicity " + detail.ethnicity() + ", disabilities "
              + String.join(" ", detail.disabilities()) + ", " + (detail.upn() != null ? "UPN recorded" : "UPN unknown " + detail.upnUnknown())
              + ", referral source " + detail.referralSource());
      return Episodes.Result.DONE;
    });
  }

  static CensusDetail detail(ResultSet rs, int n) throws SQLException {
    Array disabilities = rs.getArray("disabilities");
    return new CensusDetail(
        rs.getString("sex"), rs.getString("ethnicity"), Arrays.asList((String[]) disabilities.getArray()),
        rs.getString("upn"), rs.getString("upn_unknown"), rs.getString("referral_source"));
  }
}
