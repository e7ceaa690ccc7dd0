package uk.frontdoor.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.identity.Agency;
import uk.frontdoor.identity.StaffDirectory;
import uk.frontdoor.identity.StaffMember;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.Transactions;

/**
 * Children's multi-agency child protection teams: a social worker or team manager adds the
 * council's partner practitioners (education, health, police) to a child's open episode at child
 * in need and removes them; a member sees only the children whose team they are on now, and for
 * each only its child protection record ({@link ProtectionRecords}), and contributes to it. Every
 * view and change is audited on the episode.
 */
@Service
public record ProtectionTeams(JdbcClient jdbc, Tenancy tenancy, Episodes episodes, StaffDirectory directory,
    Clock clock, Transactions transactions) {

  /** The agencies whose practitioners sit on child protection teams with the council's social workers (the 2026 Act, s.3). */
  public static final List<Agency> AGENCIES = List.of(Agency.EDUCATION, Agency.HEALTH, Agency.POLICE);

  /** The role of a partner agency's practitioner. */
  public static final String PARTNER = "PARTNER_PRACTITIONER";

  public static final int MAX_CONTRIBUTION = 10000;

  private static final String MEMBER_COLUMNS =
      "id, staff_user_id, name, agency, added_at, added_by_name, removed_at, removed_by_name";

  /** Whether the member of staff may add members to a child's team and remove them: a social worker or a team manager. */
  public static boolean mayChange(StaffUser me) {
    return me.roles().contains("SOCIAL_WORKER") || me.roles().contains("TEAM_MANAGER");
  }

  /** The child's team: its members now, its former members and their contributions. */
  public ProtectionTeam of(UUID authorityId, UUID episodeId) {
    return transactions.read(() -> {
      List<ProtectionTeam.Member> all =
          tenancy.sql(authorityId, "SELECT " + MEMBER_COLUMNS + " FROM casework_protection_member WHERE authority_id = ? AND episode_id = ?"
                  + " ORDER BY removed_at DESC NULLS FIRST, agency, name")
              .param(episodeId)
              .query(ProtectionTeams::member)
              .list();
      List<ProtectionTeam.Contribution> contributions =
          tenancy.sql(authorityId, "SELECT id, text, by_name, agency, at FROM casework_protection_contribution"
                  + " WHERE authority_id = ? AND episode_id = ? ORDER BY at DESC, id")
              .param(episodeId)
              .query((rs, n) -> new ProtectionTeam.Contribution(
                  rs.getObject("id", UUID.class), rs.getString("text"), rs.getString("by_name"), Agency.valueOf(rs.getString("agency")),
                  rs.getTimestamp("at").toInstant()))
              .list();
      return new ProtectionTeam(
          all.stream().filter(m -> m.removedAt() == null).toList(), all.stream().filter(m -> m.removedAt() != null).toList(), contributions);
    });
  }

  /** The council's partner practitioners who may join a team, by agency, each agency's by name. */
  public Map<Agency, List<StaffMember>> candidates(UUID authorityId) {
    Map<Agency, List<StaffMember>> candidates = new EnumMap<>(Agency.class);
    directory.byAgency(authorityId, PARTNER).forEach((agency, staff) -> {
      if (AGENCIES.contains(agency)) {
        candidates.put(agency, staff);
      }
    });
    return candidates;
  }

  /**
   * Adds a partner practitioner to the child's team: the episode open and at child in need (where
   * child protection work is done); NOT_ELIGIBLE for anyone but a partner practitioner of the
   * council's education, health or police, or when the one adding may not; UNCHANGED for a member already.
   */
  public Result add(StaffUser by, UUID episodeId, UUID staffId) {
    return transactions.write(() -> {
      if (!mayChange(by)) {
        return Result.NOT_ELIGIBLE;
      }
      return episodes.toOpen(by, episodeId, episode -> {
        if (episode.level() != EpisodeLevel.CHILD_IN_NEED) {
          return Result.WRONG_LEVEL;
        }
        Optional<Map.Entry<Agency, StaffMember>> partner =
            candidates(by.authorityId()).entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(m -> Map.entry(e.getKey(), m)))
                .filter(e -> e.getValue().id().equals(staffId))
                .findFirst();
        if (partner.isEmpty()) {
          return Result.NOT_ELIGIBLE;
        }
        StaffMember who = partner.get().getValue();
        Agency agency = partner.get().getKey();
        int added =
            jdbc.sql(
                    """
                    INSERT INTO casework_protection_member (authority_id, id, episode_id, staff_user_id, name, agency,
                        added_by_id, added_by_name, added_at)
                    VALUES (?, gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (authority_id, episode_id, staff_user_id) WHERE removed_at IS NULL DO NOTHING
                    """)
                .params(by.authorityId(), episodeId, who.id(), who.displayName(), agency.name(), by.id(), by.displayName(),
                    Timestamp.from(clock.instant()))
                .update();
        if (added != 1) {
          return Result.UNCHANGED;
        }
        episodes.record(by, "PROTECTION_MEMBER_ADDED", episode, "Child protection team: " + who.displayName() + " (" + agency.label() + ") added");
        return Result.DONE;
      });
    });
  }

  /** Removes a member from the child's team, open episode or closed: their access ends at once. */
  public Result remove(StaffUser by, UUID episodeId, UUID memberId) {
    return transactions.write(() -> {
      if (!mayChange(by)) {
        return Result.NOT_ELIGIBLE;
      }
      Optional<Episode> found = episodes.find(by.authorityId(), episodeId);
      if (found.isEmpty()) {
        return Result.NOT_FOUND;
      }
      Optional<ProtectionTeam.Member> member =
          of(by.authorityId(), episodeId).members().stream().filter(m -> m.id().equals(memberId)).findFirst();
      if (member.isEmpty()) {
        return Result.NOT_FOUND;
      }
      int removed =
          jdbc.sql(
                  """
                  UPDATE casework_protection_member SET removed_at = ?, removed_by_id = ?, removed_by_name = ?
                  WHERE authority_id = ? AND episode_id = ? AND id = ? AND removed_at IS NULL
                  """)
              .params(Timestamp.from(clock.instant()), by.id(), by.displayName(), by.authorityId(), episodeId, memberId)
              .update();
      if (removed != 1) {
        return Result.WRONG_STAGE;
      }
      ProtectionTeam.Member m = member.get();
      episodes.record(by, "PROTECTION_MEMBER_REMOVED", found.get(), "Child protection team: " + m.name() + " (" + m.agency().label() + ") removed");
      return Result.DONE;
    });
  }

  /**
   * The open episodes of the children whose team the partner practitioner is on now, by the
   * child's name; that each was listed to them is audited on the episode.
   */
  public List<Episode> childrenOf(StaffUser partner) {
    return transactions.write(() -> {
      tenancy.bind(partner.authorityId());
      List<Episode> children =
          jdbc.sql(
                  "SELECT " + Episodes.COLUMNS + " FROM casework_episode WHERE authority_id = ? AND status = 'OPEN' AND id IN"
                      + " (SELECT episode_id FROM casework_protection_member WHERE authority_id = ? AND staff_user_id = ? AND removed_at IS NULL)"
                      + " ORDER BY last_name, first_name, referral_date LIMIT 500")
              .params(partner.authorityId(), partner.authorityId(), partner.id())
              .query(Episodes::episode)
              .list();
      children.forEach(e -> episodes.record(partner, "PROTECTION_TEAM_LISTED", e, "Listed to a member of the child’s child protection team"));
      return children;
    });
  }

  /**
   * The episode, if the partner practitioner is on its child's team now and it is open, its view
   * audited with what they saw; empty for any other episode, whether or not it exists.
   */
  public Optional<Episode> openAsMember(StaffUser partner, UUID episodeId, String seen) {
    return transactions.write(() -> {
      Optional<Episode> episode = asMember(partner, episodeId);
      episode.ifPresent(e -> episodes.record(partner, "PROTECTION_TEAM_VIEWED", e, seen));
      return episode;
    });
  }

  /** A member adds a contribution for the team to the child's record; NOT_FOUND unless they are on the open episode's team now. */
  public Result contribute(StaffUser partner, UUID episodeId, String text) {
    return transactions.write(() -> {
      Optional<Episode> episode = asMember(partner, episodeId);
      if (episode.isEmpty()) {
        return Result.NOT_FOUND;
      }
      int added =
          jdbc.sql(
                  """
                  INSERT INTO casework_protection_contribution (authority_id, id, episode_id, member_id, text, by_id, by_name, agency, at)
                  SELECT authority_id, gen_random_uuid(), episode_id, id, ?, ?, ?, agency, ? FROM casework_protection_member
                  WHERE authority_id = ? AND episode_id = ? AND staff_user_id = ? AND removed_at IS NULL
                  """)
              .params(text, partner.id(), partner.displayName(), Timestamp.from(clock.instant()), partner.authorityId(), episodeId, partner.id())
              .update();
      if (added != 1) {
        return Result.NOT_FOUND;
      }
      episodes.record(partner, "PROTECTION_CONTRIBUTION_ADDED", episode.get(), "Contribution to the child protection team");
      return Result.DONE;
    });
  }

  private Optional<Episode> asMember(StaffUser partner, UUID episodeId) {
    if (!partner.roles().contains(PARTNER)) {
      return Optional.empty();
    }
    return tenancy.sql(partner.authorityId(),
            "SELECT " + Episodes.COLUMNS + " FROM casework_episode WHERE authority_id = ? AND id = ? AND status = 'OPEN' AND EXISTS"
                + " (SELECT 1 FROM casework_protection_member WHERE authority_id = ? AND episode_id = ? AND staff_user_id = ? AND removed_at IS NULL)")
        .params(episodeId, partner.authorityId(), episodeId, partner.id())
        .query(Episodes::episode)
        .optional();
  }

  private static ProtectionTeam.Member member(ResultSet rs, int n) throws SQLException {
    Timestamp removed = rs.getTimestamp("removed_at");
    return new ProtectionTeam.Member(
        rs.getObject("id", UUID.class),
        rs.getObject("staff_user_id", UUID.class),
        rs.getString("name"),
        Agency.valueOf(rs.getString("agency")),
        rs.getTimestamp("added_at").toInstant(),
        rs.getString("added_by_name"),
        removed == null ? null : removed.toInstant(),
        rs.getString("removed_by_name"));
  }
}
