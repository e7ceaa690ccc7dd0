package uk.frontdoor.mash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.frontdoor.mash.ContactStatus.AUTHORISED;
import static uk.frontdoor.mash.ContactStatus.AWAITING_AUTHORISATION;
import static uk.frontdoor.mash.ContactStatus.IN_TRIAGE;
import static uk.frontdoor.mash.ContactStatus.NEW;
import static uk.frontdoor.mash.MashTesting.as;
import static uk.frontdoor.mash.MashTesting.named;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.authority.WorkingCalendar;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashDecisions.Proposal;
import uk.frontdoor.mash.MashDecisions.Result;
import uk.frontdoor.platform.workflow.StatusChange;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.ReferralStatus;
import uk.frontdoor.referral.ReferralSubmissionIT;
import uk.frontdoor.referral.ReferralSummary;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Route;

/**
 * A worker decides, a different manager authorises or sends it back, and the referrer hears the
 * outcome where they may: a professional does, an anonymous member of the public never does.
 */
@IntegrationTest
class MashDecisionIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final Proposal EARLY_HELP =
      new Proposal(2, "Needs, not risk: the school and the GP know of no harm.", Outcome.EARLY_HELP, "Family support worker to call the mother this week.");

  @Autowired MockMvc mvc;
  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired MashDecisions decisions;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
  @Autowired uk.frontdoor.platform.Tenancy tenancy;
  @Autowired TestClock clock;

  final StaffUser worker = named("Wendy Worker", OXFORDSHIRE, "MASH_SOCIAL_WORKER");
  final StaffUser manager = named("Mo Manager", OXFORDSHIRE, "MASH_MANAGER");

  private MashContact professionalsReferral(String email) throws InterruptedException {
    return MashTesting.submitted(referrals, queue, OXFORDSHIRE, ReferralSubmissionIT.professionalReferral(email));
  }

  private long outcomeEmails(String reference, String recipient) {
    return inOxfordshire(
        "SELECT count(*) FROM notification_outbox WHERE template = 'REFERRAL_OUTCOME' AND reference = ? AND recipient = ?",
        reference, recipient);
  }

  /** A count as a transaction bound to Oxfordshire sees it. */
  private long inOxfordshire(String sql, Object... params) {
    return transactions.execute(
        status -> {
          tenancy.bind(OXFORDSHIRE);
          return jdbc.sql(sql).params(params).query(Long.class).single();
        });
  }

  private MashContact current(MashContact contact) {
    return queue.awaitingDecision(OXFORDSHIRE).stream()
        .filter(c -> c.id().equals(contact.id()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aManagerAuthorisesAWorkersDecisionAndTheProfessionalHearsTheOutcome() throws Exception {
    String email = "dsl-" + UUID.randomUUID() + "@example.org";
    MashContact contact = professionalsReferral(email);
    queue.assign(worker, contact.reference(), worker.id(), worker.displayName());
    assertThat(decisions.decide(worker, contact.reference(), EARLY_HELP))
        .as("a contact nobody has rated is not decided").isEqualTo(Result.NOT_TRIAGED);
    queue.rate(worker, contact.reference(), Rag.GREEN, "Needs, not risk");

    assertThat(decisions.decide(worker, contact.reference(), EARLY_HELP)).isEqualTo(Result.DONE);
    assertThat(current(contact).status()).isEqualTo(AWAITING_AUTHORISATION);
    assertThat(outcomeEmails(contact.reference(), email)).as("nobody is told before authorisation").isZero();

    assertThat(decisions.authorise(manager, contact.reference())).isEqualTo(Result.DONE);
    assertThat(queue.awaitingDecision(OXFORDSHIRE)).extracting(MashContact::id).doesNotContain(contact.id());

    Decision decision = decisions.of(OXFORDSHIRE, contact.id()).orElseThrow();
    assertThat(decision.outcome()).isEqualTo(Outcome.EARLY_HELP);
    assertThat(decision.decidedBy()).isEqualTo(worker.id());
    assertThat(decision.authorisedBy()).isEqualTo(manager.id());

    ReferralSummary referral = referrals.find(OXFORDSHIRE, contact.reference()).orElseThrow();
    assertThat(referral.status()).isEqualTo(ReferralStatus.DECIDED);
    assertThat(referral.outcome()).isEqualTo(Outcome.EARLY_HELP.forReferrer()).doesNotContain("Ava");
    assertThat(outcomeEmails(contact.reference(), email)).isEqualTo(1);

    assertThat(queue.history(OXFORDSHIRE, contact.id()))
        .extracting(StatusChange::from, StatusChange::to, StatusChange::actorName)
        .containsExactly(
            tuple(null, NEW, "Front Door"),
            tuple(NEW, IN_TRIAGE, "Wendy Worker"),
            tuple(IN_TRIAGE, AWAITING_AUTHORISATION, "Wendy Worker"),
            tuple(AWAITING_AUTHORISATION, AUTHORISED, "Mo Manager"));
    assertThat(audit.about(OXFORDSHIRE, MashQueue.SUBJECT, contact.reference()))
        .extracting(AuditEntry::action)
        .containsSubsequence("ASSIGNED", "DECIDED", "AUTHORISED");

    assertThat(decisions.decide(worker, contact.reference(), EARLY_HELP))
        .as("an authorised decision is final").isEqualTo(Result.WRONG_STAGE);
    assertThat(decisions.authorise(manager, contact.reference())).isEqualTo(Result.WRONG_STAGE);
    assertThat(outcomeEmails(contact.reference(), email)).isEqualTo(1);
  }

  @Test
  void nobodyAuthorisesTheirOwnDecisionNotEvenAManager() throws Exception {
    MashContact contact = professionalsReferral("dsl@example.org");
    MashTesting.triage(queue, manager, contact.reference());
    assertThat(decisions.decide(manager, contact.reference(), EARLY_HELP)).isEqualTo(Result.DONE);
    assertThat(decisions.authorise(manager, contact.reference())).isEqualTo(Result.OWN_DECISION);
    assertThat(current(contact).status()).isEqualTo(AWAITING_AUTHORISATION);

    mvc.perform(post("/staff/mash/contacts/" + contact.reference() + "/authorisation").with(csrf()).with(as(manager))
            .param("action", "authorise"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("You made this decision, so another manager must authorise it")));
    // The manager is told before clicking: no Authorise button on their own decision, and why.
    mvc.perform(get("/staff/mash/contacts/" + contact.reference()).with(as(manager)))
        .andExpect(content().string(containsString("You made this decision, so another manager must authorise it.")))
        .andExpect(content().string(not(containsString("Authorise or send back"))));
    mvc.perform(get("/staff/mash/contacts/" + contact.reference() + "/authorisation").with(as(manager)))
        .andExpect(content().string(containsString("You made this decision, so another manager must authorise it.")))
        .andExpect(content().string(not(containsString(">Authorise the decision</button>"))));
    StaffUser another = named("Ann Other", OXFORDSHIRE, "MASH_MANAGER");
    mvc.perform(get("/staff/mash/contacts/" + contact.reference()).with(as(another)))
        .andExpect(content().string(containsString("Authorise or send back")))
        .andExpect(content().string(not(containsString("You made this decision"))));
    assertThat(decisions.authorise(another, contact.reference())).isEqualTo(Result.DONE);
  }

  /**
   * Issue 14: a worker who sent a decision again while it waited for authorisation was told it
   * "has been authorised". The page and the error now follow the status the contact is in.
   */
  @Test
  void aWorkerIsToldADecisionWaitsForAuthorisationUntilAManagerHasAuthorisedIt() throws Exception {
    MashContact contact = professionalsReferral("dsl@example.org");
    MashTesting.triage(queue, worker, contact.reference());
    assertThat(decisions.decide(worker, contact.reference(), EARLY_HELP)).isEqualTo(Result.DONE);
    String page = "/staff/mash/contacts/" + contact.reference() + "/decision";

    mvc.perform(get(page).with(as(worker)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("A decision on this contact is waiting for a manager to authorise it.")))
        .andExpect(content().string(not(containsString("has been authorised"))))
        .andExpect(content().string(not(containsString("Send for authorisation</button>"))));
    mvc.perform(post(page).with(csrf()).with(as(worker))
            .param("thresholdLevel", "3").param("rationale", "Changed my mind.")
            .param("outcome", "CHILD_AND_FAMILY_ASSESSMENT").param("nextSteps", "Assess."))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#decided\">A decision on this contact is waiting for a manager to authorise it")))
        .andExpect(content().string(not(containsString("has been authorised"))));
    assertThat(decisions.of(OXFORDSHIRE, contact.id()).orElseThrow().outcome()).as("the decision is unchanged").isEqualTo(Outcome.EARLY_HELP);

    assertThat(decisions.authorise(manager, contact.reference())).isEqualTo(Result.DONE);
    mvc.perform(post(page).with(csrf()).with(as(worker))
            .param("thresholdLevel", "3").param("rationale", "Changed my mind.")
            .param("outcome", "CHILD_AND_FAMILY_ASSESSMENT").param("nextSteps", "Assess."))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("This contact’s decision has been authorised and can no longer be changed")));
  }

  @Test
  void aManagerSendsADecisionBackWithAReasonAndTheWorkerDecidesAgain() throws Exception {
    MashContact contact = professionalsReferral("dsl@example.org");
    MashTesting.triage(queue, worker, contact.reference());
    decisions.decide(worker, contact.reference(), EARLY_HELP);
    assertThat(decisions.sendBack(manager, contact.reference(), "Ask the police what they hold first.")).isEqualTo(Result.DONE);
    assertThat(current(contact).status()).isEqualTo(IN_TRIAGE);
    assertThat(queue.history(OXFORDSHIRE, contact.id()))
        .last()
        .extracting(StatusChange::reason)
        .isEqualTo("Sent back: Ask the police what they hold first.");

    Proposal s17 = new Proposal(4, "Police hold two callouts to the address.", Outcome.CHILD_AND_FAMILY_ASSESSMENT, "Allocate to the assessment team today.");
    assertThat(decisions.decide(worker, contact.reference(), s17)).isEqualTo(Result.DONE);
    Decision decision = decisions.of(OXFORDSHIRE, contact.id()).orElseThrow();
    assertThat(decision.thresholdLevel()).isEqualTo(4);
    assertThat(decision.authorised()).isFalse();
  }

  @Test
  void anAnonymousReporterIsNeverSentTheOutcome() throws Exception {
    ReferralDocument anonymous =
        new ReferralDocument(
            Route.MEMBER_OF_PUBLIC, null, null, false,
            List.of(new ReferralDocument.Child("Leo", null, null, null, "about 6", null, null, null, null, null, null, null)),
            List.of(), null,
            new ReferralDocument.Concern("Leo is often outside alone late at night.", null, List.of(HarmCategory.NEGLECT), false, null, null),
            null, null, null, null, null, List.of(), null);
    MashContact contact = MashTesting.submitted(referrals, queue, OXFORDSHIRE, anonymous);
    MashTesting.triage(queue, worker, contact.reference());
    decisions.decide(worker, contact.reference(), EARLY_HELP);
    decisions.authorise(manager, contact.reference());
    assertThat(inOxfordshire("SELECT count(*) FROM notification_outbox WHERE reference = ?", contact.reference()))
        .isZero();
    assertThat(audit.about(OXFORDSHIRE, MashQueue.SUBJECT, contact.reference()))
        .filteredOn(e -> e.action().equals("AUTHORISED"))
        .singleElement()
        .extracting(AuditEntry::detail)
        .isEqualTo("Early Help; the referrer is not told");
  }

  @Test
  void aMemberOfThePublicWithParentalResponsibilityIsToldTheOutcomeAsAParentIs() throws Exception {
    String email = "parent-" + UUID.randomUUID() + "@example.org";
    MashContact parent = MashTesting.submitted(referrals, queue, OXFORDSHIRE, publicReport(email, true));
    MashTesting.triage(queue, worker, parent.reference());
    assertThat(decisions.decide(worker, parent.reference(), EARLY_HELP)).isEqualTo(Result.DONE);
    assertThat(outcomeEmails(parent.reference(), email)).as("nobody is told before authorisation").isZero();
    decisions.authorise(manager, parent.reference());
    assertThat(outcomeEmails(parent.reference(), email)).isEqualTo(1);

    String neighbour = "neighbour-" + UUID.randomUUID() + "@example.org";
    MashContact other = MashTesting.submitted(referrals, queue, OXFORDSHIRE, publicReport(neighbour, false));
    MashTesting.triage(queue, worker, other.reference());
    assertThat(decisions.decide(worker, other.reference(), EARLY_HELP)).isEqualTo(Result.DONE);
    assertThat(decisions.authorise(manager, other.reference())).isEqualTo(Result.DONE);
    assertThat(inOxfordshire("SELECT count(*) FROM notification_outbox WHERE template = 'REFERRAL_OUTCOME' AND reference = ?", other.reference()))
        .as("a member of the public without parental responsibility is not told")
        .isZero();
  }

  private static ReferralDocument publicReport(String email, boolean parentalResponsibility) {
    return new ReferralDocument(
        Route.MEMBER_OF_PUBLIC, null,
        new ReferralDocument.Referrer("Pat Jones", "Mother", null, null, email, null, parentalResponsibility), false,
        List.of(new ReferralDocument.Child("Leo", null, null, null, "about 6", null, null, null, null, null, null, null)),
        List.of(), null,
        new ReferralDocument.Concern("Leo is often outside alone late at night.", null, List.of(HarmCategory.NEGLECT), false, null, null),
        null, null, null, null, null, List.of(), null);
  }

  @Test
  void eachCouncilsDecisionOffersTheLevelsOfItsOwnThresholdGuide() throws Exception {
    UUID southampton = UUID.fromString("00000000-0000-4000-8000-000000000003");
    StaffUser southamptonWorker = named("Sol Worker", southampton, "MASH_SOCIAL_WORKER");
    MashContact inOxfordshire = professionalsReferral("dsl@example.org");
    MashContact inSouthampton =
        MashTesting.submitted(referrals, queue, southampton, ReferralSubmissionIT.professionalReferral("dsl@example.org"));
    MashTesting.triage(queue, worker, inOxfordshire.reference());
    MashTesting.triage(queue, southamptonWorker, inSouthampton.reference());
    mvc.perform(get("/staff/mash/contacts/" + inOxfordshire.reference() + "/decision").with(as(worker)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Level 2 – Early help")))
        .andExpect(content().string(containsString("Level 3 – Targeted early help")))
        .andExpect(content().string(not(containsString("Universal Partnership"))));
    mvc.perform(get("/staff/mash/contacts/" + inSouthampton.reference() + "/decision").with(as(southamptonWorker)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Level 2 – Universal Partnership")))
        .andExpect(content().string(containsString("Level 3 – Universal Partnership Plus")))
        .andExpect(content().string(containsString("Level 4 – Safeguarding")))
        .andExpect(content().string(not(containsString("Level 2 – Early help"))));
    assertThat(decisions.decide(southamptonWorker, inSouthampton.reference(), EARLY_HELP)).isEqualTo(Result.DONE);
    mvc.perform(get("/staff/mash/contacts/" + inSouthampton.reference()).with(as(southamptonWorker)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Level 2 – Universal Partnership")));
  }

  @Test
  void theDecisionFormKeepsWhatWasTypedAndSaysWhatIsMissing() throws Exception {
    MashContact contact = professionalsReferral("dsl@example.org");
    String page = "/staff/mash/contacts/" + contact.reference() + "/decision";
    mvc.perform(get(page).with(as(worker)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Before you record the decision, rate how urgent this contact is")));
    mvc.perform(post(page).with(csrf()).with(as(worker)).param("thresholdLevel", "3").param("rationale", "Bruises seen twice")
            .param("outcome", "STRATEGY_DISCUSSION").param("nextSteps", "Strategy discussion with police today"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Rate how urgent this contact is and assign it to a worker before you record the decision")));
    assertThat(current(contact).status()).isEqualTo(NEW);
    MashTesting.triage(queue, worker, contact.reference());
    mvc.perform(post(page).with(csrf()).with(as(worker)).param("thresholdLevel", "3").param("rationale", "Bruises seen twice"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Select what happens next")))
        .andExpect(content().string(containsString("Say what the next steps are and who takes them")))
        .andExpect(content().string(containsString("Bruises seen twice")));
    mvc.perform(post(page).with(csrf()).with(as(worker)).param("thresholdLevel", "9").param("rationale", "x".repeat(5001))
            .param("outcome", "EARLY_HELP").param("nextSteps", "Call"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Select the level of need")))
        .andExpect(content().string(containsString("The rationale must be 5000 characters or fewer")));
    assertThat(current(contact).status()).isEqualTo(IN_TRIAGE);
    mvc.perform(post(page).with(csrf()).with(as(worker)).param("thresholdLevel", "3").param("rationale", "Bruises seen twice")
            .param("outcome", "STRATEGY_DISCUSSION").param("nextSteps", "Strategy discussion with police today"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/staff/mash/contacts/" + contact.reference()));
    assertThat(current(contact).status()).isEqualTo(AWAITING_AUTHORISATION);
  }

  /** A professional's referral in a council's queue, received now and rated by a worker. */
  private String contactRated(UUID authority, StaffUser worker, Rag rag) throws InterruptedException {
    MashContact contact =
        MashTesting.submitted(referrals, queue, authority, ReferralSubmissionIT.professionalReferral("dsl@example.org"));
    assertThat(queue.rate(worker, contact.reference(), rag, "Rated for the test")).isTrue();
    return contact.reference();
  }

  @Test
  void theManagersViewCountsWhatIsDueTodayOverdueAndDecidedInTime() throws Exception {
    UUID bracknell = UUID.fromString("00000000-0000-4000-8000-000000000002");
    WorkingCalendar calendar = WorkingCalendar.englandAndWales();
    StaffUser bracknellWorker = named("Bo Worker", bracknell, "MASH_SOCIAL_WORKER");
    StaffUser bracknellManager = named("Bea Manager", bracknell, "MASH_MANAGER");
    // Bracknell Forest's office is open until 17:00, so both contacts arrive in working hours.
    Instant tuesdayMorning = Instant.parse("2026-12-01T09:00:00Z");

    // Other tests' contacts share the council, and their deadlines pass as the clock moves: the
    // figures before are read at the same moment as those during, before these contacts exist.
    clock.moveTo(tuesdayMorning);
    ManagerSummary before = queue.summary(bracknell, calendar);
    clock.reset();

    // Friday 27 November 16:15: due by the end of the next working day, Monday.
    String overdue = contactRated(bracknell, bracknellWorker, Rag.RED);
    clock.advanceWorkingDays(calendar, 1);
    // Monday 30 November 16:15: due by the end of Tuesday.
    String dueToday = contactRated(bracknell, bracknellWorker, Rag.AMBER);
    clock.moveTo(tuesdayMorning);

    ManagerSummary during = queue.summary(bracknell, calendar);
    assertThat(during.open() - before.open()).isEqualTo(2);
    assertThat(during.red() - before.red()).isEqualTo(1);
    assertThat(during.amber() - before.amber()).isEqualTo(1);
    assertThat(during.overdue() - before.overdue()).as("Friday's, due by the end of Monday").isEqualTo(1);
    assertThat(during.dueToday() - before.dueToday()).as("Monday's, due by the end of Tuesday").isEqualTo(1);
    assertThat(during.overdueRequests()).isEqualTo(before.overdueRequests());

    MashTesting.triage(queue, bracknellWorker, dueToday);
    MashTesting.triage(queue, bracknellWorker, overdue);
    decisions.decide(bracknellWorker, dueToday, EARLY_HELP);
    decisions.authorise(bracknellManager, dueToday);
    decisions.decide(bracknellWorker, overdue, EARLY_HELP);
    decisions.authorise(bracknellManager, overdue);
    ManagerSummary after = queue.summary(bracknell, calendar);
    assertThat(after.open()).isEqualTo(before.open());
    assertThat(after.authorisedThisWeek() - before.authorisedThisWeek()).isEqualTo(2);
    assertThat(after.inTimeThisWeek() - before.inTimeThisWeek()).as("only the one decided before its deadline").isEqualTo(1);

    // Tuesday 09:00: due by the end of Wednesday; a minute after that, it is late.
    String late = contactRated(bracknell, bracknellWorker, Rag.GREEN);
    clock.moveTo(Instant.parse("2026-12-03T00:01:00Z"));
    mvc.perform(get("/staff/mash/dashboard").with(as(bracknellManager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(late)))
        .andExpect(content().string(containsString("Overdue by 1 minute (was due by the end of Wednesday 2 December)")));
    mvc.perform(get("/staff/mash/dashboard").with(as(bracknellWorker))).andExpect(status().isForbidden());
  }

  @Test
  void onlyManagersMayAuthorise() throws Exception {
    MashContact contact = professionalsReferral("dsl@example.org");
    String page = "/staff/mash/contacts/" + contact.reference() + "/authorisation";
    mvc.perform(get(page).with(as(worker))).andExpect(status().isForbidden());
    mvc.perform(post(page).with(csrf()).with(as(worker)).param("action", "authorise")).andExpect(status().isForbidden());
    mvc.perform(get(page).with(as(named("Cal", OXFORDSHIRE, "CALL_HANDLER")))).andExpect(status().isForbidden());
    mvc.perform(get("/staff/mash/contacts/" + contact.reference() + "/decision").with(as(named("Cal", OXFORDSHIRE, "CALL_HANDLER"))))
        .andExpect(status().isForbidden());
    mvc.perform(get(page).with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("No decision has been recorded on this contact yet.")));
  }
}
