package uk.frontdoor.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The chronology's entries from children's child protection teams: members added and removed, and what they contributed. */
@Component
record ProtectionTeamChronology(ProtectionTeams teams) implements ChronologySource {

  static final String KIND = "Child protection team";

  @Override
  public List<ChronologyEntry> entries(UUID authorityId, Episode episode, String page) {
    List<ChronologyEntry> entries = new ArrayList<>();
    String link = page + "#protection-team";
    ProtectionTeam team = teams.of(authorityId, episode.id());
    for (ProtectionTeam.Member member : concat(team.members(), team.former())) {
      String who = member.name() + " (" + member.agency().label() + ")";
      entries.add(new ChronologyEntry("team:" + member.id() + ":added", member.addedAt(), false, KIND,
          who + " joined the child protection team", member.addedByName(), link, false));
      if (member.removedAt() != null) {
        entries.add(new ChronologyEntry("team:" + member.id() + ":removed", member.removedAt(), false, KIND,
            who + " left the child protection team", member.removedByName(), link, false));
      }
    }
    for (ProtectionTeam.Contribution contribution : team.contributions()) {
      entries.add(new ChronologyEntry("contribution:" + contribution.id(), contribution.at(), false, KIND,
          "Contribution from " + contribution.agency().label() + ":\n" + contribution.text(),
          contribution.byName() + " (" + contribution.agency().label() + ")", link, false));
    }
    return entries;
  }

  private static List<ProtectionTeam.Member> concat(List<ProtectionTeam.Member> a, List<ProtectionTeam.Member> b) {
    List<ProtectionTeam.Member> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
