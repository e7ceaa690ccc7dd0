package uk.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.frontdoor.casework.CaseworkTesting.authorisedDecision;
import static uk.frontdoor.casework.CaseworkTesting.child;
import static uk.frontdoor.casework.CaseworkTesting.referralAbout;
import static uk.frontdoor.mash.MashTesting.as;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashDecisions;
import uk.frontdoor.mash.MashQueue;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.mash.Outcome;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.referral.Referrals;

/**
 * Multi-agency child protection teams: a social worker adds the council's police officer to one
 * child's team; the officer sees that child's strategy discussions (this child's decision only),
 * section 47 enquiry and plan, and nothing else: not the sibling discussed at the same strategy
 * discussion, not the casework pages, not another council's children; removal ends access at
 * once; contributions reach the social worker's page and the chronology; every view is audited.
 */
@IntegrationTest
class ProtectionTeamIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID WEST_BERKSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000005");

  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired MashDecisions decisions;
  @Autowired Episodes episodes;
  @Autowired ProtectionTeams teams;
  @Autowired Chronology chronology;
  @Autowired AuditLog audit;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  /** Oxfordshire's demo staff: the third council by slug; West Berkshire's the fifth. */
  final StaffUser worker = demo("a200", 3, OXFORDSHIRE, "Demo social worker, Oxfordshire County Council", "SOCIAL_WORKER");
  final StaffUser manager = demo("a100", 3, OXFORDSHIRE, "Demo team manager, Oxfordshire County Council", "TEAM_MANAGER");
  final StaffUser police = demo("d000", 3, OXFORDSHIRE, "Demo police officer, Oxfordshire County Council", "PARTNER_PRACTITIONER");
  final StaffUser health = demo("d100", 3, OXFORDSHIRE, "Demo health practitioner, Oxfordshire County Council", "PARTNER_PRACTITIONER");
  final StaffUser westPolice = demo("d000", 5, WEST_BERKSHIRE, "Demo police officer, West Berkshire Council", "PARTNER_PRACTITIONER");

  UUID rory;
  UUID lily;

  static StaffUser demo(String prefix, int n, UUID authority, String name, String role) {
    return new StaffUser(UUID.fromString("00000000-0000-4000-" + prefix + "-00000000000" + n), authority, "demo@council.demo", name,
        List.of(role), true, null);
  }

  @BeforeEach
  void twoChildrenDiscussedAtOneStrategyDiscussion() {
    String reference = authorisedDecision(referrals, queue, decisions, OXFORDSHIRE,
        referralAbout(child("Rory", "Quennell-" + UUID.randomUUID().toString().substring(0, 6), "2015-04-04"),
            child("Lily", "Quennell-" + UUID.randomUUID().toString().substring(0, 6), "2018-09-09")),
        Outcome.STRATEGY_DISCUSSION);
    List<UUID> both = CaseworkTesting.episodesOf(transactions, tenancy, jdbc, OXFORDSHIRE, reference, 2);
    rory = both.stream().filter(id -> episodes.find(OXFORDSHIRE, id).orElseThrow().firstName().equals("Rory")).findFirst().orElseThrow();
    lily = both.stream().filter(id -> !id.equals(rory)).findFirst().orElseThrow();
    assertThat(episodes.allocate(manager, rory, worker.id(), "MASH", null)).isEqualTo(Result.DONE);
    ProtectionTesting records = new ProtectionTesting(transactions, tenancy, jdbc);
    UUID discussion = records.discussion(OXFORDSHIRE, Instant.parse("2026-11-26T10:00:00Z"),
        "Discussed in full: the family's history and both children (never shown to partners).", "Police to check the address history",
        List.of(new ProtectionTesting.Decision(rory, true, "Rory has unexplained bruising: enquiries start."),
            new ProtectionTesting.Decision(lily, false, "Lily's nursery sees no concern (a sibling's decision).")));
    records.enquiry(OXFORDSHIRE, discussion, rory, LocalDate.parse("2026-11-26"), LocalDate.parse("2026-12-17"), worker);
    records.plan(OXFORDSHIRE, rory, "PHY", LocalDate.parse("2026-11-27"), worker, "The core group agreed the school nurse sees Rory weekly.");
  }

  private void addPolice() throws Exception {
    mvc.perform(post("/staff/casework/episodes/" + rory + "/protection-team").with(as(worker)).with(csrf()).param("member", police.id().toString()))
        .andExpect(redirectedUrl("/staff/casework/episodes/" + rory + "/protection-team"));
  }

  @Test
  void aMemberSeesOnlyTheirChildsProtectionRecordAndContributesToIt() throws Exception {
    mvc.perform(get("/staff/casework/episodes/" + rory + "/protection-team").with(as(worker)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Demo police officer, Oxfordshire County Council (Police)")))
        .andExpect(content().string(containsString("Demo health practitioner, Oxfordshire County Council (Health)")))
        .andExpect(content().string(containsString("Demo education officer, Oxfordshire County Council (Education)")))
        .andExpect(content().string(containsString("The lead child protection practitioner is Demo social worker")));
    mvc.perform(post("/staff/casework/episodes/" + rory + "/protection-team").with(as(worker)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Select who joins the child protection team")));
    addPolice();
    assertThat(teams.add(worker, rory, police.id())).as("a member already").isEqualTo(Result.UNCHANGED);
    assertThat(teams.add(worker, rory, worker.id())).as("not a partner practitioner").isEqualTo(Result.NOT_ELIGIBLE);
    assertThat(teams.add(worker, rory, westPolice.id())).as("another council's officer").isEqualTo(Result.NOT_ELIGIBLE);

    mvc.perform(get("/staff/protection").with(as(police)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/staff/protection/" + rory)))
        .andExpect(content().string(not(containsString("/staff/protection/" + lily))));
    mvc.perform(get("/staff/protection/" + rory).with(as(police)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Rory has unexplained bruising: enquiries start.")))
        .andExpect(content().string(containsString("DC Pat Police, Police (Detective constable)")))
        .andExpect(content().string(containsString("Police to check the address history: DC Pat Police, by 3 December 2026")))
        .andExpect(content().string(containsString("17 December 2026")))
        .andExpect(content().string(containsString("Physical abuse")))
        .andExpect(content().string(containsString("The core group agreed the school nurse sees Rory weekly.")))
        .andExpect(content().string(containsString("Demo social worker, Oxfordshire County Council, social worker")))
        .andExpect(content().string(not(containsString("a sibling"))))
        .andExpect(content().string(not(containsString("never shown to partners"))))
        .andExpect(content().string(not(containsString("Lily"))));

    mvc.perform(get("/staff/protection/" + lily).with(as(police))).andExpect(status().isNotFound());
    mvc.perform(get("/staff/protection/" + UUID.randomUUID()).with(as(police))).andExpect(status().isNotFound());
    mvc.perform(get("/staff/protection/not-an-id").with(as(police))).andExpect(status().isNotFound());
    mvc.perform(get("/staff/protection/" + rory).with(as(health))).andExpect(status().isNotFound()); // a partner not on the team
    for (String page : List.of("/staff/casework/episodes/" + rory, "/staff/casework/episodes/" + rory + "/chronology",
        "/staff/casework/episodes/" + rory + "/assessment", "/staff/casework/episodes/" + rory + "/protection-team",
        "/staff/casework/caseload")) {
      mvc.perform(get(page).with(as(police))).andExpect(status().isForbidden());
    }
    mvc.perform(get("/staff/protection").with(as(worker))).andExpect(status().isForbidden());

    mvc.perform(post("/staff/protection/" + rory + "/contributions").with(as(police)).with(csrf()).param("text", " "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Error: Rory")))
        .andExpect(content().string(containsString("Enter your contribution")));
    mvc.perform(post("/staff/protection/" + rory + "/contributions").with(as(police)).with(csrf()).param("text", "x".repeat(10001)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("x".repeat(10001) + "</textarea>")));
    mvc.perform(post("/staff/protection/" + lily + "/contributions").with(as(police)).with(csrf()).param("text", "Not my child"))
        .andExpect(status().isNotFound());
    mvc.perform(post("/staff/protection/" + rory + "/contributions").with(as(police)).with(csrf())
            .param("text", "Report for the conference: two call-outs to the address in October."))
        .andExpect(redirectedUrl("/staff/protection/" + rory));

    mvc.perform(get("/staff/casework/episodes/" + rory).with(as(worker)))
        .andExpect(content().string(containsString("Lead child protection practitioner")))
        .andExpect(content().string(containsString("Demo police officer, Oxfordshire County Council (Police)")))
        .andExpect(content().string(containsString("Report for the conference: two call-outs to the address in October.")));
    assertThat(chronology.of(OXFORDSHIRE, episodes.find(OXFORDSHIRE, rory).orElseThrow()))
        .filteredOn(e -> e.kind().equals("Child protection team"))
        .extracting(ChronologyEntry::what)
        .containsExactlyInAnyOrder(
            "Demo police officer, Oxfordshire County Council (Police) joined the child protection team",
            "Contribution from Police:\nReport for the conference: two call-outs to the address in October.");

    List<AuditEntry> audited = audit.about(OXFORDSHIRE, Episodes.SUBJECT, rory.toString());
    assertThat(audited).extracting(AuditEntry::action)
        .containsSubsequence("PROTECTION_MEMBER_ADDED", "PROTECTION_TEAM_LISTED", "PROTECTION_TEAM_VIEWED", "PROTECTION_CONTRIBUTION_ADDED");
    assertThat(audited).filteredOn(a -> a.action().equals("PROTECTION_TEAM_VIEWED"))
        .allSatisfy(a -> {
          assertThat(a.actorId()).isEqualTo(police.id());
          assertThat(a.detail()).contains("Rory").contains("strategy discussions");
        });
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, lily.toString())).extracting(AuditEntry::action)
        .as("nothing of Lily was shown to the officer").doesNotContain("PROTECTION_TEAM_LISTED", "PROTECTION_TEAM_VIEWED");
  }

  @Test
  void aRemovedMemberLosesAccessAtOnce() throws Exception {
    addPolice();
    mvc.perform(get("/staff/protection/" + rory).with(as(police))).andExpect(status().isOk());
    ProtectionTeam.Member member = teams.of(OXFORDSHIRE, rory).members().get(0);
    mvc.perform(post("/staff/casework/episodes/" + rory + "/protection-team/" + member.id() + "/removal").with(as(worker)).with(csrf()))
        .andExpect(redirectedUrl("/staff/casework/episodes/" + rory + "/protection-team"));
    mvc.perform(get("/staff/protection/" + rory).with(as(police))).andExpect(status().isNotFound());
    mvc.perform(post("/staff/protection/" + rory + "/contributions").with(as(police)).with(csrf()).param("text", "Late"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/staff/protection").with(as(police))).andExpect(content().string(not(containsString("/staff/protection/" + rory))));
    assertThat(teams.of(OXFORDSHIRE, rory).former()).singleElement().satisfies(m -> assertThat(m.removedByName()).isEqualTo(worker.displayName()));
    mvc.perform(get("/staff/casework/episodes/" + rory + "/protection-team").with(as(worker)))
        .andExpect(content().string(containsString("removed by Demo social worker")));
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, rory.toString())).extracting(AuditEntry::action).contains("PROTECTION_MEMBER_REMOVED");

    // Added again: a new membership, the old one kept in the history.
    addPolice();
    mvc.perform(get("/staff/protection/" + rory).with(as(police))).andExpect(status().isOk());
    assertThat(teams.of(OXFORDSHIRE, rory).former()).hasSize(1);
  }

  @Test
  void anotherCouncilsPartnerSeesNothingAndRowLevelSecurityHidesTheTeam() throws Exception {
    addPolice();
    teams.contribute(police, rory, "Seen by Oxfordshire only.");
    mvc.perform(get("/staff/protection").with(as(westPolice))).andExpect(content().string(not(containsString(rory.toString()))));
    mvc.perform(get("/staff/protection/" + rory).with(as(westPolice))).andExpect(status().isNotFound());
    assertThat(teams.contribute(westPolice, rory, "From elsewhere")).isEqualTo(Result.NOT_FOUND);
    // Even a West Berkshire officer recorded as a member by a bug in Java would see nothing: the rows are Oxfordshire's.
    assertThat(counted(WEST_BERKSHIRE, "casework_protection_member")).isZero();
    assertThat(counted(WEST_BERKSHIRE, "casework_protection_contribution")).isZero();
    assertThat(counted(OXFORDSHIRE, "casework_protection_member")).isEqualTo(1);
    assertThat(counted(OXFORDSHIRE, "casework_protection_contribution")).isEqualTo(1);
  }

  @Test
  void theLeadChildProtectionPractitionerIsAlwaysASocialWorker() throws Exception {
    assertThat(episodes.eligibleLeads(OXFORDSHIRE, EpisodeLevel.CHILD_IN_NEED)).isNotEmpty().extracting(m -> m.id())
        .allMatch(id -> jdbc.sql("SELECT 'SOCIAL_WORKER' = ANY (roles) FROM staff_user WHERE id = ?").param(id).query(Boolean.class).single(),
            "holds the social worker's role");
    assertThat(episodes.allocate(manager, rory, police.id(), "MASH", "A partner as lead")).isEqualTo(Result.NOT_ELIGIBLE);
    mvc.perform(post("/staff/casework/episodes/" + rory + "/allocation").with(as(manager)).with(csrf())
            .param("lead", police.id().toString()).param("reason", "A partner as lead"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Select who leads the work with Rory")));
    assertThat(episodes.find(OXFORDSHIRE, rory).orElseThrow().leadId()).isEqualTo(worker.id());
    StaffUser familyHelp = MashTesting.named("Fay Helper", OXFORDSHIRE, "FAMILY_HELP");
    assertThat(teams.add(familyHelp, rory, police.id())).isEqualTo(Result.NOT_ELIGIBLE);
    mvc.perform(get("/staff/casework/episodes/" + rory + "/protection-team").with(as(familyHelp))).andExpect(status().isForbidden());
  }

  @Test
  void thePartnersInformationRequestPagesStillWorkAndLinkToTheirChildren() throws Exception {
    mvc.perform(get("/staff/requests").with(as(police))).andExpect(status().isOk());
    mvc.perform(get("/staff").with(as(police)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Requests for information from the MASH")))
        .andExpect(content().string(containsString("href=\"/staff/protection\">Children you work with on a child protection team")));
  }

  private int counted(UUID authority, String table) {
    return transactions.execute(status -> {
      tenancy.bind(authority);
      return jdbc.sql("SELECT count(*) FROM " + table + " WHERE episode_id = ?").param(rory).query(Integer.class).single();
    });
  }
}
