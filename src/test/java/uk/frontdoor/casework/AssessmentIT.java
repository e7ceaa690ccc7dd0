package uk.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.WorkingCalendar;
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
import uk.frontdoor.referral.Referrals;

/**
 * The child and family assessment: a task list saved part-way with errors beside the fields, sent
 * for authorisation, returned with a reason and authorised by a team manager; the episode cannot
 * close while it is unfinished; its 45 working days count over Christmas on a moved clock and stop
 * when it is authorised; an early help outcome steps the episode down.
 */
@IntegrationTest
class AssessmentIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID BRACKNELL_FOREST = UUID.fromString("00000000-0000-4000-8000-000000000002");

  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired MashDecisions decisions;
  @Autowired Episodes episodes;
  @Autowired Assessments assessments;
  @Autowired Dues dues;
  @Autowired StaffDirectory directory;
  @Autowired AuditLog audit;
  @Autowired EveryMove everyMove;
  @Autowired WorkingCalendar calendar;
  @Autowired TestClock clock;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;
  @Autowired CouncilChanges changes;

  final StaffUser manager = MashTesting.named("Tess Manager", OXFORDSHIRE, "TEAM_MANAGER");

  private UUID episodeOf(String first, String last) {
    String reference = authorisedDecision(
        referrals, queue, decisions, OXFORDSHIRE, referralAbout(child(first, last, "2015-06-01")), Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    UUID id = CaseworkTesting.episodesOf(transactions, tenancy, jdbc, OXFORDSHIRE, reference, 1).get(0);
    assertThat(episodes.allocate(manager, id, demo("SOCIAL_WORKER", "Demo social worker,").id(), "MASH", null)).isEqualTo(Result.DONE);
    return id;
  }

  private Episode episode(UUID id) {
    return episodes.find(OXFORDSHIRE, id).orElseThrow();
  }

  private Assessment assessment(UUID episode) {
    return assessments.current(OXFORDSHIRE, episode).orElseThrow();
  }

  private StaffMember demo(String role, String name) {
    return directory.withAnyRole(OXFORDSHIRE, List.of(role)).stream()
        .filter(m -> m.displayName().startsWith(name)).findFirst().orElseThrow();
  }

  private StaffUser worker() {
    StaffMember member = demo("SOCIAL_WORKER", "Demo social worker,");
    return new StaffUser(member.id(), OXFORDSHIRE, "social.worker@oxfordshire.demo", member.displayName(), List.of("SOCIAL_WORKER"), true, null);
  }

  private ResultActions post(StaffUser who, UUID episode, String page, String... params) throws Exception {
    var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .post("/staff/casework/episodes/" + episode + "/assessment/" + page).with(as(who)).with(csrf());
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request);
  }

  private String taskList(UUID episode) {
    return "/staff/casework/episodes/" + episode + "/assessment";
  }

  private ResultActions shown(StaffUser who, UUID episode) throws Exception {
    return mvc.perform(get(taskList(episode)).with(as(who))).andExpect(status().isOk());
  }

  private static org.hamcrest.Matcher<String> has(String text) {
    return Matchers.containsString(text);
  }

  @Test
  void theWorkerSavesTasksPartWayWithErrorsBesideTheFieldsAndAManagerReturnsThenAuthorisesIt() throws Exception {
    UUID id = episodeOf("Elsie", "Marlowe");
    StaffUser worker = worker();
    shown(worker, id)
        .andExpect(content().string(has("govuk-task-list")))
        .andExpect(content().string(has("Not yet started")))
        .andExpect(content().string(has("Cannot start yet")))
        .andExpect(content().string(has("Child and family assessment: 45 working days left")));
    post(worker, id, "seen", "seen", "yes").andExpect(redirectedUrl(taskList(id)));
    assertThat(assessments.current(OXFORDSHIRE, id)).as("nothing but the start date starts it").isEmpty();

    post(worker, id, "start", "startDay", "30", "startMonth", "11", "startYear", "2026")
        .andExpect(status().isOk())
        .andExpect(content().string(has("Error: Start date")))
        .andExpect(content().string(has("The start date must be today or in the past")))
        .andExpect(content().string(has("value=\"30\"")));
    post(worker, id, "start", "startDay", "26", "startMonth", "11", "startYear", "2026")
        .andExpect(content().string(has("The start date must be on or after the referral date")));
    post(worker, id, "start", "startDay", "", "startMonth", "", "startYear", "")
        .andExpect(content().string(has("Enter the date the assessment started")));
    post(worker, id, "start", "startDay", "27", "startMonth", "11", "startYear", "2026").andExpect(redirectedUrl(taskList(id)));
    assertThat(assessment(id).startDate()).isEqualTo(LocalDate.parse("2026-11-27"));
    assertThat(assessment(id).status()).isEqualTo(AssessmentStatus.IN_PROGRESS);

    // Saved part-way: what is given is kept, and the task is in progress.
    post(worker, id, "seen", "seen", "yes", "completed", "no").andExpect(redirectedUrl(taskList(id)));
    assertThat(assessment(id).task(Assessment.SEEN)).isEqualTo(Assessment.Task.IN_PROGRESS);
    shown(worker, id).andExpect(content().string(has("In progress")));
    post(worker, id, "seen", "seen", "yes", "completed", "yes")
        .andExpect(status().isOk())
        .andExpect(content().string(has("Enter the date the child was seen")))
        .andExpect(content().string(has("Select whether the child was seen alone")));
    post(worker, id, "seen", "seen", "yes", "seenOnDay", "31", "seenOnMonth", "2", "seenOnYear", "2026", "alone", "yes", "completed", "yes")
        .andExpect(content().string(has("The date the child was seen must be a real date")))
        .andExpect(content().string(has("value=\"31\"")));
    post(worker, id, "seen", "seen", "no", "completed", "yes").andExpect(content().string(has("Enter why the child was not seen")));
    post(worker, id, "seen", "seen", "yes", "seenOnDay", "27", "seenOnMonth", "11", "seenOnYear", "2026", "alone", "yes", "completed", "yes")
        .andExpect(redirectedUrl(taskList(id)));
    Assessment seen = assessment(id);
    assertThat(seen.childSeen()).isTrue();
    assertThat(seen.seenDate()).isEqualTo(LocalDate.parse("2026-11-27"));
    assertThat(seen.seenAlone()).isTrue();
    assertThat(seen.task(Assessment.SEEN)).isEqualTo(Assessment.Task.COMPLETED);

    post(worker, id, "factors", "factors", "21", "factors", "16A", "completed", "yes")
        .andExpect(content().string(has("Select ‘21 No factors identified’ only when no other factor was identified")));
    post(worker, id, "factors", "completed", "yes").andExpect(content().string(has("Select the factors identified")));
    post(worker, id, "factors", "factors", "16A", "factors", "3B", "completed", "yes").andExpect(redirectedUrl(taskList(id)));
    assertThat(assessment(id).factors()).containsExactly("3B", "16A");

    mvc.perform(get("/staff/casework/episodes/" + id + "/assessment/submission").with(as(worker))).andExpect(redirectedUrl(taskList(id)));
    post(worker, id, "outcome", "completed", "yes").andExpect(content().string(has("Select the outcome of the assessment")));
    post(worker, id, "outcome", "outcome", "BOGUS", "completed", "maybe")
        .andExpect(status().isOk())
        .andExpect(content().string(has("Select the outcome from the list")))
        .andExpect(content().string(has("Select whether you have completed this section")));
    post(worker, id, "seen", "seen", "no", "whyNotSeen", "x".repeat(5001), "completed", "no")
        .andExpect(status().isOk())
        .andExpect(content().string(has("Why the child was not seen must be 5000 characters or fewer")));
    post(worker, id, "outcome", "outcome", "NO_FURTHER_ACTION", "completed", "no").andExpect(redirectedUrl(taskList(id)));
    assertThat(assessment(id).readyToSubmit()).isFalse();
    post(worker, id, "submission").andExpect(status().isOk()).andExpect(content().string(has("This assessment changed")));
    post(worker, id, "outcome", "outcome", "NO_FURTHER_ACTION", "completed", "yes").andExpect(redirectedUrl(taskList(id)));

    // The episode cannot close while the assessment is unfinished, and the closure page says why.
    assertThat(episodes.close(worker, id, ClosureReason.RC8)).isEqualTo(Result.WRONG_STAGE);
    mvc.perform(get("/staff/casework/episodes/" + id + "/closure").with(as(worker)))
        .andExpect(content().string(has("The child and family assessment is not finished. The episode can close once it is sent and authorised.")));

    mvc.perform(get("/staff/casework/episodes/" + id + "/assessment/submission").with(as(worker)))
        .andExpect(status().isOk()).andExpect(content().string(has("16A Abuse or neglect: neglect")));
    post(worker, id, "submission").andExpect(redirectedUrl(taskList(id)));
    assertThat(assessment(id).status()).isEqualTo(AssessmentStatus.SUBMITTED);
    post(worker, id, "outcome", "outcome", "CIN_PLAN", "completed", "yes").andExpect(redirectedUrl(taskList(id)));
    assertThat(assessment(id).outcome()).as("not changed while it waits").isEqualTo(AssessmentOutcome.NO_FURTHER_ACTION);
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/staff/casework/episodes/" + id + "/closure").with(as(worker)).with(csrf()).param("reason", "RC8"))
        .andExpect(status().isOk())
        .andExpect(content().string(has("The child and family assessment is waiting for a team manager to authorise it")));

    assertThat(episodes.awaitingAssessmentAuthorisation(OXFORDSHIRE)).extracting(Episode::id).contains(id);
    mvc.perform(get("/staff").with(as(manager)))
        .andExpect(content().string(has("Assessments waiting for authorisation")))
        .andExpect(content().string(has("href=\"" + taskList(id) + "\"")));
    mvc.perform(get(taskList(id) + "/authorisation").with(as(worker))).andExpect(status().isForbidden());
    shown(manager, id).andExpect(content().string(has("Authorise or return the assessment")));
    post(manager, id, "authorisation").andExpect(content().string(has("Select whether you authorise the assessment or return it")));
    post(manager, id, "authorisation", "decision", "return")
        .andExpect(content().string(has("Say why you are returning the assessment")));
    post(manager, id, "authorisation", "decision", "return", "reason", "Say how the child’s views were gathered")
        .andExpect(redirectedUrl(taskList(id)));
    assertThat(assessment(id).status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
    shown(worker, id).andExpect(content().string(has("Returned by a team manager: Say how the child’s views were gathered")));

    post(worker, id, "submission").andExpect(redirectedUrl(taskList(id)));
    StaffUser workerAndManager = new StaffUser(worker.id(), OXFORDSHIRE, worker.getUsername(), worker.displayName(),
        List.of("SOCIAL_WORKER", "TEAM_MANAGER"), true, null);
    post(workerAndManager, id, "authorisation", "decision", "authorise")
        .andExpect(content().string(has("another team manager must authorise it")));
    post(manager, id, "authorisation", "decision", "authorise").andExpect(redirectedUrl(taskList(id)));
    Assessment authorised = assessment(id);
    assertThat(authorised.status()).isEqualTo(AssessmentStatus.AUTHORISED);
    assertThat(episodes.awaitingAssessmentAuthorisation(OXFORDSHIRE)).extracting(Episode::id).doesNotContain(id);
    assertThat(authorised.authorisedAt()).isEqualTo(clock.instant());
    assertThat(episode(id).assessmentAuthorisedAt()).isEqualTo(clock.instant());
    assertThat(assessments.history(OXFORDSHIRE, authorised.id()))
        .extracting(c -> c.to() + " " + c.actorName() + " " + c.reason())
        .containsExactly(
            "IN_PROGRESS " + worker.displayName() + " Started",
            "SUBMITTED " + worker.displayName() + " Sent for authorisation",
            "IN_PROGRESS Tess Manager Say how the child’s views were gathered",
            "SUBMITTED " + worker.displayName() + " Sent for authorisation",
            "AUTHORISED Tess Manager Authorised: No further action");
    shown(worker, id).andExpect(content().string(has("Child and family assessment: completed, authorised on 27 November 2026")));
    assertThat(dues.of(OXFORDSHIRE, List.of(episode(id))).getOrDefault(id, List.of()))
        .as("an authorised assessment is no longer due on the caseload").extracting(Due::what).doesNotContain(Dues.ASSESSMENT);

    assertThat(episodes.close(worker, id, ClosureReason.RC8)).as("no further action: the episode may close").isEqualTo(Result.DONE);
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, id.toString()))
        .extracting(AuditEntry::action)
        .contains("ASSESSMENT_STARTED", "ASSESSMENT_SAVED", "ASSESSMENT_SUBMITTED", "ASSESSMENT_RETURNED", "ASSESSMENT_AUTHORISED");
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, id.toString()))
        .filteredOn(e -> e.action().equals("VIEWED")).extracting(AuditEntry::detail)
        .anyMatch(detail -> detail.contains("Child and family assessment"));
  }

  @Test
  void theDeadlineCountsWorkingDaysOverChristmasSurfacesOverdueToManagersAndStopsWhenAuthorised() throws Exception {
    UUID id = episodeOf("Wren", "Castellane");
    StaffUser worker = worker();
    post(worker, id, "start", "startDay", "27", "startMonth", "11", "startYear", "2026").andExpect(redirectedUrl(taskList(id)));
    // Friday 27 November is day 0. Thursday 24 December is working day 19: 26 left.
    clock.moveTo(Instant.parse("2026-12-24T10:00:00Z"));
    shown(worker, id).andExpect(content().string(has("Child and family assessment: 26 working days left")));
    // 25 December and the substitute Boxing Day, Monday 28 December, are bank holidays: Tuesday 29th is working day 20.
    clock.moveTo(Instant.parse("2026-12-29T10:00:00Z"));
    shown(worker, id).andExpect(content().string(has("Child and family assessment: 25 working days left")));
    // New Year's Day too: Monday 4 January is working day 23.
    clock.moveTo(Instant.parse("2027-01-04T10:00:00Z"));
    shown(worker, id).andExpect(content().string(has("Child and family assessment: 22 working days left")));
    clock.moveTo(Instant.parse("2027-02-03T10:00:00Z"));
    shown(worker, id).andExpect(content().string(has("Due today")));
    mvc.perform(get("/staff/casework/caseloads").with(as(manager)))
        .andExpect(content().string(Matchers.not(has("Wren Castellane"))));

    clock.moveTo(Instant.parse("2027-02-04T09:00:00Z"));
    shown(worker, id).andExpect(content().string(has("Overdue by")));
    mvc.perform(get("/staff/casework/caseloads").with(as(manager)))
        .andExpect(content().string(has("Assessments overdue, the most overdue first")))
        .andExpect(content().string(has("Wren Castellane")));
    assertThat(episodes.overdueAssessments(OXFORDSHIRE)).extracting(Episode::id).contains(id);

    Assessment started = assessment(id);
    assessments.saveSeen(worker, episode(id), started, false, null, null, "The family moved away before a visit", true);
    assessments.saveFactors(worker, episode(id), assessment(id), List.of("21"), true);
    assessments.saveOutcome(worker, episode(id), assessment(id), AssessmentOutcome.NO_FURTHER_ACTION, true);
    assertThat(assessments.submit(worker, episode(id), assessment(id))).isEqualTo(Result.DONE);
    assertThat(assessments.authorise(manager, episode(id), assessment(id))).isEqualTo(Result.DONE);
    assertThat(episodes.overdueAssessments(OXFORDSHIRE)).extracting(Episode::id).doesNotContain(id);
    mvc.perform(get("/staff/casework/caseloads").with(as(manager)))
        .andExpect(content().string(Matchers.not(has("Wren Castellane"))));
    shown(worker, id).andExpect(content().string(has("completed, authorised on 4 February 2027")));

    // A re-referral lands on the open episode, and another assessment may start: its clock runs from that referral.
    String again = authorisedDecision(
        referrals, queue, decisions, OXFORDSHIRE, referralAbout(child("Wren", "Castellane", "2015-06-01")), Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    assertThat(CaseworkTesting.episodesOf(transactions, tenancy, jdbc, OXFORDSHIRE, again, 1)).containsExactly(id);
    assertThat(assessments.saveStart(worker, episode(id), LocalDate.parse("2027-02-04"))).isEqualTo(Result.DONE);
    assertThat(assessment(id).status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
    assertThat(assessment(id).id()).isNotEqualTo(started.id());
    assertThat(episode(id).assessmentAuthorisedAt()).isNull();
    // Thursday 4 February 2027 is day 0; Good Friday and Easter Monday (26 and 29 March) are bank holidays.
    assertThat(episode(id).assessmentDueAt()).isEqualTo(Instant.parse("2027-04-12T23:00:00Z"));
  }

  /** An episode the MASH opens in the council for an assessment, not yet allocated. */
  private UUID openedIn(UUID council, String first, String last) {
    String reference = authorisedDecision(
        referrals, queue, decisions, council, referralAbout(child(first, last, "2016-09-09")), Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    return CaseworkTesting.episodesOf(transactions, tenancy, jdbc, council, reference, 1).get(0);
  }

  @Test
  void theCouncilsOwnClosureMovesTheAssessmentsDueDateByOneWorkingDayAndNoOtherCouncils() throws Exception {
    // Friday 27 November is day 0: the 45th working day is Wednesday 3 February 2027.
    UUID before = openedIn(OXFORDSHIRE, "Ines", "Beforehand");
    assertThat(episode(before).assessmentDueAt()).isEqualTo(Instant.parse("2027-02-04T00:00:00Z"));
    try (Closure closed = Closure.of(changes, OXFORDSHIRE, "2026-12-02")) {
      // Oxfordshire is closed on Wednesday 2 December: its 45th working day is Thursday 4 February.
      UUID after = openedIn(OXFORDSHIRE, "Olwen", "Afterwards");
      assertThat(episode(after).assessmentDueAt()).isEqualTo(Instant.parse("2027-02-05T00:00:00Z"));
      shown(manager, after).andExpect(content().string(has("Child and family assessment: 45 working days left")));
      // The date stored before stays, and its time left counts the closure.
      shown(manager, before).andExpect(content().string(has("Child and family assessment: 44 working days left")));
      UUID elsewhere = openedIn(BRACKNELL_FOREST, "Bryn", "Elsewhere");
      assertThat(episodes.find(BRACKNELL_FOREST, elsewhere).orElseThrow().assessmentDueAt())
          .as("another council's").isEqualTo(Instant.parse("2027-02-04T00:00:00Z"));
    }
  }

  @Test
  void anAuthorisedEarlyHelpOutcomeStepsTheEpisodeDownWithItsReason() {
    UUID id = episodeOf("Otto", "Brightwell");
    StaffUser worker = worker();
    assertThat(assessments.saveStart(worker, episode(id), LocalDate.parse("2026-11-27"))).isEqualTo(Result.DONE);
    assertThat(assessments.saveStart(worker, episode(id), LocalDate.parse("2026-11-27"))).as("the same one, changed").isEqualTo(Result.DONE);
    assessments.saveSeen(worker, episode(id), assessment(id), true, LocalDate.parse("2026-11-27"), false, null, true);
    assessments.saveFactors(worker, episode(id), assessment(id), List.of("4B"), true);
    assessments.saveOutcome(worker, episode(id), assessment(id), AssessmentOutcome.EARLY_HELP, true);
    assertThat(assessments.submit(worker, episode(id), assessment(id))).isEqualTo(Result.DONE);
    assertThat(assessments.authorise(manager, episode(id), assessment(id))).isEqualTo(Result.DONE);
    assertThat(episode(id).level()).isEqualTo(EpisodeLevel.EARLY_HELP);
    assertThat(episodes.history(OXFORDSHIRE, id))
        .filteredOn(h -> h.what().startsWith("Stepped down"))
        .extracting(HistoryLine::who, HistoryLine::why)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Tess Manager", "Child and family assessment authorised: step down to Early Help"));
    assertThat(jdbc.sql("SELECT count(*) FROM casework_assessment").query(Long.class).single())
        .as("under forced row-level security, with no council bound").isZero();
  }

  @Test
  void aFamilyHelpPractitionerWorksOnlyOnTheEpisodesTheyLead() throws Exception {
    UUID id = episodeOf("Ivy", "Penrose");
    StaffMember member = demo("FAMILY_HELP", "Demo Family Help");
    StaffUser familyHelp = new StaffUser(member.id(), OXFORDSHIRE, "family.help@oxfordshire.demo", member.displayName(),
        List.of("FAMILY_HELP"), true, null);
    shown(familyHelp, id).andExpect(content().string(Matchers.not(has("govuk-task-list__link"))));
    mvc.perform(get(taskList(id) + "/start").with(as(familyHelp))).andExpect(status().isForbidden());
    post(familyHelp, id, "start", "startDay", "27", "startMonth", "11", "startYear", "2026").andExpect(status().isForbidden());
    assertThat(assessments.current(OXFORDSHIRE, id)).isEmpty();
  }

  @Test
  void theDemoCouncilsHaveAssessmentsInProgressWaitingAndAuthorised() {
    UUID kai = UUID.fromString("00000000-0000-4000-9300-000000000002");
    UUID amira = UUID.fromString("00000000-0000-4000-9300-000000000003");
    UUID grace = UUID.fromString("00000000-0000-4000-9300-000000000005");
    assertThat(episode(kai).childName()).isEqualTo("Kai Brennan");
    assertThat(assessment(kai).status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
    assertThat(assessment(kai).task(Assessment.SEEN)).isEqualTo(Assessment.Task.COMPLETED);
    assertThat(assessment(kai).task(Assessment.FACTORS)).isEqualTo(Assessment.Task.IN_PROGRESS);
    assertThat(assessment(kai).task(Assessment.OUTCOME)).isEqualTo(Assessment.Task.NOT_STARTED);
    assertThat(assessment(amira).status()).isEqualTo(AssessmentStatus.SUBMITTED);
    assertThat(episodes.overdueAssessments(OXFORDSHIRE)).extracting(Episode::childName).contains("Amira Sadiq");
    assertThat(assessment(grace).status()).isEqualTo(AssessmentStatus.AUTHORISED);
    assertThat(assessment(grace).outcome()).isEqualTo(AssessmentOutcome.NO_FURTHER_ACTION);
    assertThat(episode(grace).assessmentAuthorisedAt()).isEqualTo(assessment(grace).authorisedAt());
    assertThat(assessments.history(OXFORDSHIRE, assessment(grace).id())).extracting(c -> c.to())
        .containsExactly(AssessmentStatus.IN_PROGRESS, AssessmentStatus.SUBMITTED, AssessmentStatus.AUTHORISED);
  }

  @Test
  void everyCommandInEveryStatusMovesAsTheTableSaysOrIsRefused() throws Exception {
    StaffUser worker = worker();
    int[] n = {0};
    List<String> outcomes =
        everyMove.check(
            Assessments.ASSESSMENTS, OXFORDSHIRE,
            () -> {
              UUID episode = CaseworkTesting.episodesOf(transactions, tenancy, jdbc, OXFORDSHIRE, authorisedDecision(
                  referrals, queue, decisions, OXFORDSHIRE, referralAbout(child("Every", "Assessment" + (char) ('a' + n[0]++), "2015-01-01")),
                  Outcome.CHILD_AND_FAMILY_ASSESSMENT), 1).get(0);
              assertThat(assessments.saveStart(worker, episode(episode), LocalDate.parse("2026-11-27"))).isEqualTo(Result.DONE);
              return assessment(episode).id();
            });
    assertThat(outcomes).containsExactly(
        "IN_PROGRESS SUBMIT to SUBMITTED",
        "IN_PROGRESS AUTHORISE refused",
        "IN_PROGRESS RETURN refused",
        "SUBMITTED SUBMIT refused",
        "SUBMITTED AUTHORISE to AUTHORISED",
        "SUBMITTED RETURN to IN_PROGRESS",
        "AUTHORISED SUBMIT refused",
        "AUTHORISED AUTHORISE refused",
        "AUTHORISED RETURN refused");
  }
}
