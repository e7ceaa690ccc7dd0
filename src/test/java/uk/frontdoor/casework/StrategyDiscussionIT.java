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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.casework.Episodes.Result;
import uk.frontdoor.council.Closure;
import uk.frontdoor.council.CouncilChanges;
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
 * A strategy discussion is refused without the police or health and no reason why; one discussion
 * decides for two children of one referral; a "yes" starts a section 47 enquiry whose initial
 * conference is due 15 working days later, counted over Christmas and Easter on a moved clock; an
 * open enquiry blocks a second until it is completed, once; another council sees none of it.
 */
@IntegrationTest
class StrategyDiscussionIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID OTHER_COUNCIL = UUID.fromString("00000000-0000-4000-8000-000000000005");

  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired MashDecisions decisions;
  @Autowired Episodes episodes;
  @Autowired StrategyDiscussions discussions;
  @Autowired Enquiries enquiries;
  @Autowired Dues dues;
  @Autowired AuditLog audit;
  @Autowired EveryMove everyMove;
  @Autowired TestClock clock;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;
  @Autowired CouncilChanges changes;

  final StaffUser worker = MashTesting.named("Sam Social", OXFORDSHIRE, "SOCIAL_WORKER");

  private List<UUID> decided(ReferralDocument document, Outcome outcome, int children) {
    String reference = authorisedDecision(referrals, queue, decisions, OXFORDSHIRE, document, outcome);
    return CaseworkTesting.episodesOf(transactions, tenancy, jdbc, OXFORDSHIRE, reference, children);
  }

  private UUID decided(String first, String last, Outcome outcome) {
    return decided(referralAbout(child(first, last, "2015-05-05")), outcome, 1).get(0);
  }

  /** The form of a discussion held on the day at 10am with social care, police and health, deciding yes for the child. */
  private static Map<String, String> held(String day, UUID child, String decision) {
    LocalDate on = LocalDate.parse(day);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("heldDay", String.valueOf(on.getDayOfMonth()));
    form.put("heldMonth", String.valueOf(on.getMonthValue()));
    form.put("heldYear", String.valueOf(on.getYear()));
    form.put("heldTime", "10am");
    form.put("summary", "Bruising reported by school; police hold a domestic abuse call-out.");
    form.put("attendeeRows", "6");
    form.put("attendee-1-name", "Sam Social");
    form.put("attendee-1-agency", "SOCIAL_CARE");
    form.put("attendee-1-role", "Social worker");
    form.put("attendee-2-name", "DC Perry");
    form.put("attendee-2-agency", "POLICE");
    form.put("attendee-3-name", "Nurse Hale");
    form.put("attendee-3-agency", "HEALTH");
    form.put("attendee-3-role", "School nurse");
    form.put("section47-" + child, decision);
    form.put("reason-" + child, "The injuries are unexplained and there is reasonable cause to suspect significant harm.");
    form.put("actionRows", "3");
    return form;
  }

  private ResultActions send(UUID episode, Map<String, String> form, String... children) throws Exception {
    MockHttpServletRequestBuilder request =
        post("/staff/casework/episodes/" + episode + "/strategy-discussions/new").with(as(worker)).with(csrf());
    form.forEach(request::param);
    if (children.length > 0) {
      request.param("children", children);
    }
    return mvc.perform(request);
  }

  private ResultActions recorded(UUID episode, Map<String, String> form, String... children) throws Exception {
    return send(episode, form, children).andExpect(redirectedUrl("/staff/casework/episodes/" + episode));
  }

  @Test
  void refusedWithoutThePoliceOrHealthAndNoReasonAcceptedWithAReason() throws Exception {
    UUID id = decided("Nora", "Quill", Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    clock.moveTo(Instant.parse("2026-11-30T15:00:00Z"));
    Map<String, String> form = held("2026-11-30", id, "no");
    form.remove("attendee-2-name");
    form.remove("attendee-2-agency");
    form.remove("attendee-3-name");
    form.remove("attendee-3-agency");
    form.remove("attendee-3-role");
    form.put("action-1-what", "Ask the GP for the health records");
    form.put("action-1-owner", "Sam Social");
    form.put("action-1-dueDay", "27");
    form.put("action-1-dueMonth", "11");
    form.put("action-1-dueYear", "2026");
    send(id, form)
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Add an attendee from the police, or say why the police could not take part")))
        .andExpect(content().string(Matchers.containsString("Add an attendee from health, or say why health could not take part")))
        .andExpect(content().string(Matchers.containsString("The due date of action 1 must be on or after the discussion, 30 November 2026")))
        .andExpect(content().string(Matchers.containsString("id=\"noPoliceReason-error\"")))
        .andExpect(content().string(Matchers.containsString("Bruising reported by school")))
        .andExpect(content().string(Matchers.containsString("value=\"Ask the GP for the health records\"")));
    assertThat(discussions.of(OXFORDSHIRE, id)).isEmpty();

    form.put("noPoliceReason", "The police officer was at court; police checks were shared by email beforehand.");
    form.put("attendee-2-name", "Nurse Hale");
    form.put("attendee-2-agency", "HEALTH");
    form.put("action-1-dueDay", "4");
    form.put("action-1-dueMonth", "12");
    recorded(id, form);
    assertThat(discussions.of(OXFORDSHIRE, id)).singleElement().satisfies(d -> {
      assertThat(d.noPoliceReason()).startsWith("The police officer was at court");
      assertThat(d.attendees()).extracting(StrategyDiscussion.Attendee::agency)
          .containsExactly(StrategyDiscussion.Agency.SOCIAL_CARE, StrategyDiscussion.Agency.HEALTH);
      assertThat(d.actions()).singleElement().satisfies(a -> assertThat(a.dueOn()).isEqualTo(LocalDate.parse("2026-12-04")));
      assertThat(d.decisionFor(id).orElseThrow().section47()).isFalse();
    });
    assertThat(enquiries.ofEpisode(OXFORDSHIRE, id)).isEmpty();

    // A closed episode is read-only: the discussion still opens, nothing more is recorded.
    assertThat(episodes.close(worker, id, ClosureReason.RC8)).isEqualTo(Result.DONE);
    mvc.perform(get("/staff/casework/episodes/" + id).with(as(worker)))
        .andExpect(content().string(Matchers.not(Matchers.containsString("Record a strategy discussion"))));
    mvc.perform(get("/staff/casework/episodes/" + id + "/strategy-discussions/" + discussions.of(OXFORDSHIRE, id).get(0).id()).with(as(worker)))
        .andExpect(status().isOk());
    send(id, form)
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("This episode is closed")));
    assertThat(discussions.of(OXFORDSHIRE, id)).hasSize(1);
  }

  @Test
  void theAddAnotherButtonsShowMoreRowsKeepingWhatWasTyped() throws Exception {
    UUID id = decided("Orla", "Brisk", Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    Map<String, String> form = held("2026-11-27", id, "no");
    form.put("add", "attendee");
    send(id, form)
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("name=\"attendee-9-name\"")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"attendee-10-name\""))))
        .andExpect(content().string(Matchers.containsString("value=\"DC Perry\"")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("govuk-error-summary"))));
    form.put("add", "action");
    form.put("actionRows", "49");
    send(id, form)
        .andExpect(content().string(Matchers.containsString("name=\"action-50-what\"")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("Add another action"))));
    mvc.perform(get("/staff/casework/episodes/" + id + "/strategy-discussions/new")
            .with(as(MashTesting.named("Fay Help", OXFORDSHIRE, "FAMILY_HELP"))))
        .andExpect(status().isForbidden());
  }

  @Test
  void twoChildrenOfOneReferralOneYesOneNoStartOneEnquiry() throws Exception {
    List<UUID> ids = decided(referralAbout(child("Pip", "Rowan", "2016-01-01"), child("Tam", "Rowan", "2018-01-01")),
        Outcome.CHILD_AND_FAMILY_ASSESSMENT, 2);
    boolean pipFirst = episodes.find(OXFORDSHIRE, ids.get(0)).orElseThrow().firstName().equals("Pip");
    UUID pip = ids.get(pipFirst ? 0 : 1);
    UUID tam = ids.get(pipFirst ? 1 : 0);
    assertThat(discussions.children(OXFORDSHIRE, episodes.find(OXFORDSHIRE, pip).orElseThrow()))
        .extracting(Episode::id).containsExactly(pip, tam);
    mvc.perform(get("/staff/casework/episodes/" + pip + "/strategy-discussions/new").with(as(worker)))
        .andExpect(content().string(Matchers.containsString("id=\"children-" + tam + "\"")));
    Map<String, String> form = held("2026-11-27", pip, "yes");
    form.put("section47-" + tam, "no");
    form.put("reason-" + tam, "No concerns about Tam were raised.");
    recorded(pip, form, tam.toString());

    assertThat(enquiries.ofEpisode(OXFORDSHIRE, pip)).singleElement().satisfies(q -> {
      assertThat(q.status()).isEqualTo(EnquiryStatus.OPEN);
      assertThat(q.startedOn()).isEqualTo(LocalDate.parse("2026-11-27"));
    });
    assertThat(enquiries.ofEpisode(OXFORDSHIRE, tam)).isEmpty();
    StrategyDiscussion seenByTam = discussions.of(OXFORDSHIRE, tam).get(0);
    assertThat(seenByTam.children()).extracting(StrategyDiscussion.ChildDecision::section47).containsExactly(true, false);
    mvc.perform(get("/staff/casework/episodes/" + tam).with(as(worker)))
        .andExpect(content().string(Matchers.containsString("No section 47 enquiries")));
    mvc.perform(get("/staff/casework/episodes/" + tam + "/strategy-discussions/" + seenByTam.id()).with(as(worker)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("DC Perry")))
        .andExpect(content().string(Matchers.containsString("No concerns about Tam were raised.")));
    mvc.perform(get("/staff/casework/episodes/" + tam + "/chronology").with(as(worker)))
        .andExpect(content().string(Matchers.containsString("Strategy discussion: no section 47 enquiries. No concerns about Tam were raised.")))
        .andExpect(content().string(Matchers.containsString("/strategy-discussions/" + seenByTam.id())));
    mvc.perform(get("/staff/casework/episodes/" + pip + "/chronology").with(as(worker)))
        .andExpect(content().string(Matchers.containsString("Section 47 enquiry started")));
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, tam.toString())).extracting(AuditEntry::action)
        .contains("STRATEGY_DISCUSSION_RECORDED", "VIEWED");
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, pip.toString())).extracting(AuditEntry::action)
        .contains("STRATEGY_DISCUSSION_RECORDED", "ENQUIRY_STARTED");
  }

  @Test
  void theConferenceIsDueFifteenWorkingDaysAfterTheDiscussionOverChristmasAndEaster() throws Exception {
    UUID ada = decided("Ada", "Christmas", Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    // Friday 11 December 2026 is day 0; 25 December, Monday 28 December (Boxing Day's substitute)
    // and 1 January are bank holidays: the 15th working day is Wednesday 6 January 2027.
    clock.moveTo(Instant.parse("2026-12-11T11:00:00Z"));
    recorded(ada, held("2026-12-11", ada, "yes"));
    Enquiry enquiry = enquiries.ofEpisode(OXFORDSHIRE, ada).get(0);
    assertThat(enquiry.conferenceDueOn()).isEqualTo(LocalDate.parse("2027-01-06"));
    assertThat(dues.of(OXFORDSHIRE, episodes.find(OXFORDSHIRE, ada).orElseThrow()))
        .contains(new Due(Dues.CONFERENCE, Instant.parse("2027-01-07T00:00:00Z")));
    String page = "/staff/casework/episodes/" + ada + "/enquiries/" + enquiry.id();
    mvc.perform(get(page).with(as(worker)))
        .andExpect(content().string(Matchers.containsString(
            "Initial child protection conference: 15 working days left: due by the end of Wednesday 6 January")));
    clock.moveTo(Instant.parse("2027-01-07T09:00:00Z"));
    mvc.perform(get("/staff/casework/episodes/" + ada).with(as(worker)))
        .andExpect(content().string(Matchers.containsString("Initial child protection conference: Overdue by 9 hours")));

    // Thursday 18 March 2027 is day 0; Good Friday (26 March) and Easter Monday (29 March) are
    // bank holidays: the 15th working day is Monday 12 April.
    UUID eli = decided("Eli", "Easter", Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    clock.moveTo(Instant.parse("2027-03-18T12:00:00Z"));
    recorded(eli, held("2027-03-18", eli, "yes"));
    assertThat(enquiries.ofEpisode(OXFORDSHIRE, eli).get(0).conferenceDueOn()).isEqualTo(LocalDate.parse("2027-04-12"));
    assertThat(dues.of(OXFORDSHIRE, episodes.find(OXFORDSHIRE, eli).orElseThrow()))
        .contains(new Due(Dues.CONFERENCE, Instant.parse("2027-04-12T23:00:00Z")));
  }

  @Test
  void theCouncilsOwnClosureMovesTheConferenceDueDateByOneWorkingDayAndNoOtherCouncils() throws Exception {
    UUID before = decided("Cai", "Beforehand", Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    UUID after = decided("Dilys", "Afterwards", Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    // Friday 27 November is day 0: the 15th working day is Friday 18 December.
    recorded(before, held("2026-11-27", before, "yes"));
    assertThat(enquiries.ofEpisode(OXFORDSHIRE, before).get(0).conferenceDueOn()).isEqualTo(LocalDate.parse("2026-12-18"));
    try (Closure closed = Closure.of(changes, OXFORDSHIRE, "2026-12-02")) {
      // Oxfordshire is closed on Wednesday 2 December: its 15th working day is Monday 21 December.
      recorded(after, held("2026-11-27", after, "yes"));
      Enquiry enquiry = enquiries.ofEpisode(OXFORDSHIRE, after).get(0);
      assertThat(enquiry.conferenceDueOn()).isEqualTo(LocalDate.parse("2026-12-21"));
      assertThat(dues.of(OXFORDSHIRE, episodes.find(OXFORDSHIRE, after).orElseThrow()))
          .contains(new Due(Dues.CONFERENCE, Instant.parse("2026-12-22T00:00:00Z")));
      mvc.perform(get("/staff/casework/episodes/" + after + "/enquiries/" + enquiry.id()).with(as(worker)))
          .andExpect(content().string(Matchers.containsString(
              "Initial child protection conference: 15 working days left: due by the end of Monday 21 December")));
      // The date stored before stays, and its time left counts the closure.
      mvc.perform(get("/staff/casework/episodes/" + before).with(as(worker)))
          .andExpect(content().string(Matchers.containsString(
              "Initial child protection conference: 14 working days left: due by the end of Friday 18 December")));
      assertThat(enquiries.conferenceDueOn(OTHER_COUNCIL, LocalDate.parse("2026-11-27"))).as("another council's")
          .isEqualTo(LocalDate.parse("2026-12-18"));
    }
  }

  @Test
  void anOpenEnquiryBlocksASecondUntilItIsCompletedOnce() throws Exception {
    UUID id = decided("Bea", "Twice", Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    clock.moveTo(Instant.parse("2026-11-30T15:00:00Z"));
    recorded(id, held("2026-11-30", id, "yes"));
    Enquiry enquiry = enquiries.openOf(OXFORDSHIRE, id).orElseThrow();
    assertThat(episodes.whyNotClosable(OXFORDSHIRE, episodes.find(OXFORDSHIRE, id).orElseThrow()))
        .contains("The section 47 enquiry is still open: record its outcome first");

    Map<String, String> again = held("2026-11-30", id, "yes");
    again.put("heldTime", "2pm");
    again.put("follows", discussions.of(OXFORDSHIRE, id).get(0).id().toString());
    send(id, again)
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(
            "Bea Twice’s section 47 enquiry started on 30 November 2026 is still open: record its outcome first")))
        .andExpect(content().string(Matchers.containsString("id=\"section47-" + id + "-error\"")));
    assertThat(discussions.of(OXFORDSHIRE, id)).hasSize(1);

    String page = "/staff/casework/episodes/" + id + "/enquiries/" + enquiry.id();
    mvc.perform(post(page).with(as(worker)).with(csrf())
            .param("seenDay", "29").param("seenMonth", "11").param("seenYear", "2026").param("seenAlone", "yes")
            .param("outcome", "CONFERENCE").param("completedDay", "30").param("completedMonth", "11").param("completedYear", "2026"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(
            "The date the child was seen must be on or after the start of the enquiry, 30 November 2026")))
        .andExpect(content().string(Matchers.containsString("id=\"outcome-3\" checked")));
    mvc.perform(post(page).with(as(worker)).with(csrf())
            .param("seenDay", "30").param("seenMonth", "11").param("seenYear", "2026").param("seenAlone", "yes")
            .param("outcome", "CONFERENCE").param("completedDay", "30").param("completedMonth", "11").param("completedYear", "2026"))
        .andExpect(redirectedUrl("/staff/casework/episodes/" + id));
    Enquiry done = enquiries.find(OXFORDSHIRE, id, enquiry.id()).orElseThrow();
    assertThat(episodes.whyNotClosable(OXFORDSHIRE, episodes.find(OXFORDSHIRE, id).orElseThrow()))
        .doesNotContain("The section 47 enquiry is still open: record its outcome first");
    assertThat(done.status()).isEqualTo(EnquiryStatus.COMPLETED);
    assertThat(done.outcome()).isEqualTo(EnquiryOutcome.CONFERENCE);
    assertThat(done.seenAlone()).isTrue();
    assertThat(dues.of(OXFORDSHIRE, episodes.find(OXFORDSHIRE, id).orElseThrow())).extracting(Due::what).contains(Dues.CONFERENCE);
    assertThat(enquiries.awaitingConference(OXFORDSHIRE, null)).extracting(Enquiry::id).contains(enquiry.id());
    // Once an initial conference about the enquiry is held (the conference pages record it), nothing is due.
    transactions.executeWithoutResult(t -> {
      tenancy.bind(OXFORDSHIRE);
      UUID conference = UUID.randomUUID();
      jdbc.sql(
              """
              INSERT INTO casework_conference (authority_id, id, kind, status, due_on, scheduled_at, chair_id, chair_name, held_on,
                  convened_by_id, convened_by_name, created_at)
              VALUES (?, ?, 'INITIAL', 'HELD', ?, now(), ?, 'Chair', ?, ?, 'Tess', now())
              """)
          .params(OXFORDSHIRE, conference, enquiry.conferenceDueOn(), UUID.randomUUID(), LocalDate.parse("2026-11-30"), UUID.randomUUID())
          .update();
      jdbc.sql("INSERT INTO casework_conference_child (authority_id, conference_id, episode_id, enquiry_id) VALUES (?, ?, ?, ?)")
          .params(OXFORDSHIRE, conference, id, enquiry.id())
          .update();
    });
    assertThat(dues.of(OXFORDSHIRE, episodes.find(OXFORDSHIRE, id).orElseThrow())).extracting(Due::what).doesNotContain(Dues.CONFERENCE);
    assertThat(enquiries.awaitingConference(OXFORDSHIRE, null)).extracting(Enquiry::id).doesNotContain(enquiry.id());
    assertThat(enquiries.complete(worker, id, enquiry.id(),
            new Enquiries.Completion(LocalDate.parse("2026-11-30"), false, EnquiryOutcome.NOT_SUBSTANTIATED, LocalDate.parse("2026-11-30"))))
        .isEqualTo(Result.WRONG_STAGE);
    assertThat(enquiries.find(OXFORDSHIRE, id, enquiry.id()).orElseThrow().outcome()).isEqualTo(EnquiryOutcome.CONFERENCE);
    mvc.perform(get(page).with(as(worker)))
        .andExpect(content().string(Matchers.not(Matchers.containsString("Complete the enquiry"))));

    recorded(id, again);
    assertThat(enquiries.ofEpisode(OXFORDSHIRE, id)).hasSize(2);
    assertThat(discussions.of(OXFORDSHIRE, id).get(0).followsId()).isEqualTo(discussions.of(OXFORDSHIRE, id).get(1).id());
  }

  @Test
  void anEarlyHelpChildStepsUpWhenAnEnquiryStartsAndTheMashsCallForADiscussionShows() throws Exception {
    UUID early = decided("Cal", "Early", Outcome.EARLY_HELP);
    assertThat(episodes.find(OXFORDSHIRE, early).orElseThrow().level()).isEqualTo(EpisodeLevel.EARLY_HELP);
    recorded(early, held("2026-11-27", early, "yes"));
    assertThat(episodes.find(OXFORDSHIRE, early).orElseThrow().level()).isEqualTo(EpisodeLevel.CHILD_IN_NEED);
    assertThat(episodes.history(OXFORDSHIRE, early)).anySatisfy(h -> {
      assertThat(h.what()).isEqualTo("Stepped up from early help to child in need");
      assertThat(h.why()).isEqualTo(StrategyDiscussions.STEP_UP_REASON);
    });

    UUID asked = decided("Dot", "Asked", Outcome.STRATEGY_DISCUSSION);
    String warning = "The MASH decided a strategy discussion is needed: none has been recorded yet";
    mvc.perform(get("/staff/casework/episodes/" + asked).with(as(worker)))
        .andExpect(content().string(Matchers.containsString(warning)))
        .andExpect(content().string(Matchers.containsString("Record a strategy discussion")));
    recorded(asked, held("2026-11-27", asked, "no"));
    mvc.perform(get("/staff/casework/episodes/" + asked).with(as(worker)))
        .andExpect(content().string(Matchers.not(Matchers.containsString(warning))));
  }

  @Test
  void anotherCouncilCannotSeeTheDiscussionOrTheEnquiry() throws Exception {
    UUID id = decided("Fen", "Private", Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    recorded(id, held("2026-11-27", id, "yes"));
    StrategyDiscussion discussion = discussions.of(OXFORDSHIRE, id).get(0);
    Enquiry enquiry = enquiries.ofEpisode(OXFORDSHIRE, id).get(0);
    StaffUser elsewhere = MashTesting.named("Wes Manager", OTHER_COUNCIL, "TEAM_MANAGER");
    mvc.perform(get("/staff/casework/episodes/" + id + "/strategy-discussions/" + discussion.id()).with(as(elsewhere)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/staff/casework/episodes/" + id + "/enquiries/" + enquiry.id()).with(as(elsewhere)))
        .andExpect(status().isNotFound());
    // Row-level security, not only the queries' council: bound to the other council, no row shows.
    Integer seen = transactions.execute(s -> {
      tenancy.bind(OTHER_COUNCIL);
      return jdbc.sql("SELECT count(*) FROM casework_strategy_discussion WHERE id = ?").param(discussion.id()).query(Integer.class).single()
          + jdbc.sql("SELECT count(*) FROM casework_enquiry WHERE id = ?").param(enquiry.id()).query(Integer.class).single();
    });
    assertThat(seen).isZero();
    assertThat(discussions.find(OTHER_COUNCIL, id, discussion.id())).isEmpty();
  }

  @Test
  void hostileAndAbsurdAnswersGetErrorsBesideTheirFields() throws Exception {
    UUID id = decided("Gil", "Hostile", Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    Map<String, String> form = held("2026-11-27", id, "maybe");
    form.put("heldYear", "99999999");
    form.put("heldTime", "25:99");
    form.put("attendeeRows", "999");
    form.put("attendee-4-name", "Nobody");
    form.put("attendee-4-agency", "MI5");
    form.put("follows", "not-a-discussion");
    form.put("action-1-what", "x");
    form.put("action-1-owner", "y");
    form.put("action-1-dueDay", "31");
    form.put("action-1-dueMonth", "2");
    form.put("action-1-dueYear", "2027");
    send(id, form)
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"heldDay-error\"")))
        .andExpect(content().string(Matchers.containsString("id=\"heldTime-error\"")))
        .andExpect(content().string(Matchers.containsString("Select the agency of attendee 4")))
        .andExpect(content().string(Matchers.containsString("Select whether section 47 enquiries start for Gil Hostile")))
        .andExpect(content().string(Matchers.containsString("id=\"action-1-dueDay-error\"")))
        .andExpect(content().string(Matchers.containsString("name=\"attendee-50-name\"")));
    form.put("heldYear", "2026");
    form.put("heldTime", "11pm");
    send(id, form).andExpect(content().string(Matchers.containsString("The time of the discussion must be in the past")));
  }

  @Test
  void everyEnquiryCommandInEveryStatusMovesAsTheTableSaysOrIsRefused() throws Exception {
    int[] n = {0};
    List<String> outcomes =
        everyMove.check(Enquiries.ENQUIRIES, OXFORDSHIRE, () -> {
          UUID id = decided("Move", "Enquiry" + (char) ('a' + n[0]++), Outcome.CHILD_AND_FAMILY_ASSESSMENT);
          recorded(id, held("2026-11-27", id, "yes"));
          return enquiries.ofEpisode(OXFORDSHIRE, id).get(0).id();
        });
    assertThat(outcomes).containsExactly(
        "OPEN COMPLETE to COMPLETED",
        "COMPLETED COMPLETE refused");
  }
}
