package uk.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.identity.StaffDirectory;
import uk.frontdoor.identity.StaffMember;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashDecisions;
import uk.frontdoor.mash.MashQueue;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.mash.Outcome;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.workflow.EveryMove;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Referrals;

/**
 * An authorised MASH decision opens an episode for each child, at child in need or early help;
 * a team manager allocates it; the caseload counts the assessment's working days on a moved
 * clock; the level steps up and down; the episode closes with a census reason, takes nothing more
 * until it is reopened, and a new referral within 12 months is a re-referral.
 */
@IntegrationTest
class CaseworkIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired MashDecisions decisions;
  @Autowired Episodes episodes;
  @Autowired StaffDirectory directory;
  @Autowired AuditLog audit;
  @Autowired EveryMove everyMove;
  @Autowired WorkingCalendar calendar;
  @Autowired TestClock clock;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  final StaffUser manager = MashTesting.named("Tess Manager", OXFORDSHIRE, "TEAM_MANAGER");

  private List<UUID> decided(ReferralDocument document, Outcome outcome, int children) {
    String reference = authorisedDecision(referrals, queue, decisions, OXFORDSHIRE, document, outcome);
    return CaseworkTesting.episodesOf(transactions, tenancy, jdbc, OXFORDSHIRE, reference, children);
  }

  private Episode episode(UUID id) {
    return episodes.find(OXFORDSHIRE, id).orElseThrow();
  }

  private StaffMember demo(String role, String name) {
    return directory.withAnyRole(OXFORDSHIRE, List.of(role)).stream()
        .filter(m -> m.displayName().startsWith(name))
        .findFirst()
        .orElseThrow();
  }

  private StaffUser signedIn(StaffMember member, String role) {
    return new StaffUser(member.id(), OXFORDSHIRE, "casework@oxfordshire.demo", member.displayName(), List.of(role), true, null);
  }

  @Test
  void anAssessmentDecisionOpensAnEpisodeForEachChildWithTheAssessmentDueIn45WorkingDaysAcrossChristmas() {
    List<UUID> ids = decided(
        referralAbout(child("Isla", "Fenwick", "2015-05-01"), child("Noah", "Fenwick", "2018-09-12")),
        Outcome.CHILD_AND_FAMILY_ASSESSMENT, 2);
    assertThat(ids).hasSize(2);
    Episode isla = ids.stream().map(this::episode).filter(e -> e.firstName().equals("Isla")).findFirst().orElseThrow();
    assertThat(isla.level()).isEqualTo(EpisodeLevel.CHILD_IN_NEED);
    assertThat(isla.status()).isEqualTo(EpisodeStatus.OPEN);
    assertThat(isla.referralDate()).isEqualTo(LocalDate.parse("2026-11-27"));
    assertThat(isla.allocated()).isFalse();
    assertThat(isla.reReferral()).isFalse();
    // Friday 27 November is day 0; 25 and 28 December and 1 January are bank holidays: the 45th
    // working day is Wednesday 3 February 2027, so the deadline is its end.
    assertThat(isla.assessmentDueAt()).isEqualTo(Instant.parse("2027-02-04T00:00:00Z"));
    assertThat(episodes.unallocated(OXFORDSHIRE)).extracting(Episode::id).contains(isla.id());
    assertThat(episodes.history(OXFORDSHIRE, isla.id()))
        .extracting(HistoryLine::what, HistoryLine::who)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Opened", "Front Door"));
  }

  @Test
  void anEarlyHelpDecisionOpensAtEarlyHelpAndALaterAssessmentDecisionStepsTheSameEpisodeUp() {
    ReferralDocument aboutLeo = referralAbout(child("Leo", "Ashdown", "2017-02-14"));
    UUID id = decided(aboutLeo, Outcome.EARLY_HELP, 1).get(0);
    assertThat(episode(id).level()).isEqualTo(EpisodeLevel.EARLY_HELP);
    assertThat(episode(id).assessmentDueAt()).isNull();

    clock.advanceWorkingDays(calendar, 10);
    String second = authorisedDecision(referrals, queue, decisions, OXFORDSHIRE, aboutLeo, Outcome.STRATEGY_DISCUSSION);
    assertThat(CaseworkTesting.episodesOf(transactions, tenancy, jdbc, OXFORDSHIRE, second, 1)).containsExactly(id);
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> episode(id).level() == EpisodeLevel.CHILD_IN_NEED);
    assertThat(episode(id).referralDate()).isEqualTo(LocalDate.parse("2026-11-27"));
    assertThat(episode(id).assessmentDueAt()).isEqualTo(calendar.addWorkingDays(clock.instant(), 45));
    assertThat(episodes.referrals(OXFORDSHIRE, id)).extracting(EpisodeReferral::outcome)
        .containsExactly(Outcome.EARLY_HELP, Outcome.STRATEGY_DISCUSSION);
    assertThat(episodes.history(OXFORDSHIRE, id)).extracting(HistoryLine::what)
        .contains("Stepped up from early help to child in need", "Referral " + second + " added");

    assertThat(episodes.changeLevel(manager, id, EpisodeLevel.CHILD_IN_NEED, "Again")).isEqualTo(Result.UNCHANGED);
    assertThat(episodes.changeLevel(manager, id, EpisodeLevel.EARLY_HELP, "Assessment found needs early help can meet")).isEqualTo(Result.DONE);
    assertThat(episode(id).level()).isEqualTo(EpisodeLevel.EARLY_HELP);
    assertThat(episode(id).assessmentDueAt()).isNull();
    assertThat(episodes.history(OXFORDSHIRE, id))
        .filteredOn(h -> h.what().startsWith("Stepped down"))
        .extracting(HistoryLine::who, HistoryLine::why)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Tess Manager", "Assessment found needs early help can meet"));
  }

  @Test
  void aManagerAllocatesAndReallocatesAndTheCaseloadCountsWorkingDaysLeftOnAMovedClock() throws Exception {
    UUID id = decided(referralAbout(child("Ruby", "Okafor", "2014-07-30")), Outcome.CHILD_AND_FAMILY_ASSESSMENT, 1).get(0);
    StaffMember first = demo("SOCIAL_WORKER", "Demo social worker");
    StaffMember second = demo("SOCIAL_WORKER", "Demo second social worker");
    StaffMember familyHelp = demo("FAMILY_HELP", "Demo Family Help practitioner");

    assertThat(episodes.allocate(manager, id, familyHelp.id(), "MASH", null)).as("a Family Help practitioner at child in need").isEqualTo(Result.NOT_ELIGIBLE);
    assertThat(episodes.allocate(manager, id, first.id(), "NOPE", null)).as("no team of the council's").isEqualTo(Result.NOT_A_TEAM);
    assertThat(episodes.allocate(manager, id, first.id(), "CAAS", null)).as("West Berkshire's team").isEqualTo(Result.NOT_A_TEAM);
    assertThat(episodes.allocate(manager, id, first.id(), null, null)).isEqualTo(Result.NOT_A_TEAM);
    assertThat(episode(id).allocated()).isFalse();
    assertThat(episodes.allocate(manager, id, first.id(), "MASH", null)).isEqualTo(Result.DONE);
    assertThat(episodes.allocate(manager, id, first.id(), "MASH", null)).isEqualTo(Result.UNCHANGED);
    assertThat(episodes.allocate(manager, id, second.id(), "MASH", "Demo social worker is on leave")).isEqualTo(Result.DONE);
    assertThat(episode(id).leadId()).isEqualTo(second.id());
    assertThat(episodes.allocate(manager, id, second.id(), "LCSS", "Locality work now")).as("the team alone changes").isEqualTo(Result.DONE);
    assertThat(episode(id)).extracting(Episode::leadId, Episode::teamCode, Episode::teamName)
        .containsExactly(second.id(), "LCSS", "Locality and Community Support Service");
    String mash = " (Multi-Agency Safeguarding Hub (MASH))";
    assertThat(episodes.history(OXFORDSHIRE, id))
        .filteredOn(h -> h.what().contains("llocated") || h.what().contains(" moved "))
        .extracting(HistoryLine::what, HistoryLine::who, HistoryLine::why)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Allocated to " + first.displayName() + mash, "Tess Manager", ""),
            org.assertj.core.groups.Tuple.tuple(
                "Reallocated from " + first.displayName() + mash + " to " + second.displayName() + mash, "Tess Manager",
                "Demo social worker is on leave"),
            org.assertj.core.groups.Tuple.tuple(
                second.displayName() + " moved from Multi-Agency Safeguarding Hub (MASH) to Locality and Community Support Service",
                "Tess Manager", "Locality work now"));
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, id.toString())).filteredOn(e -> e.action().equals("ALLOCATED"))
        .extracting(AuditEntry::detail)
        .containsExactly(
            "Ruby Okafor. To " + first.displayName() + mash,
            "Ruby Okafor. From " + first.displayName() + mash + " to " + second.displayName() + mash + ": Demo social worker is on leave",
            "Ruby Okafor. From " + second.displayName() + mash + " to " + second.displayName()
                + " (Locality and Community Support Service): Locality work now");
    // The history row keeps the teams it moved from and to.
    List<String> moves = transactions.execute(tx -> {
      tenancy.bind(OXFORDSHIRE);
      return jdbc.sql("SELECT coalesce(from_team_code, '-') || '>' || to_team_code FROM casework_allocation WHERE episode_id = ? ORDER BY seq")
          .param(id).query(String.class).list();
    });
    assertThat(moves).containsExactly("->MASH", "MASH>MASH", "MASH>LCSS");
    assertThat(episodes.caseloads(OXFORDSHIRE)).filteredOn(c -> c.workerId().equals(second.id())).singleElement()
        .satisfies(c -> assertThat(c.teams()).contains("Locality and Community Support Service"));
    mvc.perform(get("/staff/casework/episodes/" + id).with(as(manager)))
        .andExpect(content().string(Matchers.containsString("id=\"team\">Locality and Community Support Service</dd>")));
    mvc.perform(get("/staff/casework/caseloads").with(as(manager)))
        .andExpect(content().string(Matchers.containsString("Locality and Community Support Service")));
    assertThat(episodes.unallocated(OXFORDSHIRE)).extracting(Episode::id).doesNotContain(id);
    assertThat(episodes.caseloads(OXFORDSHIRE)).filteredOn(c -> c.workerId().equals(second.id())).singleElement()
        .satisfies(c -> assertThat(c.children()).isPositive());

    StaffUser worker = signedIn(second, "SOCIAL_WORKER");
    mvc.perform(get("/staff/casework/caseload").with(as(worker)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Ruby Okafor")))
        .andExpect(content().string(Matchers.containsString("Child and family assessment: 45 working days left: due by the end of Wednesday 3 February")));

    clock.advanceWorkingDays(calendar, 44);
    mvc.perform(get("/staff/casework/caseload").with(as(worker)))
        .andExpect(content().string(Matchers.containsString("Child and family assessment: 1 working day left")));
    clock.advanceWorkingDays(calendar, 1);
    mvc.perform(get("/staff/casework/caseload").with(as(worker)))
        .andExpect(content().string(Matchers.containsString("Due today")));
    clock.advanceWorkingDays(calendar, 1);
    mvc.perform(get("/staff/casework/caseload").with(as(worker)))
        .andExpect(content().string(Matchers.containsString("Overdue by")));
    assertThat(episodes.caseloads(OXFORDSHIRE)).filteredOn(c -> c.workerId().equals(second.id())).singleElement()
        .satisfies(c -> assertThat(c.overdue()).isPositive());
    assertThat(episodes.caseloads(OXFORDSHIRE).get(0).overdue()).as("the most overdue first").isPositive();
  }

  @Test
  void aClosedEpisodeTakesNothingUntilReopenedAndANewReferralWithin12MonthsIsAReReferral() {
    ReferralDocument aboutMia = referralAbout(child("Mia", "Thornbury", "2013-11-03"));
    UUID id = decided(aboutMia, Outcome.CHILD_AND_FAMILY_ASSESSMENT, 1).get(0);
    StaffUser worker = signedIn(demo("SOCIAL_WORKER", "Demo social worker"), "SOCIAL_WORKER");
    assertThat(episodes.close(worker, id, ClosureReason.RC8)).isEqualTo(Result.DONE);
    Episode closed = episode(id);
    assertThat(closed.status()).isEqualTo(EpisodeStatus.CLOSED);
    assertThat(closed.closureReason()).isEqualTo(ClosureReason.RC8);
    assertThat(closed.closedAt()).isEqualTo(clock.instant());

    assertThat(episodes.close(worker, id, ClosureReason.RC7)).isEqualTo(Result.WRONG_STAGE);
    assertThat(episodes.allocate(manager, id, demo("SOCIAL_WORKER", "Demo social worker").id(), "MASH", null)).isEqualTo(Result.CLOSED);
    assertThat(episodes.changeLevel(manager, id, EpisodeLevel.EARLY_HELP, "Step down")).isEqualTo(Result.CLOSED);
    assertThat(episodes.recordPrimaryNeed(worker, id, PrimaryNeed.N1)).isEqualTo(Result.CLOSED);
    assertThat(episode(id)).isEqualTo(closed);

    assertThat(episodes.reopen(manager, id, "Closed in error: the assessment is not finished")).isEqualTo(Result.DONE);
    assertThat(episode(id).status()).isEqualTo(EpisodeStatus.OPEN);
    assertThat(episode(id).closureReason()).isNull();
    assertThat(episodes.history(OXFORDSHIRE, id)).extracting(HistoryLine::what, HistoryLine::why)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Open to Closed (close)", "RC8 Case closed after assessment, no further action"),
            org.assertj.core.groups.Tuple.tuple("Closed to Open (reopen)", "Closed in error: the assessment is not finished"));
    assertThat(episodes.recordPrimaryNeed(worker, id, PrimaryNeed.N1)).isEqualTo(Result.DONE);
    assertThat(episodes.close(worker, id, ClosureReason.RC7)).isEqualTo(Result.DONE);

    clock.advance(Duration.ofDays(200));
    UUID again = decided(aboutMia, Outcome.CHILD_AND_FAMILY_ASSESSMENT, 1).get(0);
    assertThat(again).isNotEqualTo(id);
    assertThat(episode(again).reReferral()).isTrue();
    assertThat(episodes.referrals(OXFORDSHIRE, again)).singleElement().satisfies(r -> assertThat(r.reReferral()).isTrue());
    assertThat(episodes.reopen(manager, id, "Wrong one")).as("the child has another open episode").isEqualTo(Result.ANOTHER_OPEN);
  }

  @Test
  void everyViewAndChangeIsAudited() {
    UUID id = decided(referralAbout(child("Theo", "Marchetti", "2016-01-20")), Outcome.STRATEGY_DISCUSSION, 1).get(0);
    episodes.open(manager, id);
    episodes.recordPrimaryNeed(manager, id, PrimaryNeed.N1);
    episodes.allocate(manager, id, demo("SOCIAL_WORKER", "Demo social worker").id(), "MASH", null);
    episodes.close(manager, id, ClosureReason.RC7);
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, id.toString()))
        .extracting(AuditEntry::action)
        .containsExactly("VIEWED", "PRIMARY_NEED", "ALLOCATED", "EPISODE_CLOSED");
  }

  @Test
  void theDemoCouncilsHaveChildrenAtEveryStageSoFar() {
    assertThat(episodes.unallocated(OXFORDSHIRE)).extracting(Episode::childName).contains("Poppy Hargreaves");
    StaffMember socialWorker = demo("SOCIAL_WORKER", "Demo social worker,");
    assertThat(episodes.caseload(OXFORDSHIRE, socialWorker.id())).extracting(Episode::childName).contains("Kai Brennan", "Amira Sadiq");
    Episode finley =
        episodes.caseload(OXFORDSHIRE, demo("FAMILY_HELP", "Demo Family Help").id()).stream()
            .filter(e -> e.childName().equals("Finley Rowe")).findFirst().orElseThrow();
    assertThat(finley.level()).isEqualTo(EpisodeLevel.EARLY_HELP);
    assertThat(finley.assessmentDueAt()).isNull();
    assertThat(finley.teamName()).as("early help in Oxfordshire's locality service").isEqualTo("Locality and Community Support Service");
    Episode amira = episodes.caseload(OXFORDSHIRE, socialWorker.id()).stream()
        .filter(e -> e.childName().equals("Amira Sadiq")).findFirst().orElseThrow();
    assertThat(amira.assessmentDueAt()).as("45 working days from the referral date, as WorkingCalendar counts")
        .isEqualTo(calendar.addWorkingDays(amira.referralDate().atStartOfDay(calendar.zone()).toInstant(), 45));
    UUID grace = UUID.fromString("00000000-0000-4000-9300-000000000005");
    assertThat(episode(grace).closureReason()).isEqualTo(ClosureReason.RC8);
    assertThat(episodes.history(OXFORDSHIRE, grace)).extracting(HistoryLine::what)
        .containsExactly("Opened", "Allocated to Demo second social worker, Oxfordshire County Council (Multi-Agency Safeguarding Hub (MASH))",
            "Open to Closed (close)");
  }

  @Test
  void everyCommandInEveryStatusMovesAsTheTableSaysOrIsRefused() throws Exception {
    int[] n = {0};
    List<String> outcomes =
        everyMove.check(
            Episodes.EPISODES, OXFORDSHIRE,
            () -> decided(referralAbout(child("Every", "Move" + (char) ('a' + n[0]++), "2015-01-01")), Outcome.CHILD_AND_FAMILY_ASSESSMENT, 1).get(0));
    assertThat(outcomes).containsExactly(
        "OPEN CLOSE to CLOSED",
        "OPEN REOPEN refused",
        "CLOSED CLOSE refused",
        "CLOSED REOPEN to OPEN");
  }

  @Test
  void thePagesAnswerOnlyTheirRolesAndAllocationErrorsAreShownBesideTheField() throws Exception {
    UUID id = decided(referralAbout(child("Zara", "Quinlan", "2019-04-04")), Outcome.CHILD_AND_FAMILY_ASSESSMENT, 1).get(0);
    StaffUser mashWorker = MashTesting.named("Wendy Worker", OXFORDSHIRE, "MASH_SOCIAL_WORKER");
    StaffUser worker = signedIn(demo("SOCIAL_WORKER", "Demo social worker"), "SOCIAL_WORKER");
    mvc.perform(get("/staff/casework/unallocated").with(as(worker))).andExpect(status().isForbidden());
    mvc.perform(get("/staff/casework/episodes/" + id).with(as(mashWorker))).andExpect(status().isForbidden());
    mvc.perform(get("/staff/casework/episodes/" + UUID.randomUUID()).with(as(manager))).andExpect(status().isNotFound());
    mvc.perform(get("/staff/casework/episodes/not-an-id").with(as(manager))).andExpect(status().isNotFound());
    StaffUser westBerkshire =
        MashTesting.named("Wes Manager", UUID.fromString("00000000-0000-4000-8000-000000000005"), "TEAM_MANAGER");
    mvc.perform(get("/staff/casework/episodes/" + id).with(as(westBerkshire))).andExpect(status().isNotFound());
    assertThat(episodes.find(westBerkshire.authorityId(), id)).as("another council's episode").isEmpty();
    assertThat(episodes.allocate(westBerkshire, id, demo("SOCIAL_WORKER", "Demo social worker").id(), "MASH", null)).isEqualTo(Result.NOT_FOUND);
    mvc.perform(get("/staff/casework/episodes/" + id + "/referrals/ACDE-FHJK").with(as(worker))).andExpect(status().isNotFound());
    mvc.perform(get("/staff/casework/unallocated").with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Zara Quinlan")));

    // A manager who has allocated to no team yet chooses one: none is chosen for them.
    mvc.perform(get("/staff/casework/episodes/" + id + "/allocation").with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Which team is the work allocated to?")))
        .andExpect(content().string(Matchers.containsString("value=\"LCSS\"")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("checked=\"checked\""))));
    mvc.perform(post("/staff/casework/episodes/" + id + "/allocation").with(as(manager)).with(csrf()).param("reason", "Typed"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Error: Allocate Zara Quinlan")))
        .andExpect(content().string(Matchers.containsString("Select who leads the work with Zara Quinlan")))
        .andExpect(content().string(Matchers.containsString("Select the team the work with Zara Quinlan is allocated to")))
        .andExpect(content().string(Matchers.containsString("id=\"team-error\"")))
        .andExpect(content().string(Matchers.containsString(">Typed</textarea>")));
    StaffMember lead = demo("SOCIAL_WORKER", "Demo social worker");
    for (String bad : List.of("CAAS", "lcss", "<b>MASH</b>", "")) {
      mvc.perform(post("/staff/casework/episodes/" + id + "/allocation").with(as(manager)).with(csrf())
              .param("lead", lead.id().toString()).param("team", bad))
          .andExpect(status().isOk())
          .andExpect(content().string(Matchers.containsString("Select the team the work with Zara Quinlan is allocated to")));
    }
    assertThat(episode(id).allocated()).isFalse();
    mvc.perform(post("/staff/casework/episodes/" + id + "/allocation").with(as(manager)).with(csrf())
            .param("lead", lead.id().toString()).param("team", "LCSS"))
        .andExpect(redirectedUrl("/staff/casework/episodes/" + id));
    assertThat(episode(id).leadId()).isEqualTo(lead.id());
    assertThat(episode(id).teamCode()).isEqualTo("LCSS");
    // The team is the manager's own from then on: it is chosen for them on the next child they allocate.
    UUID next = decided(referralAbout(child("Yusuf", "Quinlan", "2018-02-02")), Outcome.CHILD_AND_FAMILY_ASSESSMENT, 1).get(0);
    mvc.perform(get("/staff/casework/episodes/" + next + "/allocation").with(as(manager)))
        .andExpect(content().string(Matchers.matchesRegex("(?s).*value=\"LCSS\"[^>]*checked=\"checked\".*")));
    mvc.perform(post("/staff/casework/episodes/" + id + "/allocation").with(as(manager)).with(csrf())
            .param("lead", demo("SOCIAL_WORKER", "Demo second social worker").id().toString()).param("team", "LCSS"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Say why you are reallocating the child")));

    mvc.perform(post("/staff/casework/episodes/" + id + "/closure").with(as(worker)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Select why the episode is closing")));
    mvc.perform(post("/staff/casework/episodes/" + id + "/closure").with(as(worker)).with(csrf()).param("reason", "RC10"))
        .andExpect(content().string(Matchers.containsString("Select why the episode is closing")));
    mvc.perform(post("/staff/casework/episodes/" + id + "/closure").with(as(worker)).with(csrf()).param("reason", "RC8"))
        .andExpect(redirectedUrl("/staff/casework/episodes/" + id + "/closed"));
    mvc.perform(get("/staff/casework/episodes/" + id + "/closed").with(as(worker)))
        .andExpect(content().string(Matchers.containsString("Episode closed")))
        .andExpect(content().string(Matchers.containsString("RC8 Case closed after assessment, no further action")));
    mvc.perform(post("/staff/casework/episodes/" + id + "/allocation").with(as(manager)).with(csrf()).param("lead", lead.id().toString())
            .param("team", "MASH"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("This episode is closed. A team manager must reopen it before anything is added")));
  }
}
