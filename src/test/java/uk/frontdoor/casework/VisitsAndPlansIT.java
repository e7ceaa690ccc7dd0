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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
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
 * Visits to a child in need are due at the council's frequency in working days, counted over
 * Christmas and Easter on a moved clock; a child in need plan starts, is reviewed at the council's
 * frequency and ends, one open at a time; Family Help's family plan is led by the episode's lead and
 * gives way to a child in need plan; an open plan keeps the episode from closing; every command of
 * the visit's and the plan's workflows is refused where the tables do not allow it.
 */
@IntegrationTest
class VisitsAndPlansIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired MashDecisions decisions;
  @Autowired Episodes episodes;
  @Autowired Visits visits;
  @Autowired Plans plans;
  @Autowired Dues dues;
  @Autowired StaffDirectory directory;
  @Autowired AuditLog audit;
  @Autowired EveryMove everyMove;
  @Autowired TestClock clock;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  final StaffUser manager = MashTesting.named("Tess Manager", OXFORDSHIRE, "TEAM_MANAGER");

  private UUID decided(ReferralDocument document, Outcome outcome) {
    String reference = authorisedDecision(referrals, queue, decisions, OXFORDSHIRE, document, outcome);
    return CaseworkTesting.episodesOf(transactions, tenancy, jdbc, OXFORDSHIRE, reference, 1).get(0);
  }

  private Episode episode(UUID id) {
    return episodes.find(OXFORDSHIRE, id).orElseThrow();
  }

  private StaffUser demo(String role, String name) {
    StaffMember member = directory.withAnyRole(OXFORDSHIRE, List.of(role)).stream()
        .filter(m -> m.displayName().startsWith(name))
        .findFirst()
        .orElseThrow();
    return new StaffUser(member.id(), OXFORDSHIRE, "casework@oxfordshire.demo", member.displayName(), List.of(role), true, null);
  }

  private List<Tuple> dueOf(UUID id) {
    return dues.of(OXFORDSHIRE, episode(id)).stream().map(d -> Tuple.tuple(d.what(), d.at())).toList();
  }

  private static Visits.Found seenAlone(String on) {
    return new Visits.Found(LocalDate.parse(on), "The child and her mother", true, true, "The home was warm; the child talked about school.");
  }

  @Test
  void aVisitIsDueTwentyWorkingDaysAfterTheLastOneCountedOverChristmasAndEaster() throws Exception {
    UUID id = decided(referralAbout(child("Ivy", "Penhaligon", "2014-02-02")), Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    StaffUser worker = demo("SOCIAL_WORKER", "Demo social worker");
    assertThat(episodes.allocate(manager, id, worker.id(), "MASH", null)).isEqualTo(Result.DONE);
    assertThat(dueOf(id)).as("no visit and no plan yet: only the assessment")
        .extracting(t -> t.toList().get(0)).containsExactly(Dues.ASSESSMENT);

    // Friday 27 November 2026 is day 0; 25 December and Monday 28 December (Boxing Day's
    // substitute) are bank holidays: the 20th working day is Tuesday 29 December.
    assertThat(visits.record(worker, id, null, seenAlone("2026-11-27"))).isEqualTo(Result.DONE);
    assertThat(dueOf(id)).containsExactly(
        Tuple.tuple(Dues.VISIT, Instant.parse("2026-12-30T00:00:00Z")),
        Tuple.tuple(Dues.ASSESSMENT, Instant.parse("2027-02-04T00:00:00Z")));
    assertThat(visits.of(OXFORDSHIRE, id)).singleElement().satisfies(v -> {
      assertThat(v.status()).isEqualTo(VisitStatus.DONE);
      assertThat(v.childSeen()).isTrue();
      assertThat(v.seenAlone()).isTrue();
    });
    mvc.perform(get("/staff/casework/caseload").with(as(worker)))
        .andExpect(content().string(Matchers.containsString("Visit: 20 working days left: due by the end of Tuesday 29 December")));

    clock.moveTo(Instant.parse("2026-12-30T09:00:00Z"));
    mvc.perform(get("/staff/casework/caseload").with(as(worker)))
        .andExpect(content().string(Matchers.containsString("Visit: Overdue by 9 hours")));
    mvc.perform(get("/staff/casework/episodes/" + id).with(as(worker)))
        .andExpect(content().string(Matchers.containsString("Visit: Overdue by 9 hours")));

    // Monday 15 March 2027 is day 0; Good Friday (26 March) and Easter Monday (29 March) are bank
    // holidays: the 20th working day is Wednesday 14 April, in British Summer Time.
    clock.moveTo(Instant.parse("2027-03-15T15:00:00Z"));
    assertThat(visits.plan(worker, id, LocalDate.parse("2027-03-15"))).isEqualTo(Result.DONE);
    Visit planned = visits.of(OXFORDSHIRE, id).get(0);
    assertThat(planned.status()).isEqualTo(VisitStatus.PLANNED);
    assertThat(dueOf(id)).as("a planned visit is not a visit done").contains(Tuple.tuple(Dues.VISIT, Instant.parse("2026-12-30T00:00:00Z")));
    assertThat(visits.record(worker, id, planned.id(),
        new Visits.Found(LocalDate.parse("2027-03-15"), "Mother only: the child was at a friend's", false, true, "Mother was calm.")))
        .isEqualTo(Result.DONE);
    assertThat(visits.find(OXFORDSHIRE, id, planned.id()).orElseThrow().seenAlone()).as("a child not seen was not seen alone").isFalse();
    assertThat(dueOf(id)).contains(Tuple.tuple(Dues.VISIT, Instant.parse("2027-04-14T23:00:00Z")));
    assertThat(visits.record(worker, id, planned.id(), seenAlone("2027-03-15"))).as("recorded already").isEqualTo(Result.WRONG_STAGE);
    assertThat(visits.cancel(worker, id, planned.id(), "Not needed")).isEqualTo(Result.WRONG_STAGE);

    assertThat(visits.plan(worker, id, LocalDate.parse("2027-03-22"))).isEqualTo(Result.DONE);
    Visit next = visits.of(OXFORDSHIRE, id).get(0);
    assertThat(visits.cancel(worker, id, next.id(), "The family are away that week")).isEqualTo(Result.DONE);
    assertThat(visits.find(OXFORDSHIRE, id, next.id()).orElseThrow())
        .extracting(Visit::status, Visit::cancelReason).containsExactly(VisitStatus.CANCELLED, "The family are away that week");
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, id.toString())).extracting(AuditEntry::action)
        .containsSubsequence("VISIT_RECORDED", "VISIT_PLANNED", "VISIT_RECORDED", "VISIT_PLANNED", "VISIT_CANCELLED");
  }

  @Test
  void aChildInNeedPlanStartsIsReviewedAtTheCouncilsFrequencyAndEndsAndWhileOpenTheEpisodeCannotClose() {
    UUID id = decided(referralAbout(child("Otis", "Ferreira", "2013-08-08")), Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    StaffUser worker = demo("SOCIAL_WORKER", "Demo social worker");
    assertThat(plans.start(worker, id, PlanKind.FAMILY, LocalDate.parse("2026-11-27"), "Agreed")).as("a family plan at child in need")
        .isEqualTo(Result.WRONG_LEVEL);
    assertThat(plans.start(worker, id, PlanKind.CHILD_IN_NEED, LocalDate.parse("2026-11-27"), null)).isEqualTo(Result.DONE);
    assertThat(plans.start(worker, id, PlanKind.CHILD_IN_NEED, LocalDate.parse("2026-11-27"), null)).as("one open at a time")
        .isEqualTo(Result.PLAN_OPEN);
    Plan plan = plans.of(OXFORDSHIRE, id).get(0);
    assertThat(plan.reviewDueOn()).as("3 months after the start").isEqualTo(LocalDate.parse("2027-02-27"));
    assertThat(dueOf(id)).as("the first visit is due from the plan's start; the review by the end of its day").containsExactly(
        Tuple.tuple(Dues.VISIT, Instant.parse("2026-12-30T00:00:00Z")),
        Tuple.tuple(Dues.ASSESSMENT, Instant.parse("2027-02-04T00:00:00Z")),
        Tuple.tuple("Child in need plan review", Instant.parse("2027-02-28T00:00:00Z")));

    assertThat(episodes.close(worker, id, ClosureReason.RC7)).isEqualTo(Result.WRONG_STAGE);
    assertThat(episodes.whyNotClosable(OXFORDSHIRE, episode(id))).containsExactly("The child in need plan is still open: end it first");
    assertThat(episode(id).open()).isTrue();

    assertThat(plans.review(worker, id, plan.id(), LocalDate.parse("2026-12-10"), "Progress on school attendance; the plan continues."))
        .isEqualTo(Result.DONE);
    plan = plans.find(OXFORDSHIRE, id, plan.id()).orElseThrow();
    assertThat(plan.reviewDueOn()).isEqualTo(LocalDate.parse("2027-03-10"));
    assertThat(plan.reviews()).extracting(Plan.Review::heldOn, Plan.Review::nextDueOn, Plan.Review::byName)
        .containsExactly(Tuple.tuple(LocalDate.parse("2026-12-10"), LocalDate.parse("2027-03-10"), worker.displayName()));

    assertThat(plans.end(worker, id, plan.id(), LocalDate.parse("2027-01-05"), "The family no longer need a plan")).isEqualTo(Result.DONE);
    plan = plans.find(OXFORDSHIRE, id, plan.id()).orElseThrow();
    assertThat(plan.status()).isEqualTo(PlanStatus.ENDED);
    assertThat(plan.endedOn()).isEqualTo(LocalDate.parse("2027-01-05"));
    assertThat(plans.end(worker, id, plan.id(), LocalDate.parse("2027-01-06"), "Again")).isEqualTo(Result.WRONG_STAGE);
    assertThat(plans.review(worker, id, plan.id(), LocalDate.parse("2027-01-06"), "Late")).isEqualTo(Result.WRONG_STAGE);
    assertThat(dueOf(id)).extracting(t -> t.toList().get(0)).doesNotContain("Child in need plan review");

    assertThat(episodes.close(worker, id, ClosureReason.RC7)).isEqualTo(Result.DONE);
    assertThat(plans.start(worker, id, PlanKind.CHILD_IN_NEED, LocalDate.parse("2027-01-06"), null)).isEqualTo(Result.CLOSED);
    assertThat(visits.plan(worker, id, LocalDate.parse("2027-01-06"))).isEqualTo(Result.CLOSED);
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, id.toString())).extracting(AuditEntry::action)
        .containsSubsequence("PLAN_STARTED", "PLAN_REVIEWED", "PLAN_ENDED", "EPISODE_CLOSED");
  }

  @Test
  void aFamilyPlanIsLedByTheEpisodesLeadKeptOnAStepUpAndReplacedByAChildInNeedPlan() {
    UUID id = decided(referralAbout(child("Rosa", "Kowalczyk", "2020-05-05")), Outcome.EARLY_HELP);
    StaffUser familyHelp = demo("FAMILY_HELP", "Demo Family Help practitioner");
    StaffUser anotherFamilyHelp = MashTesting.named("Fay Helper", OXFORDSHIRE, "FAMILY_HELP");
    assertThat(plans.start(familyHelp, id, PlanKind.FAMILY, LocalDate.parse("2026-11-27"), "A routine")).as("not the lead yet")
        .isEqualTo(Result.NOT_ELIGIBLE);
    assertThat(episodes.allocate(manager, id, familyHelp.id(), "MASH", null)).isEqualTo(Result.DONE);
    assertThat(plans.start(familyHelp, id, PlanKind.CHILD_IN_NEED, LocalDate.parse("2026-11-27"), null)).isEqualTo(Result.WRONG_LEVEL);
    assertThat(plans.start(familyHelp, id, PlanKind.FAMILY, LocalDate.parse("2026-11-27"), "A bedtime routine; nursery every morning"))
        .isEqualTo(Result.DONE);
    assertThat(visits.record(anotherFamilyHelp, id, null, seenAlone("2026-11-27"))).as("a Family Help practitioner who does not lead")
        .isEqualTo(Result.NOT_ELIGIBLE);
    assertThat(visits.record(familyHelp, id, null, seenAlone("2026-11-27"))).isEqualTo(Result.DONE);
    assertThat(dueOf(id)).as("at early help no visit is due by the child in need frequency").containsExactly(
        Tuple.tuple("Family plan review", Instant.parse("2027-02-28T00:00:00Z")));

    assertThat(episodes.changeLevel(manager, id, EpisodeLevel.CHILD_IN_NEED, "Concerns about neglect grew")).isEqualTo(Result.DONE);
    assertThat(plans.of(OXFORDSHIRE, id)).singleElement().satisfies(p -> assertThat(p.open()).as("kept on the step up").isTrue());
    assertThat(episodes.whyNotClosable(OXFORDSHIRE, episode(id))).containsExactly("The family plan is still open: end it first");

    StaffUser worker = demo("SOCIAL_WORKER", "Demo social worker");
    assertThat(plans.start(worker, id, PlanKind.CHILD_IN_NEED, LocalDate.parse("2026-11-27"), null)).isEqualTo(Result.DONE);
    assertThat(plans.of(OXFORDSHIRE, id)).extracting(Plan::kind, Plan::status, Plan::endReason).containsExactlyInAnyOrder(
        Tuple.tuple(PlanKind.CHILD_IN_NEED, PlanStatus.OPEN, null),
        Tuple.tuple(PlanKind.FAMILY, PlanStatus.ENDED, Plans.REPLACED));
    assertThat(episodes.changeLevel(manager, id, EpisodeLevel.EARLY_HELP, "Needs can be met by early help"))
        .as("a child in need plan ends before a step down").isEqualTo(Result.PLAN_OPEN);
    assertThat(episode(id).level()).isEqualTo(EpisodeLevel.CHILD_IN_NEED);
  }

  @Test
  void theFormsShowErrorsBesideTheirFieldsKeepWhatWasTypedAndAnswerOnlyThoseWhoMayRecord() throws Exception {
    UUID id = decided(referralAbout(child("Jude", "Abernethy", "2016-06-16")), Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    StaffUser worker = demo("SOCIAL_WORKER", "Demo social worker");
    StaffUser familyHelp = demo("FAMILY_HELP", "Demo Family Help practitioner");
    String visitsPath = "/staff/casework/episodes/" + id + "/visits";
    mvc.perform(get(visitsPath + "/new").with(as(familyHelp))).andExpect(status().isForbidden());
    mvc.perform(get(visitsPath + "/new").with(as(MashTesting.named("Wes", UUID.fromString("00000000-0000-4000-8000-000000000005"), "TEAM_MANAGER"))))
        .andExpect(status().isNotFound());
    mvc.perform(get(visitsPath + "/" + UUID.randomUUID()).with(as(worker))).andExpect(status().isNotFound());

    mvc.perform(post(visitsPath + "/new").with(as(worker)).with(csrf())
            .param("dateDay", "28").param("dateMonth", "11").param("dateYear", "2026")
            .param("whoSeen", "Jude's father").param("childSeen", "no").param("seenAlone", "yes"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Error: Record a visit")))
        .andExpect(content().string(Matchers.containsString("The date of the visit must be today or in the past")))
        .andExpect(content().string(Matchers.containsString("A child who was not seen was not seen alone: select no")))
        .andExpect(content().string(Matchers.containsString("Say what you observed")))
        .andExpect(content().string(Matchers.containsString("Jude&#39;s father</textarea>")))
        .andExpect(content().string(Matchers.containsString("value=\"28\"")));
    mvc.perform(post(visitsPath + "/new").with(as(worker)).with(csrf())
            .param("dateDay", "27").param("dateMonth", "11").param("dateYear", "2026")
            .param("whoSeen", "Jude and his father").param("childSeen", "yes").param("seenAlone", "yes").param("observed", "Jude was cheerful."))
        .andExpect(redirectedUrl("/staff/casework/episodes/" + id));
    mvc.perform(get("/staff/casework/episodes/" + id).with(as(worker)))
        .andExpect(content().string(Matchers.containsString("Child seen alone")))
        .andExpect(content().string(Matchers.containsString("Jude was cheerful.")));

    String start = "/staff/casework/episodes/" + id + "/plans/child-in-need/start";
    mvc.perform(post(start).with(as(worker)).with(csrf()).param("dateDay", "31").param("dateMonth", "2").param("dateYear", "2026"))
        .andExpect(content().string(Matchers.containsString("Start date must be a real date")));
    mvc.perform(post(start).with(as(worker)).with(csrf()).param("dateDay", "1").param("dateMonth", "1").param("dateYear", "2026"))
        .andExpect(content().string(Matchers.containsString("The start date must be on or after the referral date, 27 November 2026")));
    mvc.perform(post("/staff/casework/episodes/" + id + "/plans/family/start").with(as(worker)).with(csrf())
            .param("dateDay", "27").param("dateMonth", "11").param("dateYear", "2026").param("text", "Typed"))
        .andExpect(content().string(Matchers.containsString("A family plan starts at early help: this child is at child in need")))
        .andExpect(content().string(Matchers.containsString(">Typed</textarea>")));
    mvc.perform(post(start).with(as(worker)).with(csrf()).param("dateDay", "27").param("dateMonth", "11").param("dateYear", "2026"))
        .andExpect(redirectedUrl("/staff/casework/episodes/" + id));
    mvc.perform(post(start).with(as(worker)).with(csrf()).param("dateDay", "27").param("dateMonth", "11").param("dateYear", "2026"))
        .andExpect(content().string(Matchers.containsString("The child has an open plan of this kind already: review it or end it")));
    Plan plan = plans.of(OXFORDSHIRE, id).get(0);
    String review = "/staff/casework/episodes/" + id + "/plans/" + plan.id() + "/review";
    mvc.perform(post(review).with(as(worker)).with(csrf()).param("dateDay", "27").param("dateMonth", "11").param("dateYear", "2026"))
        .andExpect(content().string(Matchers.containsString("Say what the review decided")));
    mvc.perform(get("/staff/casework/episodes/" + id + "/closure").with(as(worker)))
        .andExpect(content().string(Matchers.containsString("The child in need plan is still open: end it first.")));
  }

  @Test
  void theDemoChildrenHaveVisitsAndPlans() {
    UUID kai = UUID.fromString("00000000-0000-4000-9300-000000000002");
    UUID amira = UUID.fromString("00000000-0000-4000-9300-000000000003");
    UUID finley = UUID.fromString("00000000-0000-4000-9300-000000000004");
    assertThat(visits.of(OXFORDSHIRE, kai)).extracting(Visit::status).containsExactly(VisitStatus.PLANNED, VisitStatus.DONE);
    assertThat(plans.of(OXFORDSHIRE, amira)).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(PlanKind.CHILD_IN_NEED);
      assertThat(p.reviews()).hasSize(1);
    });
    assertThat(dues.of(OXFORDSHIRE, episode(amira))).extracting(Due::what).contains(Dues.VISIT);
    assertThat(plans.of(OXFORDSHIRE, finley)).singleElement().satisfies(p -> assertThat(p.agreed()).contains("bedtime routine"));
  }

  @Test
  void everyPlanCommandInEveryStatusMovesAsTheTableSaysOrIsRefused() throws Exception {
    StaffUser worker = demo("SOCIAL_WORKER", "Demo social worker");
    int[] n = {0};
    List<String> outcomes =
        everyMove.check(Plans.PLANS, OXFORDSHIRE, () -> {
          UUID id = decided(referralAbout(child("Plan", "Move" + (char) ('a' + n[0]++), "2015-01-01")), Outcome.CHILD_AND_FAMILY_ASSESSMENT);
          assertThat(plans.start(worker, id, PlanKind.CHILD_IN_NEED, LocalDate.parse("2026-11-27"), null)).isEqualTo(Result.DONE);
          return plans.of(OXFORDSHIRE, id).get(0).id();
        });
    assertThat(outcomes).containsExactly(
        "OPEN END to ENDED",
        "ENDED END refused");
  }

  @Test
  void everyVisitCommandInEveryStatusMovesAsTheTableSaysOrIsRefused() throws Exception {
    StaffUser worker = demo("SOCIAL_WORKER", "Demo social worker");
    UUID id = decided(referralAbout(child("Visit", "Move", "2015-01-01")), Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    int[] n = {0};
    List<String> outcomes =
        everyMove.check(Visits.VISITS, OXFORDSHIRE, () -> {
          LocalDate on = LocalDate.parse("2026-12-01").plusDays(n[0]++);
          assertThat(visits.plan(worker, id, on)).isEqualTo(Result.DONE);
          return visits.of(OXFORDSHIRE, id).stream().filter(v -> v.plannedOn().equals(on)).findFirst().orElseThrow().id();
        });
    assertThat(outcomes).containsExactly(
        "PLANNED RECORD to DONE",
        "PLANNED CANCEL to CANCELLED",
        "DONE RECORD refused",
        "DONE CANCEL refused",
        "CANCELLED RECORD refused",
        "CANCELLED CANCEL refused");
  }
}
