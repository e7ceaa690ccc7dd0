package uk.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.casework.PreProceeding.Decision;
import uk.frontdoor.casework.PreProceedings.Result;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashDecisions;
import uk.frontdoor.mash.MashQueue;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.mash.Outcome;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.workflow.EveryMove;
import uk.frontdoor.referral.Referrals;

/**
 * Family group decision-making and pre-proceedings: a decision to issue care proceedings is refused
 * until a family group decision-making meeting has been offered (the 2026 Act, s.1), on the page
 * with a GOV.UK error; each step is dated sanely, audited and in the chronology; every command in
 * every status moves as the table says or is refused.
 */
@IntegrationTest
class PreProceedingsIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired MashDecisions decisions;
  @Autowired Episodes episodes;
  @Autowired PreProceedings preProceedings;
  @Autowired Chronology chronology;
  @Autowired AuditLog audit;
  @Autowired EveryMove everyMove;
  @Autowired TestClock clock;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  final StaffUser worker = MashTesting.named("Sam Social", OXFORDSHIRE, "SOCIAL_WORKER");

  private UUID decided(String first, String last) {
    String reference = authorisedDecision(referrals, queue, decisions, OXFORDSHIRE, referralAbout(child(first, last, "2016-01-01")),
        Outcome.CHILD_AND_FAMILY_ASSESSMENT);
    return CaseworkTesting.episodesOf(transactions, tenancy, jdbc, OXFORDSHIRE, reference, 1).get(0);
  }

  private static LocalDate day(String on) {
    return LocalDate.parse(on);
  }

  private static MockHttpServletRequestBuilder step(UUID episode, String step, String on, String choice, String text) {
    LocalDate date = on == null ? null : LocalDate.parse(on);
    MockHttpServletRequestBuilder post = post("/staff/casework/episodes/" + episode + "/pre-proceedings/" + step).with(as(
        MashTesting.named("Sam Social", OXFORDSHIRE, "SOCIAL_WORKER"))).with(csrf());
    if (date != null) {
      post.param("dateDay", "" + date.getDayOfMonth()).param("dateMonth", "" + date.getMonthValue()).param("dateYear", "" + date.getYear());
    }
    if (choice != null) {
      post.param("choice", choice);
    }
    if (text != null) {
      post.param("text", text);
    }
    return post;
  }

  @Test
  void issuingCareProceedingsIsRefusedUntilAFamilyGroupDecisionMakingMeetingIsOffered() throws Exception {
    UUID id = decided("Nell", "Ashcombe");
    clock.moveTo(Instant.parse("2027-01-20T12:00:00Z"));
    assertThat(preProceedings.decide(worker, id, day("2026-12-01"), Decision.ISSUE_CARE_PROCEEDINGS, null)).isEqualTo(Result.FGDM_NOT_OFFERED);
    mvc.perform(step(id, "decision", "2026-12-01", "ISSUE_CARE_PROCEEDINGS", null))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Error: Record a pre-proceedings decision")))
        .andExpect(content().string(containsString("A family group decision-making meeting must be offered first")))
        .andExpect(content().string(containsString("value=\"ISSUE_CARE_PROCEEDINGS\"\n           id=\"choice\" checked=\"checked\"")));
    assertThat(preProceedings.latest(OXFORDSHIRE, id)).as("a refused step stores nothing").isEmpty();

    mvc.perform(step(id, "letter", "2026-12-01", "yes", null))
        .andExpect(content().string(containsString("A family group decision-making meeting must be offered first")));
    mvc.perform(step(id, "letter", "2026-12-01", "no", null)).andExpect(redirectedUrl("/staff/casework/episodes/" + id + "#pre-proceedings"));
    mvc.perform(step(id, "meeting", "2026-11-30", null, null))
        .andExpect(content().string(containsString("The date must be on or after 1 December 2026, the referral date or the last step")));
    assertThat(preProceedings.holdMeeting(worker, id, day("2026-12-08"))).isEqualTo(Result.DONE);
    assertThat(preProceedings.decide(worker, id, day("2026-12-08"), Decision.CONTINUE_PRE_PROCEEDINGS, null)).isEqualTo(Result.DONE);
    assertThat(preProceedings.decide(worker, id, day("2026-12-09"), Decision.ISSUE_CARE_PROCEEDINGS, null)).isEqualTo(Result.FGDM_NOT_OFFERED);
    mvc.perform(step(id, "decision", "2026-12-09", "END_PRE_PROCEEDINGS", "")).andExpect(content().string(containsString("Say why pre-proceedings end")));

    mvc.perform(step(id, "fgdm-offer", "2026-12-10", "yes", null)).andExpect(redirectedUrl("/staff/casework/episodes/" + id + "#pre-proceedings"));
    assertThat(preProceedings.offerFgdm(worker, id, day("2026-12-10"), true)).isEqualTo(Result.WRONG_STAGE);
    mvc.perform(step(id, "fgdm-meeting", "2026-12-17", null, "")).andExpect(content().string(containsString("Say what the family decided")));
    assertThat(preProceedings.holdFgdm(worker, id, day("2026-12-17"), "The grandparents will care for Nell on weekdays.")).isEqualTo(Result.DONE);
    mvc.perform(step(id, "decision", "2027-01-21", "ISSUE_CARE_PROCEEDINGS", null))
        .andExpect(content().string(containsString("The date must be today or in the past")));
    mvc.perform(step(id, "decision", "2027-01-05", "ISSUE_CARE_PROCEEDINGS", null))
        .andExpect(redirectedUrl("/staff/casework/episodes/" + id + "#pre-proceedings"));

    PreProceeding done = preProceedings.latest(OXFORDSHIRE, id).orElseThrow();
    assertThat(done.status()).isEqualTo(PreProceedingsStatus.PROCEEDINGS_ISSUED);
    assertThat(done.letterIncludesFgdmOffer()).isFalse();
    assertThat(done.meetings()).containsExactly(day("2026-12-08"));
    assertThat(done.decisions()).extracting(PreProceeding.Decided::decision)
        .containsExactly(Decision.CONTINUE_PRE_PROCEEDINGS, Decision.ISSUE_CARE_PROCEEDINGS);

    mvc.perform(get("/staff/casework/episodes/" + id).with(as(worker)))
        .andExpect(content().string(containsString("Care proceedings to be issued")))
        .andExpect(content().string(containsString("The grandparents will care for Nell on weekdays.")))
        .andExpect(content().string(containsString("without the offer of a family group decision-making meeting")));
    assertThat(chronology.of(OXFORDSHIRE, episodes.find(OXFORDSHIRE, id).orElseThrow()))
        .filteredOn(e -> e.kind().equals(PreProceedingsChronology.KIND))
        .extracting(ChronologyEntry::what)
        .containsExactly(
            "Letter before proceedings sent, without the offer of a family group decision-making meeting",
            "Pre-proceedings meeting held",
            "Pre-proceedings decision: Continue pre-proceedings",
            "Family group decision-making meeting offered: accepted",
            "Family group decision-making meeting held:\nThe grandparents will care for Nell on weekdays.",
            "Pre-proceedings decision: Issue care proceedings");
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, id.toString())).extracting(AuditEntry::action)
        .containsSubsequence("LETTER_BEFORE_PROCEEDINGS", "PRE_PROCEEDINGS_MEETING", "PRE_PROCEEDINGS_DECISION", "FGDM_OFFERED", "FGDM_HELD",
            "PRE_PROCEEDINGS_DECISION");
  }

  @Test
  void datesAreSaneAndOnlyASocialWorkerOrTeamManagerRecordsAtChildInNeed() throws Exception {
    UUID id = decided("Ottilie", "Brandreth");
    mvc.perform(step(id, "fgdm-offer", "2026-11-26", "yes", null))
        .andExpect(content().string(containsString("The date must be on or after 27 November 2026")));
    mvc.perform(step(id, "fgdm-offer", "2026-11-28", "yes", null)).andExpect(content().string(containsString("The date must be today or in the past")));
    mvc.perform(step(id, "fgdm-offer", "2026-11-27", null, null)).andExpect(content().string(containsString("Select whether the family accepted")));
    mvc.perform(step(id, "fgdm-offer", "2026-11-27", "no", null)).andExpect(status().is3xxRedirection());
    assertThat(preProceedings.holdFgdm(worker, id, day("2026-11-27"), "Declined")).isEqualTo(Result.FGDM_NOT_ACCEPTED);
    assertThat(preProceedings.holdMeeting(worker, id, day("2026-11-27"))).as("before the letter").isEqualTo(Result.LETTER_NOT_SENT);
    assertThat(preProceedings.sendLetter(worker, id, day("2026-11-27"), true)).isEqualTo(Result.DONE);
    assertThat(preProceedings.offerFgdm(worker, id, day("2026-11-27"), true)).as("once is enough").isEqualTo(Result.FGDM_OFFERED_ALREADY);
    StaffUser familyHelp = MashTesting.named("Fay Helper", OXFORDSHIRE, "FAMILY_HELP");
    assertThat(preProceedings.offerFgdm(familyHelp, id, day("2026-11-27"), true)).isEqualTo(Result.NOT_ELIGIBLE);
    mvc.perform(get("/staff/casework/episodes/" + id + "/pre-proceedings/letter").with(as(familyHelp))).andExpect(status().isForbidden());
    mvc.perform(get("/staff/casework/episodes/" + id + "/pre-proceedings/letter")
        .with(as(MashTesting.named("Pat", OXFORDSHIRE, "PARTNER_PRACTITIONER")))).andExpect(status().isForbidden());
    mvc.perform(get("/staff/casework/episodes/" + id + "/pre-proceedings/nonsense").with(as(worker))).andExpect(status().isNotFound());
    assertThat(preProceedings.decide(worker, id, day("2026-11-27"), Decision.END_PRE_PROCEEDINGS, "The family made their own plan"))
        .isEqualTo(Result.DONE);
    assertThat(preProceedings.latest(OXFORDSHIRE, id).orElseThrow().status()).isEqualTo(PreProceedingsStatus.ENDED);
    assertThat(preProceedings.offerFgdm(worker, id, day("2026-11-27"), true)).as("a new record after the end").isEqualTo(Result.DONE);
    assertThat(preProceedings.all(OXFORDSHIRE, id)).hasSize(2);
  }

  @Test
  void everyPreProceedingsCommandInEveryStatusMovesAsTheTableSaysOrIsRefused() throws Exception {
    UUID id = decided("Pip", "Everymove");
    Episode episode = episodes.find(OXFORDSHIRE, id).orElseThrow();
    List<String> outcomes = everyMove.check(PreProceedings.RECORDS, OXFORDSHIRE, 
        () -> transactions.execute(status -> {
          tenancy.bind(OXFORDSHIRE);
          return preProceedings.start(worker, episode);
        }));
    assertThat(outcomes).containsExactly(
        "NOT_STARTED OFFER_FGDM to FGDM_OFFERED",
        "NOT_STARTED HOLD_FGDM refused",
        "NOT_STARTED SEND_LETTER to LETTER_SENT",
        "NOT_STARTED HOLD_MEETING refused",
        "NOT_STARTED CONTINUE refused",
        "NOT_STARTED ISSUE to PROCEEDINGS_ISSUED",
        "NOT_STARTED END refused",
        "FGDM_OFFERED OFFER_FGDM refused",
        "FGDM_OFFERED HOLD_FGDM to FGDM_HELD",
        "FGDM_OFFERED SEND_LETTER to LETTER_SENT",
        "FGDM_OFFERED HOLD_MEETING to PRE_PROCEEDINGS",
        "FGDM_OFFERED CONTINUE refused",
        "FGDM_OFFERED ISSUE to PROCEEDINGS_ISSUED",
        "FGDM_OFFERED END to ENDED",
        "FGDM_HELD OFFER_FGDM refused",
        "FGDM_HELD HOLD_FGDM refused",
        "FGDM_HELD SEND_LETTER to LETTER_SENT",
        "FGDM_HELD HOLD_MEETING to PRE_PROCEEDINGS",
        "FGDM_HELD CONTINUE refused",
        "FGDM_HELD ISSUE to PROCEEDINGS_ISSUED",
        "FGDM_HELD END to ENDED",
        "LETTER_SENT OFFER_FGDM to FGDM_OFFERED",
        "LETTER_SENT HOLD_FGDM refused",
        "LETTER_SENT SEND_LETTER refused",
        "LETTER_SENT HOLD_MEETING to PRE_PROCEEDINGS",
        "LETTER_SENT CONTINUE refused",
        "LETTER_SENT ISSUE to PROCEEDINGS_ISSUED",
        "LETTER_SENT END to ENDED",
        "PRE_PROCEEDINGS OFFER_FGDM to FGDM_OFFERED",
        "PRE_PROCEEDINGS HOLD_FGDM refused",
        "PRE_PROCEEDINGS SEND_LETTER refused",
        "PRE_PROCEEDINGS HOLD_MEETING to PRE_PROCEEDINGS",
        "PRE_PROCEEDINGS CONTINUE to PRE_PROCEEDINGS",
        "PRE_PROCEEDINGS ISSUE to PROCEEDINGS_ISSUED",
        "PRE_PROCEEDINGS END to ENDED",
        "PROCEEDINGS_ISSUED OFFER_FGDM refused",
        "PROCEEDINGS_ISSUED HOLD_FGDM refused",
        "PROCEEDINGS_ISSUED SEND_LETTER refused",
        "PROCEEDINGS_ISSUED HOLD_MEETING refused",
        "PROCEEDINGS_ISSUED CONTINUE refused",
        "PROCEEDINGS_ISSUED ISSUE refused",
        "PROCEEDINGS_ISSUED END refused",
        "ENDED OFFER_FGDM refused",
        "ENDED HOLD_FGDM refused",
        "ENDED SEND_LETTER refused",
        "ENDED HOLD_MEETING refused",
        "ENDED CONTINUE refused",
        "ENDED ISSUE refused",
        "ENDED END refused");
  }
}
