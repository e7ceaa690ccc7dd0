package uk.frontdoor.casework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.frontdoor.identity.Agency;

/**
 * A child's multi-agency child protection team (the Children's Wellbeing and Schools Act 2026,
 * s.3): the partner practitioners on it now, those who were, and what they contributed for the
 * team. The lead child protection practitioner is the episode's lead, a social worker.
 *
 * @param members the current members, by agency and then name
 * @param former members removed, the latest first
 * @param contributions the latest first
 */
public record ProtectionTeam(List<Member> members, List<Member> former, List<Contribution> contributions) {

  /** A partner practitioner on the team; removed when {@code removedAt} is set. */
  public record Member(
      UUID id, UUID staffId, String name, Agency agency, Instant addedAt, String addedByName, Instant removedAt, String removedByName) {}

  /** A dated note a member wrote for the team: a report for a conference, say. */
  public record Contribution(UUID id, String text, String byName, Agency agency, Instant at) {}
}
