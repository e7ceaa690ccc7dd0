package uk.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.casework.CaseworkTesting.authorisedDecision;
import static uk.frontdoor.casework.CaseworkTesting.child;
import static uk.frontdoor.casework.CaseworkTesting.referralAbout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.frontdoor.mash.MashTesting.as;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import uk.frontdoor.casework.Conference.Decision;
import uk.frontdoor.casework.Conferences.ChildDecision;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.council.Closure;
import uk.frontdoor.council.CouncilChanges;
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
 * Child protection conferences and plans: an initial conference for two brothers and sisters
 * starts a plan for one on the conference's day; the core group's first meeting is due in the
 * council's working days over Christmas and Easter; reviews are due 3 months after the start, then
 * 6 months after each review; only a review conference ends a plan; a child protection plan
 * replaces a child in need plan and keeps a new one from starting; an unborn child's plan goes on
 * after the birth; every command of both workflows is refused where the tables do not allow it;
 * another council sees none of it.
 */
@IntegrationTest
class ProtectionPlanIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID WEST_BERKSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000005");

  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired MashDecisions decisions;
  @Autowired Episodes episodes;
  @Autowired Plans plans;
  @Autowired Conferences conferences;
  @Autowired ProtectionPlans protectionPlans;
  @Autowired Dues dues;
  @Autowired Chronology chronology;
  @Autowired StaffDirectory directory;
  @Autowired AuditLog audit;
  @Autowired EveryMove everyMove;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;
  @Autowired MockMvc mvc;
  @Autowired CouncilChanges changes;

  final StaffUser manager = MashTesting.named("Tess Manager", OXFORDSHIRE, "TEAM_MANAGER");

  private List<UUID> decided(ReferralDocument document, int children) {
    String reference = authorisedDecision(referrals, queue, decisions, OXFORDSHIRE, document, Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    return CaseworkTesting.episodesOf(transactions, tenancy, jdbc, OXFORDSHIRE, reference, children);
  }

  private Episode episode(UUID id) {
    return episodes.find(OXFORDSHIRE, id).orElseThrow();
  }

  private StaffUser demo(String role) {
    StaffMember member = directory.withAnyRole(OXFORDSHIRE, List.of(role)).stream()
        .filter(m -> m.displayName().startsWith("Demo")).findFirst().orElseThrow();
    return new StaffUser(member.id(), OXFORDSHIRE, "demo@oxfordshire.demo", member.displayName(), List.of(role), true, null);
  }

  private UUID enquiry(UUID episodeId, String started, String due) {
    return ProtectionTesting.conferenceEnquiry(transactions, tenancy, jdbc, OXFORDSHIRE, episodeId, LocalDate.parse(started), LocalDate.parse(due));
  }

  private UUID convened(StaffUser by, UUID episodeId, List<UUID> enquiries, String at) {
    Conferences.Convened convened = conferences.conveneInitial(by, episodeId, enquiries, Instant.parse(at), demo("CONFERENCE_CHAIR").id(),
        List.of(new Conference.Invitation("Jo Parent", "PARENT", null), new Conference.Invitation("PC Ray", "AGENCY", "POLICE")));
    assertThat(convened.result()).isEqualTo(Result.DONE);
    return convened.id();
  }

  private List<Tuple> dueOf(UUID id) {
    return dues.of(OXFORDSHIRE, episode(id)).stream().map(d -> Tuple.tuple(d.what(), d.at())).toList();
  }

  @Test
  void anInitialConferenceForTwoSiblingsStartsOnePlanOnItsDayReplacingTheChildInNeedPlanWithTheCoreGroupDueOverChristmas() {
    List<UUID> ids = decided(referralAbout(child("Alba", "Thistlewood", "2015-03-03"), child("Bram", "Thistlewood", "2017-04-04")), 2);
    UUID alba = ids.stream().filter(id -> episode(id).firstName().equals("Alba")).findFirst().orElseThrow();
    UUID bram = ids.stream().filter(id -> !id.equals(alba)).findFirst().orElseThrow();
    StaffUser worker = demo("SOCIAL_WORKER");
    StaffUser chair = demo("CONFERENCE_CHAIR");
    assertThat(plans.start(worker, alba, PlanKind.CHILD_IN_NEED, LocalDate.parse("2026-11-27"), null)).isEqualTo(Result.DONE);

    UUID albaEnquiry = enquiry(alba, "2026-11-27", "2026-12-18");
    UUID bramEnquiry = enquiry(bram, "2026-11-27", "2026-12-17");
    assertThat(conferences.awaiting(OXFORDSHIRE, alba)).as("the child's own enquiry first, then the sibling's")
        .extracting(Conferences.Enquiry::id).containsExactly(albaEnquiry, bramEnquiry);
    assertThat(conferences.conveneInitial(chair, alba, List.of(albaEnquiry), Instant.parse("2026-12-18T10:00:00Z"), chair.id(), List.of()).result())
        .as("a chair does not convene").isEqualTo(Result.NOT_ELIGIBLE);
    assertThat(conferences.conveneInitial(worker, alba, List.of(albaEnquiry), Instant.parse("2026-12-18T10:00:00Z"), worker.id(), List.of()).result())
        .as("the chair must be a conference chair").isEqualTo(Result.NOT_ELIGIBLE);
    UUID id = convened(worker, alba, List.of(albaEnquiry, bramEnquiry), "2026-12-18T10:00:00Z");
    assertThat(conferences.awaiting(OXFORDSHIRE, alba)).isEmpty();
    Conference conference = conferences.find(OXFORDSHIRE, id).orElseThrow();
    assertThat(conference.dueOn()).as("the earliest of the enquiries' dates").isEqualTo(LocalDate.parse("2026-12-17"));
    assertThat(conference.status()).isEqualTo(ConferenceStatus.SCHEDULED);
    assertThat(conference.chairName()).isEqualTo(chair.displayName());
    assertThat(conference.invitees()).extracting(Conference.Invitee::name, Conference.Invitee::agency)
        .containsExactly(Tuple.tuple("Jo Parent", null), Tuple.tuple("PC Ray", "POLICE"));
    assertThat(conferences.invitee(chair, id, 2, true, null)).isEqualTo(Result.DONE);

    // Friday 18 December 2026 is day 0; 25 December, 28 December (Boxing Day's substitute) and 1
    // January are bank holidays: the 10th working day is Wednesday 6 January 2027.
    clock.moveTo(Instant.parse("2026-12-18T15:00:00Z"));
    Map<UUID, ChildDecision> decided = Map.of(
        alba, new ChildDecision(Decision.PLAN, AbuseCategory.NEG, worker.id(), null),
        bram, new ChildDecision(Decision.NO_PLAN, null, null, null));
    assertThat(conferences.hold(worker, id, LocalDate.parse("2026-12-18"), "Neglect of Alba", decided)).as("a social worker does not hold it")
        .isEqualTo(Result.NOT_ELIGIBLE);
    assertThat(conferences.hold(chair, id, LocalDate.parse("2026-12-18"), "Neglect of Alba",
        Map.of(alba, new ChildDecision(Decision.END, AbuseCategory.NEG, null, "No")))).as("an initial conference ends nothing")
        .isEqualTo(Result.WRONG_STAGE);
    assertThat(conferences.hold(chair, id, LocalDate.parse("2026-12-18"), "Neglect of Alba", decided)).isEqualTo(Result.DONE);
    assertThat(conferences.hold(chair, id, LocalDate.parse("2026-12-18"), "Again", decided)).isEqualTo(Result.WRONG_STAGE);

    conference = conferences.find(OXFORDSHIRE, id).orElseThrow();
    assertThat(conference.status()).isEqualTo(ConferenceStatus.HELD);
    assertThat(conference.late()).as("held the day after it was due").isTrue();
    assertThat(conference.children()).extracting(Conference.Child::childName, Conference.Child::decision)
        .containsExactly(Tuple.tuple("Alba Thistlewood", Decision.PLAN), Tuple.tuple("Bram Thistlewood", Decision.NO_PLAN));
    assertThat(protectionPlans.of(OXFORDSHIRE, bram)).isEmpty();
    ProtectionPlan plan = protectionPlans.of(OXFORDSHIRE, alba).get(0);
    assertThat(plan.startedOn()).as("the conference's day (CIN census rule 2885)").isEqualTo(LocalDate.parse("2026-12-18"));
    assertThat(plan.initialCategory()).isEqualTo(AbuseCategory.NEG);
    assertThat(plan.coreGroupDueOn()).isEqualTo(LocalDate.parse("2027-01-06"));
    assertThat(plan.reviewDueOn()).as("3 months on").isEqualTo(LocalDate.parse("2027-03-18"));
    assertThat(plan.startedUnborn()).isFalse();
    assertThat(plan.leadName()).isEqualTo(worker.displayName());
    assertThat(episode(alba).leadId()).as("the plan's lead leads the episode").isEqualTo(worker.id());

    assertThat(plans.of(OXFORDSHIRE, alba)).singleElement().satisfies(p -> {
      assertThat(p.status()).isEqualTo(PlanStatus.ENDED);
      assertThat(p.endedOn()).isEqualTo(LocalDate.parse("2026-12-18"));
      assertThat(p.endReason()).isEqualTo(ProtectionPlans.REPLACED);
    });
    assertThat(plans.start(worker, alba, PlanKind.CHILD_IN_NEED, LocalDate.parse("2026-12-18"), null)).as("CIN census rule 4001")
        .isEqualTo(Result.CHILD_PROTECTION_PLAN);
    assertThat(plans.start(worker, bram, PlanKind.CHILD_IN_NEED, LocalDate.parse("2026-12-18"), null)).isEqualTo(Result.DONE);

    assertThat(dueOf(alba)).containsExactly(
        Tuple.tuple(Dues.VISIT, Instant.parse("2027-01-07T00:00:00Z")),
        Tuple.tuple(Dues.CORE_GROUP, Instant.parse("2027-01-07T00:00:00Z")),
        Tuple.tuple(Dues.ASSESSMENT, Instant.parse("2027-02-04T00:00:00Z")),
        Tuple.tuple(Dues.REVIEW_CONFERENCE, Instant.parse("2027-03-19T00:00:00Z")));
    assertThat(protectionPlans.meeting(worker, alba, plan.id(), LocalDate.parse("2027-01-05"), "Agreed the plan's actions")).isEqualTo(Result.DONE);
    assertThat(dueOf(alba)).extracting(t -> t.toList().get(0)).doesNotContain(Dues.CORE_GROUP);
    assertThat(episodes.whyNotClosable(OXFORDSHIRE, episode(alba)))
        .contains("The child protection plan is still open: only a review child protection conference ends it");
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, alba.toString())).extracting(AuditEntry::action)
        .containsSubsequence("CONFERENCE_CONVENED", "PLAN_ENDED", "PROTECTION_PLAN_STARTED", "ALLOCATED", "CONFERENCE_HELD", "CORE_GROUP_MEETING");

    assertThat(protectionPlans.of(WEST_BERKSHIRE, alba)).as("another council").isEmpty();
    assertThat(conferences.find(WEST_BERKSHIRE, id)).isEmpty();
    assertThat(protectionPlans.find(WEST_BERKSHIRE, alba, plan.id())).isEmpty();
  }

  @Test
  void theCouncilsOwnClosureMovesTheCoreGroupAndVisitDueByOneWorkingDayAndNoOtherCouncils() throws Exception {
    UUID cleo = decided(referralAbout(child("Cleo", "Shutters", "2016-02-02")), 1).get(0);
    StaffUser worker = demo("SOCIAL_WORKER");
    StaffUser chair = demo("CONFERENCE_CHAIR");
    UUID id = convened(worker, cleo, List.of(enquiry(cleo, "2026-11-27", "2026-12-18")), "2026-11-30T10:00:00Z");
    try (Closure closed = Closure.of(changes, OXFORDSHIRE, "2026-12-02")) {
      clock.moveTo(Instant.parse("2026-11-30T15:00:00Z"));
      assertThat(conferences.hold(chair, id, LocalDate.parse("2026-11-30"), "Neglect of Cleo",
          Map.of(cleo, new ChildDecision(Decision.PLAN, AbuseCategory.NEG, worker.id(), null)))).isEqualTo(Result.DONE);
      // Monday 30 November is day 0 and Oxfordshire is closed on Wednesday 2 December: the 10th
      // working day is Tuesday 15 December, not Monday 14 December.
      ProtectionPlan plan = protectionPlans.of(OXFORDSHIRE, cleo).get(0);
      assertThat(plan.coreGroupDueOn()).isEqualTo(LocalDate.parse("2026-12-15"));
      assertThat(dueOf(cleo)).contains(
          Tuple.tuple(Dues.VISIT, Instant.parse("2026-12-16T00:00:00Z")),
          Tuple.tuple(Dues.CORE_GROUP, Instant.parse("2026-12-16T00:00:00Z")));
      mvc.perform(get("/staff/casework/episodes/" + cleo + "/protection-plans/" + plan.id()).with(as(worker)))
          .andExpect(content().string(Matchers.containsString("10 working days left: due by the end of Tuesday 15 December")));
      assertThat(protectionPlans.coreGroupDue(WEST_BERKSHIRE, LocalDate.parse("2026-11-30"))).as("another council's")
          .isEqualTo(LocalDate.parse("2026-12-14"));
    }
    // Without the closure, the next visit is due a working day sooner.
    assertThat(dueOf(cleo)).contains(Tuple.tuple(Dues.VISIT, Instant.parse("2026-12-15T00:00:00Z")));
  }

  @Test
  void anUnbornChildsPlanGoesOnAfterTheBirthIsReviewedAt3Then6MonthsAndOnlyAReviewEndsIt() throws Exception {
    ReferralDocument.Child unborn = new ReferralDocument.Child("Baby", "Quennell", null, LocalDate.parse("2027-04-20"),
        null, null, null, null, null, null, null, null);
    UUID baby = decided(referralAbout(unborn), 1).get(0);
    StaffUser worker = demo("SOCIAL_WORKER");
    StaffUser chair = demo("CONFERENCE_CHAIR");
    UUID id = convened(manager, baby, List.of(enquiry(baby, "2027-02-26", "2027-03-19")), "2027-03-18T10:00:00Z");

    // Thursday 18 March 2027 is day 0; Good Friday (26 March) and Easter Monday (29 March) are
    // bank holidays: the 10th working day is Monday 5 April, in British Summer Time.
    clock.moveTo(Instant.parse("2027-03-18T15:00:00Z"));
    assertThat(conferences.hold(chair, id, LocalDate.parse("2027-03-18"), "Risk from a parent's partner",
        Map.of(baby, new ChildDecision(Decision.PLAN, AbuseCategory.PHY, worker.id(), null)))).isEqualTo(Result.DONE);
    ProtectionPlan plan = protectionPlans.of(OXFORDSHIRE, baby).get(0);
    assertThat(plan.startedUnborn()).isTrue();
    assertThat(plan.coreGroupDueOn()).isEqualTo(LocalDate.parse("2027-04-05"));
    assertThat(dueOf(baby)).contains(Tuple.tuple(Dues.CORE_GROUP, Instant.parse("2027-04-05T23:00:00Z")));

    clock.moveTo(Instant.parse("2027-04-02T12:00:00Z"));
    mvc.perform(post("/staff/casework/episodes/" + baby + "/birth").with(as(worker)).with(csrf())
            .param("dateDay", "30").param("dateMonth", "11").param("dateYear", "2026"))
        .andExpect(content().string(Matchers.containsString("The date of birth must be on or after 1 December 2026, 20 weeks before the expected date")));
    mvc.perform(post("/staff/casework/episodes/" + baby + "/birth").with(as(worker)).with(csrf())
            .param("dateDay", "3").param("dateMonth", "4").param("dateYear", "2027"))
        .andExpect(content().string(Matchers.containsString("The date of birth must be today or in the past")));
    assertThat(episodes.recordBirth(worker, baby, LocalDate.parse("2027-04-01"))).isEqualTo(Result.DONE);
    mvc.perform(get("/staff/casework/episodes/" + baby + "/birth").with(as(worker))).andExpect(status().isNotFound());
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, baby.toString())).extracting(AuditEntry::action).contains("BIRTH_RECORDED");
    assertThat(episodes.recordBirth(worker, baby, LocalDate.parse("2027-04-01"))).isEqualTo(Result.UNCHANGED);
    assertThat(episode(baby).dateOfBirth()).isEqualTo(LocalDate.parse("2027-04-01"));
    assertThat(protectionPlans.of(OXFORDSHIRE, baby)).singleElement().satisfies(p -> {
      assertThat(p.id()).as("the same plan").isEqualTo(plan.id());
      assertThat(p.open()).isTrue();
      assertThat(p.startedUnborn()).isTrue();
    });

    // The service's own methods, not the accessors of the collaborators it is a record of.
    List<String> collaborators = Arrays.stream(ProtectionPlans.class.getRecordComponents()).map(RecordComponent::getName).toList();
    assertThat(Arrays.stream(ProtectionPlans.class.getMethods()).map(java.lang.reflect.Method::getName).filter(name -> !collaborators.contains(name)))
        .as("nothing ends a plan but a review conference").noneMatch(name -> name.contains("end") || name.contains("close"));
    Conferences.Convened review = conferences.conveneReview(worker, baby, plan.id(), Instant.parse("2027-06-10T09:00:00Z"), chair.id(), List.of());
    assertThat(review.result()).isEqualTo(Result.DONE);
    assertThat(conferences.conveneReview(worker, baby, plan.id(), Instant.parse("2027-06-11T09:00:00Z"), chair.id(), List.of()).result())
        .as("one review scheduled at a time").isEqualTo(Result.WRONG_STAGE);
    assertThat(conferences.find(OXFORDSHIRE, review.id()).orElseThrow().dueOn()).isEqualTo(LocalDate.parse("2027-06-18"));
    clock.moveTo(Instant.parse("2027-06-10T15:00:00Z"));
    assertThat(conferences.hold(chair, review.id(), LocalDate.parse("2027-06-10"), "Some progress",
        Map.of(baby, new ChildDecision(Decision.PLAN, AbuseCategory.EMO, worker.id(), null)))).as("a review starts no plan")
        .isEqualTo(Result.WRONG_STAGE);
    assertThat(conferences.hold(chair, review.id(), LocalDate.parse("2027-06-10"), "Some progress",
        Map.of(baby, new ChildDecision(Decision.CONTINUE, AbuseCategory.EMO, null, null)))).isEqualTo(Result.DONE);
    ProtectionPlan reviewed = protectionPlans.find(OXFORDSHIRE, baby, plan.id()).orElseThrow();
    assertThat(reviewed.latestCategory()).isEqualTo(AbuseCategory.EMO);
    assertThat(reviewed.initialCategory()).isEqualTo(AbuseCategory.PHY);
    assertThat(reviewed.reviewDueOn()).as("6 months after the review").isEqualTo(LocalDate.parse("2027-12-10"));

    Conferences.Convened last = conferences.conveneReview(worker, baby, plan.id(), Instant.parse("2027-12-20T09:00:00Z"), chair.id(), List.of());
    clock.moveTo(Instant.parse("2027-12-20T15:00:00Z"));
    assertThat(conferences.hold(chair, last.id(), LocalDate.parse("2027-12-20"), "Risks reduced",
        Map.of(baby, new ChildDecision(Decision.END, null, null, "The partner has left; the baby is safe")))).isEqualTo(Result.DONE);
    ProtectionPlan ended = protectionPlans.find(OXFORDSHIRE, baby, plan.id()).orElseThrow();
    assertThat(ended.status()).isEqualTo(ProtectionPlanStatus.ENDED);
    assertThat(ended.endedOn()).isEqualTo(LocalDate.parse("2027-12-20"));
    assertThat(ended.reviews()).extracting(ProtectionPlan.Review::decision, ProtectionPlan.Review::late)
        .containsExactly(Tuple.tuple(Decision.CONTINUE, false), Tuple.tuple(Decision.END, true));
    assertThat(dueOf(baby)).extracting(t -> t.toList().get(0)).doesNotContain(Dues.REVIEW_CONFERENCE);
    assertThat(plans.start(worker, baby, PlanKind.CHILD_IN_NEED, LocalDate.parse("2027-12-20"), null)).isEqualTo(Result.DONE);
    assertThat(chronology.of(OXFORDSHIRE, episode(baby))).extracting(ChronologyEntry::what).contains(
        "Initial child protection conference held. Decision: A child protection plan, Physical abuse",
        "Child protection plan started: Physical abuse. Lead social worker: " + worker.displayName(),
        "Child protection plan reviewed: the plan continues (Emotional abuse)",
        "Review child protection conference held (late). Decision: The plan ends: The partner has left; the baby is safe",
        "Child protection plan ended: The partner has left; the baby is safe");
  }

  @Test
  void everyConferenceCommandInEveryStatusMovesAsTheTableSaysOrIsRefused() throws Exception {
    UUID child = decided(referralAbout(child("Conference", "Moves", "2015-01-01")), 1).get(0);
    StaffUser worker = demo("SOCIAL_WORKER");
    int[] n = {0};
    List<String> outcomes = everyMove.check(Conferences.CONFERENCES, OXFORDSHIRE, () -> {
      LocalDate day = LocalDate.parse("2026-11-01").plusDays(n[0]++);
      return convened(worker, child, List.of(enquiry(child, day.toString(), day.plusDays(21).toString())), "2026-12-10T10:00:00Z");
    });
    assertThat(outcomes).containsExactly(
        "SCHEDULED HOLD to HELD",
        "SCHEDULED CANCEL to CANCELLED",
        "HELD HOLD refused",
        "HELD CANCEL refused",
        "CANCELLED HOLD refused",
        "CANCELLED CANCEL refused");
  }

  @Test
  void everyPlanCommandInEveryStatusMovesAsTheTableSaysOrIsRefused() throws Exception {
    List<UUID> children = decided(referralAbout(
        child("Ana", "Planmove", "2015-01-01"), child("Ben", "Planmove", "2016-01-01"), child("Cy", "Planmove", "2017-01-01")), 3);
    StaffUser worker = demo("SOCIAL_WORKER");
    StaffUser chair = demo("CONFERENCE_CHAIR");
    int[] n = {0};
    List<String> outcomes = everyMove.check(ProtectionPlans.PLANS, OXFORDSHIRE, () -> {
      UUID child = children.get(n[0]++);
      UUID id = convened(worker, child, List.of(enquiry(child, "2026-11-20", "2026-12-11")), "2026-11-27T10:00:00Z");
      assertThat(conferences.hold(chair, id, LocalDate.parse("2026-11-27"), "Plan",
          Map.of(child, new ChildDecision(Decision.PLAN, AbuseCategory.MUL, worker.id(), null)))).isEqualTo(Result.DONE);
      return protectionPlans.of(OXFORDSHIRE, child).get(0).id();
    });
    assertThat(outcomes).containsExactly(
        "OPEN END to ENDED",
        "ENDED END refused");
  }

  @Test
  void thePagesConveneHoldAndShowAPlanWithErrorsBesideTheirFieldsAndOpenToTheChairOnlyForAChildAtAConference() throws Exception {
    List<UUID> ids = decided(referralAbout(child("Cora", "Wexley", "2014-05-05"), child("Dov", "Wexley", "2016-06-06")), 2);
    UUID cora = ids.stream().filter(id -> episode(id).firstName().equals("Cora")).findFirst().orElseThrow();
    UUID dov = ids.stream().filter(id -> !id.equals(cora)).findFirst().orElseThrow();
    StaffUser worker = demo("SOCIAL_WORKER");
    StaffUser chair = demo("CONFERENCE_CHAIR");
    UUID enquiry = enquiry(cora, "2026-11-27", "2026-12-18");
    String episodePage = "/staff/casework/episodes/" + cora;
    String convene = episodePage + "/conferences/new";
    mvc.perform(get(episodePage).with(as(worker)))
        .andExpect(content().string(Matchers.containsString("Convene an initial child protection conference")));
    mvc.perform(get(convene).with(as(worker)))
        .andExpect(content().string(Matchers.containsString("Due by 18 December 2026: 15 working days left")));
    mvc.perform(get(convene).with(as(chair))).andExpect(status().isForbidden());
    mvc.perform(get("/staff/casework/episodes/" + dov + "/conferences/new").with(as(worker))).andExpect(status().isNotFound());

    mvc.perform(post(convene).with(as(worker)).with(csrf()).param("enquiry", enquiry.toString())
            .param("inviteeName", "Jo Wexley").param("inviteeAs", "PARENT").param("inviteeAgency", "").param("add", "invitee"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Invitation 2")))
        .andExpect(content().string(Matchers.containsString("value=\"Jo Wexley\"")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("Error:"))));
    mvc.perform(post(convene).with(as(worker)).with(csrf()).param("enquiry", enquiry.toString()).param("time", "25pm")
            .param("inviteeName", "Jo Wexley", "PC Ray").param("inviteeAs", "PARENT", "AGENCY").param("inviteeAgency", "", ""))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Enter the date of the conference")))
        .andExpect(content().string(Matchers.containsString("Enter the time like 9:30am or 14:30")))
        .andExpect(content().string(Matchers.containsString("Select the independent chair")))
        .andExpect(content().string(Matchers.containsString("Select the agency PC Ray comes from")))
        .andExpect(content().string(Matchers.containsString("value=\"PC Ray\"")));
    mvc.perform(post(convene).with(as(worker)).with(csrf()).param("enquiry", enquiry.toString())
            .param("dateDay", "21").param("dateMonth", "12").param("dateYear", "2026").param("time", "10am").param("chair", chair.id().toString())
            .param("inviteeName", "Jo Wexley", "PC Ray").param("inviteeAs", "PARENT", "AGENCY").param("inviteeAgency", "", "POLICE"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("done", Matchers.containsString("That is after 18 December 2026, the day it is due by")));
    Conference conference = conferences.of(OXFORDSHIRE, cora).get(0);
    String page = episodePage + "/conferences/" + conference.id();

    mvc.perform(get("/staff/casework/episodes/" + dov).with(as(chair))).andExpect(status().isForbidden());
    mvc.perform(get(episodePage).with(as(chair))).andExpect(status().isOk());
    mvc.perform(get("/staff/casework/conferences").with(as(chair)))
        .andExpect(content().string(Matchers.containsString("Cora Wexley")))
        .andExpect(content().string(Matchers.containsString("15 working days left: due by the end of Friday 18 December")));
    mvc.perform(get("/staff").with(as(chair))).andExpect(content().string(Matchers.containsString("/staff/casework/conferences")));
    mvc.perform(post(page + "/invitees/2").with(as(chair)).with(csrf()).param("report", "yes").param("attended", "yes"))
        .andExpect(redirectedUrl(page));
    mvc.perform(get(page).with(as(chair)))
        .andExpect(content().string(Matchers.containsString("Report: submitted. Attended: yes.")))
        .andExpect(content().string(Matchers.containsString("Record the conference’s outcome")));

    clock.moveTo(Instant.parse("2026-12-21T15:00:00Z"));
    mvc.perform(post(page + "/hold").with(as(worker)).with(csrf())).andExpect(status().isForbidden());
    mvc.perform(post(page + "/hold").with(as(chair)).with(csrf()).param("dateDay", "22").param("dateMonth", "12").param("dateYear", "2026")
            .param("summary", "Typed summary").param("category-" + cora, "NEG"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("The date must be today or in the past")))
        .andExpect(content().string(Matchers.containsString("Select the decision for Cora Wexley")))
        .andExpect(content().string(Matchers.containsString("Typed summary</textarea>")));
    mvc.perform(post(page + "/hold").with(as(chair)).with(csrf()).param("dateDay", "21").param("dateMonth", "12").param("dateYear", "2026")
            .param("summary", "Neglect: the plan's aims agreed").param("decision-" + cora, "PLAN").param("category-" + cora, "NEG")
            .param("lead-" + cora, worker.id().toString()))
        .andExpect(redirectedUrl(page));
    ProtectionPlan plan = protectionPlans.of(OXFORDSHIRE, cora).get(0);
    String planPage = episodePage + "/protection-plans/" + plan.id();
    // Monday 21 December 2026 is day 0: the 10th working day after it is Thursday 7 January 2027.
    mvc.perform(get(planPage).with(as(chair)))
        .andExpect(content().string(Matchers.containsString("Neglect")))
        .andExpect(content().string(Matchers.containsString("Due by 21 March 2027: ")))
        .andExpect(content().string(Matchers.containsString("Due by 7 January 2027: 10 working days left")));
    mvc.perform(get(page).with(as(worker))).andExpect(content().string(Matchers.containsString("Held late")));
    mvc.perform(post(planPage + "/core-group").with(as(worker)).with(csrf())
            .param("dateDay", "21").param("dateMonth", "12").param("dateYear", "2026").param("text", "Agreed who does what"))
        .andExpect(redirectedUrl(episodePage));
    mvc.perform(get(planPage).with(as(worker)))
        .andExpect(content().string(Matchers.containsString("Agreed who does what")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("First core group meeting"))));
    mvc.perform(get(planPage).with(as(MashTesting.named("Wes", WEST_BERKSHIRE, "TEAM_MANAGER")))).andExpect(status().isNotFound());
    mvc.perform(get(page).with(as(MashTesting.named("Wes", WEST_BERKSHIRE, "CONFERENCE_CHAIR")))).andExpect(status().isForbidden());
    mvc.perform(post(episodePage + "/plans/child-in-need/start").with(as(worker)).with(csrf())
            .param("dateDay", "21").param("dateMonth", "12").param("dateYear", "2026"))
        .andExpect(content().string(Matchers.containsString("The child has a child protection plan")));
    mvc.perform(get(episodePage + "/birth").with(as(worker))).andExpect(status().isNotFound());
  }
}
