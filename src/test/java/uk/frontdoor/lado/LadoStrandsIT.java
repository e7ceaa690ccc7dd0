package uk.frontdoor.lado;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static uk.frontdoor.mash.MashTesting.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.platform.workflow.EveryMove;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Submission;

/**
 * The strands of an allegation being managed: the police's, the section 47 enquiry's and the
 * employer's, each started once and concluded with one of its own outcomes, mistakes shown beside
 * their fields; none before the harm test applies; every move as the table says.
 */
@IntegrationTest
class LadoStrandsIT {

  static final UUID OXFORDSHIRE = LadoIT.OXFORDSHIRE;

  @Autowired MockMvc mvc;
  @Autowired Referrals referrals;
  @Autowired Allegations allegations;
  @Autowired Strands strands;
  @Autowired AuditLog audit;
  @Autowired EveryMove everyMove;
  @Autowired uk.frontdoor.mash.MashQueue queue;
  @Autowired uk.frontdoor.mash.MashDecisions decisions;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
  @Autowired uk.frontdoor.platform.Tenancy tenancy;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  final StaffUser lado = MashTesting.named("Lee Lado", OXFORDSHIRE, "LADO");

  private Allegation allegation(uk.frontdoor.referral.ReferralDocument.Child... children) {
    String reference =
        referrals.submit(new Submission(OXFORDSHIRE, Channel.ONLINE, LadoIT.concernAboutACoach(children), "strands-" + UUID.randomUUID(), null, null))
            .reference();
    await().atMost(Duration.ofSeconds(20))
        .until(() -> allegations.all(OXFORDSHIRE).stream().anyMatch(a -> a.reference().equals(reference)));
    return allegations.open(lado, reference).orElseThrow();
  }

  private Allegation managed(uk.frontdoor.referral.ReferralDocument.Child... children) {
    Allegation allegation = allegation(children);
    allegations.consider(lado, allegation, new Adult("Chris Coach", null, "Coach", "Banbury Juniors FC", "SPORT", null),
        List.of(HarmTest.OFFENCE), null);
    return allegations.open(lado, allegation.reference()).orElseThrow();
  }

  private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String... params) throws Exception {
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request.with(as(lado)).with(csrf())).andReturn().getResponse();
  }

  @Test
  void eachStrandStartsOnceAndConcludesWithOneOfItsOwnOutcomes() throws Exception {
    Allegation fresh = allegation();
    assertThat(strands.start(lado, fresh, StrandKind.POLICE, LocalDate.parse("2026-11-26")))
        .as("not before the harm test applies").isEqualTo(Strands.Result.NOT_MANAGED);

    Allegation allegation = managed();
    String base = "/staff/lado/" + allegation.reference() + "/strands";
    MockHttpServletResponse wrong = send(post(base + "/new"), "onDay", "1", "onMonth", "1", "onYear", "9999");
    assertThat(wrong.getStatus()).isEqualTo(200);
    assertThat(wrong.getContentAsString())
        .contains("Select which strand has started")
        .contains("The date it started must be in the last 10 years, and not in the future")
        .contains("value=\"9999\"");
    assertThat(send(post(base + "/new"), "kind", "POLICE", "onDay", "26", "onMonth", "11", "onYear", "2026").getRedirectedUrl())
        .isEqualTo("/staff/lado/" + allegation.reference() + "#strands");
    assertThat(send(post(base + "/new"), "kind", "POLICE", "onDay", "27", "onMonth", "11", "onYear", "2026").getContentAsString())
        .contains("That strand has been started already");
    assertThat(strands.start(lado, allegation, StrandKind.EMPLOYER, LocalDate.parse("2026-11-27"))).isEqualTo(Strands.Result.DONE);

    Strand police = strands.of(OXFORDSHIRE, allegation.id()).get(0);
    assertThat(police.kind()).isEqualTo(StrandKind.POLICE);
    String outcome = base + "/" + police.id() + "/outcome";
    MockHttpServletResponse bad = send(post(outcome), "outcome", "DISMISSAL", "onDay", "20", "onMonth", "11", "onYear", "2026", "notes", "Kept");
    assertThat(bad.getContentAsString())
        .as("an employer's outcome is not the police's")
        .contains("Select the outcome")
        .contains("The date it ended must be on or after the day it started")
        .contains("Kept");
    assertThat(send(post(outcome), "outcome", "NO_FURTHER_ACTION", "onDay", "27", "onMonth", "11", "onYear", "2026", "notes", "CPS advice")
            .getRedirectedUrl()).endsWith("#strands");
    assertThat(mvc.perform(get(outcome).with(as(lado))).andReturn().getResponse().getStatus()).as("concluded: no form").isEqualTo(404);

    String page = mvc.perform(get("/staff/lado/" + allegation.reference()).with(as(lado))).andReturn().getResponse().getContentAsString();
    assertThat(page)
        .contains("Police investigation")
        .contains("ended 27 November 2026: No further action")
        .contains("The employer’s own process")
        .contains("under way");
    assertThat(audit.about(OXFORDSHIRE, Allegations.SUBJECT, allegation.reference())).extracting(e -> e.action())
        .contains("STRAND_STARTED", "STRAND_CONCLUDED");
    assertThat(mvc.perform(get(base + "/new").with(as(MashTesting.named("Mia Mash", OXFORDSHIRE, "MASH_SOCIAL_WORKER"))))
        .andReturn().getResponse().getStatus()).isEqualTo(403);
  }

  @Test
  void everyStrandCommandInEveryStatusMovesAsTheTableSaysOrIsRefused() throws Exception {
    List<String> outcomes =
        everyMove.check(Strands.STRANDS, OXFORDSHIRE, () -> {
          Allegation allegation = managed();
          assertThat(strands.start(lado, allegation, StrandKind.SECTION_47, LocalDate.parse("2026-11-27"))).isEqualTo(Strands.Result.DONE);
          return strands.of(OXFORDSHIRE, allegation.id()).get(0).id();
        });
    assertThat(outcomes).containsExactly("OPEN CONCLUDE to CONCLUDED", "CONCLUDED CONCLUDE refused");
  }

  @Test
  void theSectionFortySevenStrandLinksToTheCouncilsEnquiryAboutTheChildTheAllegationNames() throws Exception {
    String surname = "Brook" + UUID.randomUUID().toString().substring(0, 6);
    UUID mia = childWithEnquiry(uk.frontdoor.casework.CaseworkTesting.child("Mia", surname, "2014-03-03"));
    UUID other = childWithEnquiry(uk.frontdoor.casework.CaseworkTesting.child("Noah", surname, "2012-01-01"));
    UUID miasEnquiry = uk.frontdoor.casework.ProtectionTesting.conferenceEnquiry(
        transactions, tenancy, jdbc, OXFORDSHIRE, mia, LocalDate.parse("2026-11-27"), LocalDate.parse("2026-12-18"));
    UUID othersEnquiry = uk.frontdoor.casework.ProtectionTesting.conferenceEnquiry(
        transactions, tenancy, jdbc, OXFORDSHIRE, other, LocalDate.parse("2026-11-27"), LocalDate.parse("2026-12-18"));

    Allegation allegation = managed(uk.frontdoor.casework.CaseworkTesting.child("Mia", surname.toUpperCase(java.util.Locale.UK), "2014-03-03"));
    assertThat(strands.start(lado, allegation, StrandKind.SECTION_47, LocalDate.parse("2026-11-27"))).isEqualTo(Strands.Result.DONE);
    assertThat(strands.start(lado, allegation, StrandKind.POLICE, LocalDate.parse("2026-11-27"))).isEqualTo(Strands.Result.DONE);
    List<Strand> list = strands.of(OXFORDSHIRE, allegation.id());
    Strand section47 = list.stream().filter(s -> s.kind() == StrandKind.SECTION_47).findFirst().orElseThrow();
    Strand police = list.stream().filter(s -> s.kind() == StrandKind.POLICE).findFirst().orElseThrow();
    String link = "/staff/lado/" + allegation.reference() + "/strands/" + section47.id() + "/enquiry";

    String form = mvc.perform(get(link).with(as(lado))).andReturn().getResponse().getContentAsString();
    assertThat(form)
        .as("the named child's enquiry, found by surname and date of birth, and not her brother's")
        .contains("Mia " + surname + ", born 3 March 2014: started 27 November 2026, completed")
        .contains(miasEnquiry.toString())
        .doesNotContain(othersEnquiry.toString());
    assertThat(send(post(link), "enquiry", othersEnquiry.toString()).getContentAsString())
        .as("another child's enquiry is refused").contains("Select the section 47 enquiry");
    assertThat(strands.of(OXFORDSHIRE, allegation.id()).stream().allMatch(s -> s.enquiryId() == null)).isTrue();
    assertThat(mvc.perform(get("/staff/lado/" + allegation.reference() + "/strands/" + police.id() + "/enquiry").with(as(lado)))
        .andReturn().getResponse().getStatus()).as("only the section 47 strand links to an enquiry").isEqualTo(404);

    assertThat(send(post(link), "enquiry", miasEnquiry.toString()).getRedirectedUrl()).endsWith("#strands");
    String page = mvc.perform(get("/staff/lado/" + allegation.reference()).with(as(lado))).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("The council’s enquiry about Mia " + surname + ": started 27 November 2026, completed 27 November 2026");
    assertThat(audit.about(OXFORDSHIRE, Allegations.SUBJECT, allegation.reference())).extracting(e -> e.action()).contains("STRAND_LINKED");
    assertThat(audit.about(OXFORDSHIRE, uk.frontdoor.casework.Episodes.SUBJECT, mia.toString())).extracting(e -> e.action())
        .as("the LADO's views of the child's enquiry are audited on her record").contains("ENQUIRY_VIEWED");
  }

  private UUID childWithEnquiry(uk.frontdoor.referral.ReferralDocument.Child child) {
    String reference = uk.frontdoor.casework.CaseworkTesting.authorisedDecision(referrals, queue, decisions, OXFORDSHIRE,
        uk.frontdoor.casework.CaseworkTesting.referralAbout(child), uk.frontdoor.mash.Outcome.STRATEGY_DISCUSSION);
    return uk.frontdoor.casework.CaseworkTesting.episodesOf(transactions, tenancy, jdbc, OXFORDSHIRE, reference, 1).get(0);
  }
}
