package uk.frontdoor.lado;

import static org.awaitility.Awaitility.await;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.council.Closure;
import uk.frontdoor.council.CouncilChanges;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashContact;
import uk.frontdoor.mash.MashDecisions;
import uk.frontdoor.mash.MashDecisions.Proposal;
import uk.frontdoor.mash.MashQueue;
import uk.frontdoor.mash.Outcome;
import uk.frontdoor.platform.workflow.EveryMove;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.Route;
import uk.frontdoor.referral.ReferralSubmissionIT;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Submission;

/** A MASH decision to refer to the LADO opens an allegation that only the LADO sees. */
@IntegrationTest
class LadoIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID BRACKNELL_FOREST = UUID.fromString("00000000-0000-4000-8000-000000000002");

  @Autowired MockMvc mvc;
  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired MashDecisions decisions;
  @Autowired Allegations allegations;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired EveryMove everyMove;
  @Autowired TestClock clock;
  @Autowired CouncilChanges changes;

  private static StaffUser staff(String name, String role) {
    return staff(OXFORDSHIRE, name, role);
  }

  private static StaffUser staff(UUID council, String name, String role) {
    return new StaffUser(UUID.randomUUID(), council, "x@council.example", name, List.of(role), true, null);
  }

  private static RequestPostProcessor as(StaffUser user) {
    return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
  }

  private static <T> T eventually(java.util.concurrent.Callable<java.util.Optional<T>> probe) {
    return await().atMost(Duration.ofSeconds(20)).until(probe, java.util.Optional::isPresent).orElseThrow();
  }

  @Test
  void aMashDecisionToReferToTheLadoOpensAnAllegation() throws Exception {
    String reference =
        referrals.submit(new Submission(OXFORDSHIRE, Channel.ONLINE, ReferralSubmissionIT.professionalReferral("dsl@example.org"),
            "lado-" + UUID.randomUUID(), null, null)).reference();
    MashContact contact =
        eventually(() -> queue.awaitingDecision(OXFORDSHIRE).stream().filter(c -> c.reference().equals(reference)).findFirst());
    assertThat(publications(reference, "uk.frontdoor.mash.%")).as("the MASH's intake got the concern").isEqualTo(1);
    StaffUser worker = staff("Wendy Worker", "MASH_SOCIAL_WORKER");
    uk.frontdoor.mash.MashTesting.triage(queue, worker, contact.reference());
    decisions.decide(worker, contact.reference(),
        new Proposal(3, "The step-father is a sports coach.", Outcome.LADO, "Refer to the LADO today."));
    assertThat(decisions.authorise(staff("Mo Manager", "MASH_MANAGER"), contact.reference())).isEqualTo(MashDecisions.Result.DONE);

    Allegation allegation =
        eventually(() -> allegations.all(OXFORDSHIRE).stream().filter(a -> a.reference().equals(reference)).findFirst());
    assertThat(allegation.referralId()).isEqualTo(contact.referralId());

    StaffUser lado = staff("Lee Lado", "LADO");
    mvc.perform(get("/staff/lado").with(as(lado))).andExpect(status().isOk()).andExpect(content().string(containsString(reference)));
    mvc.perform(get("/staff/lado/" + reference).with(as(lado)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Ava said her step-father hit her with a belt.")));
    mvc.perform(get("/staff/lado").with(as(worker))).andExpect(status().isForbidden());
  }

  /** A concern about a football coach, as the short route for adults who work with children sends it, naming the children given. */
  static ReferralDocument concernAboutACoach(ReferralDocument.Child... children) {
    return concernAboutACoach(null, children);
  }

  /** As above, with when the coach's club became aware of it; null if not said. */
  static ReferralDocument concernAboutACoach(Instant employerAwareAt, ReferralDocument.Child... children) {
    return new ReferralDocument(
        Route.LADO, null, null, false, List.of(children), List.of(), null,
        new ReferralDocument.Concern("A football coach sends a 12-year-old messages at night.", null,
            List.of(HarmCategory.NOT_SURE), false, null, null),
        null, null, null,
        new ReferralDocument.AdultWhoWorksWithChildren("Chris Coach", "Banbury Juniors FC", "Coach", List.of(),
            "Messages a 12-year-old at night and asked her to keep them secret.", null, null, null, null, employerAwareAt, null),
        null,
        List.of(
            new ReferralDocument.Answer("What is the adult’s name?", "Chris Coach"),
            new ReferralDocument.Answer("Where do they work or volunteer?", "Banbury Juniors FC"),
            new ReferralDocument.Answer("What happened?", "Messages a 12-year-old at night and asked her to keep them secret.")),
        null);
  }

  @Test
  void aConcernAboutAnAdultWhoWorksWithChildrenGoesToTheLadoAndNotTheMash() throws Exception {
    ReferralDocument concern = concernAboutACoach();
    String reference =
        referrals.submit(new Submission(OXFORDSHIRE, Channel.ONLINE, concern, "lado-direct-" + UUID.randomUUID(), null, null))
            .reference();
    eventually(() -> allegations.all(OXFORDSHIRE).stream().filter(a -> a.reference().equals(reference)).findFirst());
    // Which listeners get the event is settled when the concern is committed: the registry holds
    // a publication for each, written in the submitting transaction. The LADO's is there and the
    // MASH's intake has none, so the MASH never receives the concern, however slow it is.
    assertThat(publications(reference, "uk.frontdoor.lado.%")).as("the LADO's publication").isEqualTo(1);
    assertThat(publications(reference, "uk.frontdoor.mash.%")).as("the MASH's publications").isZero();
    assertThat(queue.awaitingDecision(OXFORDSHIRE)).extracting(MashContact::reference).doesNotContain(reference);
    // The LADO reads what the reporter was asked, once, and nothing they were not asked.
    String page =
        mvc.perform(get("/staff/lado/" + reference).with(as(staff("Lee Lado", "LADO"))))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("What is the adult’s name?", "Where do they work or volunteer?")
        .doesNotContain("Kinds of harm", "I’m not sure", "Employer and role");
    assertThat(page.split("asked her to keep them secret", -1)).as("the answer appears once").hasSize(2);
    await("the LADO's publication completed")
        .atMost(Duration.ofSeconds(20))
        .until(() -> jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND completion_date IS NULL")
            .param("%" + reference + "%").query(Long.class).single(), n -> n == 0);
  }

  /** The allegation page of a concern the employer knew of at the time, sent to the council's LADO now. */
  private String toTheLado(UUID council, Instant employerAwareAt) throws Exception {
    String reference =
        referrals.submit(new Submission(council, Channel.ONLINE, concernAboutACoach(employerAwareAt), "lado-aware-" + UUID.randomUUID(), null, null))
            .reference();
    eventually(() -> allegations.all(council).stream().filter(a -> a.reference().equals(reference)).findFirst());
    return mvc.perform(get("/staff/lado/" + reference).with(as(staff(council, "Lee Lado", "LADO"))))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  @Test
  void theEmployersOneWorkingDayCountsTheLadosOwnCouncilsClosureAndNoOtherCouncils() throws Exception {
    try (Closure closed = Closure.of(changes, OXFORDSHIRE, "2026-12-01")) {
      // The club knew on Monday 30 November; the LADO hears on Wednesday 2 December.
      clock.moveTo(Instant.parse("2026-12-02T11:00:00Z"));
      Instant aware = Instant.parse("2026-11-30T10:00:00Z");
      // Oxfordshire is closed on Tuesday 1 December, so Wednesday is its first working day after.
      assertThat(toTheLado(OXFORDSHIRE, aware))
          .contains("1 working day ago.", "The LADO was told within one working day.");
      assertThat(toTheLado(BRACKNELL_FOREST, aware)).as("another council's")
          .contains("2 working days ago.", "The LADO was told 2 working days after it, not within one working day.");
    }
  }

  /** The concern's event publications, complete or not, to listeners whose id is like the pattern. */
  private long publications(String reference, String listener) {
    return jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND listener_id LIKE ?")
        .params("%" + reference + "%", listener)
        .query(Long.class)
        .single();
  }

  /**
   * An allegation arrives NEW with its arrival in its history; each of the LADO's commands is
   * tried in every status: it moves as the table says, or is refused and changes nothing.
   */
  @Test
  void everyCommandInEveryStatusOfAnAllegationMovesAsTheTableSaysOrIsRefused() throws Exception {
    List<String> outcomes =
        everyMove.check(
            Allegations.ALLEGATIONS, OXFORDSHIRE,
            () -> {
              String reference =
                  referrals.submit(new Submission(OXFORDSHIRE, Channel.ONLINE, concernAboutACoach(), "lado-moves-" + UUID.randomUUID(), null, null))
                      .reference();
              return eventually(() -> allegations.all(OXFORDSHIRE).stream().filter(a -> a.reference().equals(reference)).findFirst()).id();
            });
    assertThat(outcomes)
        .containsExactly(
            "NEW MANAGE to MANAGED", "NEW ADVISE to CLOSED_WITH_ADVICE", "NEW CONCLUDE refused",
            "MANAGED MANAGE refused", "MANAGED ADVISE refused", "MANAGED CONCLUDE to CONCLUDED",
            "CLOSED_WITH_ADVICE MANAGE refused", "CLOSED_WITH_ADVICE ADVISE refused", "CLOSED_WITH_ADVICE CONCLUDE refused",
            "CONCLUDED MANAGE refused", "CONCLUDED ADVISE refused", "CONCLUDED CONCLUDE refused");
  }
}
