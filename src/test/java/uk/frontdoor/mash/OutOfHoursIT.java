package uk.frontdoor.mash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.frontdoor.mash.MashTesting.as;
import static uk.frontdoor.mash.MashTesting.named;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.referral.ReferralSubmissionIT;
import uk.frontdoor.referral.Referrals;

/**
 * The Emergency Duty Team sees contacts that arrived while the office was closed, records what it
 * did, and the contact is handed over to the MASH once the office opens. Clock: Friday 27 November
 * 2026 16:15, Oxfordshire closed since 16:00, West Berkshire open until 16:30.
 */
@IntegrationTest
class OutOfHoursIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID WEST_BERKSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000005");

  @Autowired MockMvc mvc;
  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired OutOfHours outOfHours;
  @Autowired MashDecisions decisions;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  final StaffUser edt = named("Eddie Duty", OXFORDSHIRE, "EDT_WORKER");
  final StaffUser worker = named("Wendy Worker", OXFORDSHIRE, "MASH_SOCIAL_WORKER");

  private MashContact contact(UUID authority) throws InterruptedException {
    return MashTesting.submitted(referrals, queue, authority, ReferralSubmissionIT.professionalReferral("dsl@example.org"));
  }

  @Test
  void theTeamRecordsWhatItDidAndTheMashReadsIt() throws Exception {
    MashContact night = contact(OXFORDSHIRE);
    MashContact westBerkshire = contact(WEST_BERKSHIRE);
    assertThat(night.outOfHours()).isTrue();
    assertThat(westBerkshire.outOfHours()).as("West Berkshire was still open").isFalse();

    mvc.perform(get("/staff/edt").with(as(edt)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(night.reference())))
        .andExpect(content().string(containsString("8:30am on Monday 30 November")));
    String page = "/staff/edt/contacts/" + night.reference();
    mvc.perform(post(page).with(csrf()).with(as(edt)).param("action", " "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Say what the team did")));
    mvc.perform(post(page).with(csrf()).with(as(edt)).param("action", "Visited with police at 9pm; Ava is staying with her grandmother."))
        .andExpect(status().is3xxRedirection());

    assertThat(outOfHours.actions(OXFORDSHIRE, night.id()))
        .singleElement()
        .satisfies(a -> assertThat(a.actorName()).isEqualTo("Eddie Duty"));
    mvc.perform(get("/staff/mash/contacts/" + night.reference()).with(as(worker)))
        .andExpect(content().string(containsString("What the Emergency Duty Team did")))
        .andExpect(content().string(containsString("Ava is staying with her grandmother.")));
    assertThat(audit.about(OXFORDSHIRE, MashQueue.SUBJECT, night.reference()))
        .extracting(AuditEntry::action).contains("EDT_ACTION");
  }

  @Test
  void aContactTheMashHasDecidedLeavesTheTeamsList() throws Exception {
    MashContact night = contact(OXFORDSHIRE);
    assertThat(outOfHours.waiting(OXFORDSHIRE)).extracting(MashContact::id).contains(night.id());
    MashTesting.triage(queue, worker, night.reference());
    assertThat(outOfHours.waiting(OXFORDSHIRE)).as("in triage, still waiting").extracting(MashContact::id).contains(night.id());
    decisions.decide(worker, night.reference(),
        new MashDecisions.Proposal(2, "Support from the school is enough.", Outcome.EARLY_HELP, "Offer early help."));
    assertThat(outOfHours.waiting(OXFORDSHIRE)).extracting(MashContact::id).doesNotContain(night.id());
    mvc.perform(get("/staff/edt").with(as(edt))).andExpect(content().string(not(containsString(night.reference()))));
  }

  @Test
  void eachTeamSeesOnlyItsOwnPages() throws Exception {
    mvc.perform(get("/staff/mash").with(as(edt))).andExpect(status().isForbidden());
    mvc.perform(get("/staff/edt").with(as(worker))).andExpect(status().isForbidden());
    mvc.perform(get("/staff/phone-contacts/new").with(as(edt))).andExpect(status().isOk());
  }

  @Test
  void atTheOpeningTheContactIsHandedOverAndTheTeamCanNoLongerAddToIt() throws Exception {
    MashContact contact = contact(OXFORDSHIRE);
    outOfHours.record(edt, contact.reference(), "Called the family; no answer.");
    outOfHours.handOver(OXFORDSHIRE);
    assertThat(outOfHours.waiting(OXFORDSHIRE)).extracting(MashContact::id).as("the office has not opened yet").contains(contact.id());

    // As if it had arrived at 06:00 this morning, before the 08:30 opening.
    transactions.executeWithoutResult(
        status -> {
          tenancy.bind(OXFORDSHIRE);
          jdbc.sql("UPDATE mash_contact SET received_at = ?, clock_started_at = ? WHERE authority_id = ? AND id = ?")
              .params(Timestamp.from(Instant.parse("2026-11-27T06:00:00Z")), Timestamp.from(Instant.parse("2026-11-27T08:30:00Z")),
                  OXFORDSHIRE, contact.id())
              .update();
        });
    assertThat(outOfHours.handOver(OXFORDSHIRE)).isGreaterThanOrEqualTo(1);
    assertThat(outOfHours.waiting(OXFORDSHIRE)).extracting(MashContact::id).doesNotContain(contact.id());
    MashContact handedOver =
        queue.awaitingDecision(OXFORDSHIRE).stream().filter(c -> c.id().equals(contact.id())).findFirst().orElseThrow();
    assertThat(handedOver.handedOverAt()).isEqualTo(Instant.parse("2026-11-27T08:30:00Z"));
    assertThat(outOfHours.record(edt, contact.reference(), "Too late")).isFalse();
    mvc.perform(post("/staff/edt/contacts/" + contact.reference()).with(csrf()).with(as(edt)).param("action", "Too late"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("This contact has been handed over to the MASH; tell the MASH directly")));
    assertThat(audit.about(OXFORDSHIRE, MashQueue.SUBJECT, contact.reference()))
        .extracting(AuditEntry::action).contains("HANDED_OVER");
    mvc.perform(get("/staff/mash/contacts/" + contact.reference()).with(as(worker)))
        .andExpect(content().string(containsString("Handed over to the MASH at 8:30am today.")))
        .andExpect(content().string(not(containsString("Too late"))));
  }
}
