package uk.frontdoor.lado;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.referral.ReferralStatus;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Submission;

/**
 * The LADO's work on an allegation through its pages: the initial consideration (harm test met,
 * or advice given and closed), then the outcome; errors beside the fields; only the LADO.
 */
@IntegrationTest
class LadoWorkIT {

  static final UUID OXFORDSHIRE = LadoIT.OXFORDSHIRE;

  @Autowired MockMvc mvc;
  @Autowired Referrals referrals;
  @Autowired Allegations allegations;
  @Autowired AuditLog audit;
  @Autowired TestClock clock;

  private final StaffUser lado =
      new StaffUser(UUID.randomUUID(), OXFORDSHIRE, "lado@council.example", "Lee Lado", List.of("LADO"), true, null);

  private String allegation() {
    String reference =
        referrals.submit(new Submission(OXFORDSHIRE, Channel.ONLINE, LadoIT.concernAboutACoach(), "lado-work-" + UUID.randomUUID(), null, null))
            .reference();
    await().atMost(Duration.ofSeconds(20))
        .until(() -> allegations.all(OXFORDSHIRE).stream().anyMatch(a -> a.reference().equals(reference)));
    return reference;
  }

  private MockHttpServletResponse as(StaffUser user, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(csrf()).with(authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()))))
        .andReturn().getResponse();
  }

  /** The initial consideration's post, with the adult as the referral named them and their sector. */
  private static MockHttpServletRequestBuilder consideration(String allegation) {
    return post(allegation + "/initial-consideration").param("adultName", "Chris Coach").param("sector", "SPORT");
  }

  private AllegationStatus status(String reference) {
    return allegations.all(OXFORDSHIRE).stream().filter(a -> a.reference().equals(reference)).findFirst().orElseThrow().status();
  }

  @Test
  void anAllegationMeetingTheHarmTestIsManagedThenConcludesWithAnOutcome() throws Exception {
    String reference = allegation();
    String base = "/staff/lado/" + reference;
    assertThat(as(lado, get(base)).getContentAsString()).contains("Record the initial consideration");

    MockHttpServletResponse nothing = as(lado, consideration(base));
    assertThat(nothing.getStatus()).isEqualTo(200);
    assertThat(nothing.getContentAsString()).contains("Select the parts of the harm test that apply, or select ‘None of these’");
    assertThat(status(reference)).isEqualTo(AllegationStatus.NEW);

    assertThat(as(lado, consideration(base).param("harmTest", "HARMED", "RISK")).getRedirectedUrl()).isEqualTo(base);
    assertThat(status(reference)).isEqualTo(AllegationStatus.MANAGED);
    String managed = as(lado, get(base)).getContentAsString();
    assertThat(managed).contains("Being managed", "may pose a risk of harm to children", "Record the outcome")
        .doesNotContain("Record the initial consideration");
    // Considered once: a second consideration (another tab) is refused and says so.
    assertThat(as(lado, consideration(base).param("harmTest", "OFFENCE")).getRedirectedUrl()).isEqualTo(base + "?moved");
    assertThat(as(lado, get(base + "?moved")).getContentAsString()).contains("Someone else recorded this first");

    MockHttpServletResponse incomplete = as(lado, post(base + "/outcome").param("finding", "SUBSTANTIATED"));
    assertThat(incomplete.getContentAsString()).contains("Select what the employer has done", "Select whether a referral was made");
    assertThat(as(lado, post(base + "/outcome").param("finding", "SUBSTANTIATED").param("employerAction", "DISMISSAL")
            .param("regulator", "DBS").param("notes", "Dismissed after the hearing.")).getRedirectedUrl()).isEqualTo(base);
    assertThat(status(reference)).isEqualTo(AllegationStatus.CONCLUDED);
    assertThat(as(lado, get(base)).getContentAsString())
        .contains("Substantiated: There is sufficient evidence to prove the allegation", "Dismissed",
            "Referred to the Disclosure and Barring Service", "Dismissed after the hearing.")
        .doesNotContain("Record the outcome");
    assertThat(as(lado, post(base + "/outcome").param("finding", "FALSE").param("employerAction", "NO_ACTION")
            .param("regulator", "NONE")).getRedirectedUrl()).isEqualTo(base + "?moved");
    assertThat(allegations.outcome(OXFORDSHIRE, allegations.all(OXFORDSHIRE).stream()
            .filter(a -> a.reference().equals(reference)).findFirst().orElseThrow().id()).orElseThrow().finding())
        .isEqualTo(Finding.SUBSTANTIATED);
    assertThat(audit.about(OXFORDSHIRE, Allegations.SUBJECT, reference))
        .extracting(uk.frontdoor.audit.AuditEntry::action)
        .contains("CONSIDERED", "CONCLUDED");
    // A concern that came straight to the LADO is decided when the LADO's work ends.
    assertThat(referrals.find(OXFORDSHIRE, reference).orElseThrow().status()).isEqualTo(ReferralStatus.DECIDED);
  }

  @Test
  void aMeetingRecordsWhoTookPartWhatWasAgreedAndActionsThatAreMarkedDone() throws Exception {
    String reference = allegation();
    String base = "/staff/lado/" + reference;
    // Only an allegation being managed has meetings.
    assertThat(as(lado, get(base + "/meeting")).getRedirectedUrl()).isEqualTo(base);
    as(lado, consideration(base).param("harmTest", "OFFENCE"));

    MockHttpServletResponse wrong = as(lado, post(base + "/meeting").param("heldDay", "30").param("heldMonth", "11")
        .param("heldYear", "2026").param("attendees", "DC Jones, police").param("agreed", "Police to interview.")
        .param("action1", "Interview the coach"));
    assertThat(wrong.getContentAsString())
        .contains("Date of the meeting must be today or in the past", "Enter who does action 1", "Enter when action 1 is due")
        .contains("Interview the coach");

    assertThat(as(lado, post(base + "/meeting").param("heldDay", "27").param("heldMonth", "11").param("heldYear", "2026")
            .param("attendees", "DC Jones, Thames Valley Police; Ms Patel, club chair").param("agreed", "Police to interview; club suspends.")
            .param("action1", "Interview the coach").param("owner1", "DC Jones").param("due1Day", "4").param("due1Month", "12").param("due1Year", "2026")
            .param("action2", "Suspend pending the police").param("owner2", "Ms Patel").param("due2Day", "30").param("due2Month", "11").param("due2Year", "2026"))
        .getRedirectedUrl()).isEqualTo(base + "#meetings");
    Allegation allegation = allegations.all(OXFORDSHIRE).stream().filter(a -> a.reference().equals(reference)).findFirst().orElseThrow();
    Meeting meeting = allegations.meetings(OXFORDSHIRE, allegation.id()).get(0);
    assertThat(meeting.actions()).extracting(Meeting.Action::owner).containsExactly("DC Jones", "Ms Patel");

    clock.advance(Duration.ofDays(5));
    String page = as(lado, get(base)).getContentAsString();
    assertThat(page).contains("Meeting on 27 November 2026", "Interview the coach", "Overdue");
    as(lado, post(base + "/meetings/" + meeting.id() + "/actions/1/done"));
    as(lado, post(base + "/meetings/" + meeting.id() + "/actions/2/done"));
    assertThat(allegations.meetings(OXFORDSHIRE, allegation.id()).get(0).actions()).allMatch(Meeting.Action::done);
    assertThat(as(lado, get(base)).getContentAsString()).doesNotContain("Overdue");
  }

  @Test
  void theConsiderationRecordsTheAdultAndShowsEarlierAllegationsAboutThem() throws Exception {
    String first = allegation();
    String second = allegation();
    // The form starts from the adult as the referral named them.
    assertThat(as(lado, get("/staff/lado/" + first + "/initial-consideration")).getContentAsString())
        .contains("value=\"Chris Coach\"", "value=\"Banbury Juniors FC\"");
    MockHttpServletResponse noSector =
        as(lado, post("/staff/lado/" + first + "/initial-consideration").param("adultName", "Chris Coach").param("harmTest", "HARMED"));
    assertThat(noSector.getContentAsString()).contains("Select the sector they work in");
    as(lado, post("/staff/lado/" + first + "/initial-consideration").param("adultName", "Chris Coach")
        .param("adultBornDay", "3").param("adultBornMonth", "4").param("adultBornYear", "1980")
        .param("sector", "SPORT").param("otherRoles", "Foster carer").param("harmTest", "HARMED"));
    // The same adult, written differently, born the same day.
    as(lado, post("/staff/lado/" + second + "/initial-consideration").param("adultName", "  chris COACH ")
        .param("adultBornDay", "3").param("adultBornMonth", "4").param("adultBornYear", "1980")
        .param("sector", "SPORT").param("harmTest", "RISK"));
    String page = as(lado, get("/staff/lado/" + second)).getContentAsString();
    assertThat(page).contains("about an adult of the same name", first, "Sport");
    Allegation firstAllegation = allegations.all(OXFORDSHIRE).stream().filter(a -> a.reference().equals(first)).findFirst().orElseThrow();
    assertThat(allegations.adult(OXFORDSHIRE, firstAllegation.id()).orElseThrow().otherRoles()).isEqualTo("Foster carer");
    assertThat(allegations.earlierAbout(OXFORDSHIRE, firstAllegation.id())).extracting(Allegation::reference).contains(second);
  }

  @Test
  void theCouncilsTimelinessCountsEachAllegationFromItsArrivalToItsResolution() throws Exception {
    // The twelve months counted end 50 days on: the baseline is the same window, before these two.
    Timeliness before = allegations.timeliness(OXFORDSHIRE, clock.instant().plus(Duration.ofDays(50)));
    String quick = allegation();
    String slow = allegation();
    clock.advance(Duration.ofDays(20));
    as(lado, consideration("/staff/lado/" + quick).param("harmTest", "NONE").param("advice", "Low-level concern."));
    as(lado, consideration("/staff/lado/" + slow).param("harmTest", "OFFENCE"));
    clock.advance(Duration.ofDays(30));
    assertThat(as(lado, get("/staff/lado")).getContentAsString()).contains("50 days open");
    as(lado, post("/staff/lado/" + slow + "/outcome").param("finding", "UNSUBSTANTIATED").param("employerAction", "NO_ACTION")
        .param("regulator", "NONE"));

    Timeliness after = allegations.timeliness(OXFORDSHIRE);
    assertThat(after.resolved() - before.resolved()).isEqualTo(2);
    assertThat(after.withinOneMonth() - before.withinOneMonth()).as("resolved in 20 days").isEqualTo(1);
    assertThat(after.withinThreeMonths() - before.withinThreeMonths()).as("both within three months").isEqualTo(2);
    String list = as(lado, get("/staff/lado")).getContentAsString();
    assertThat(list).contains("Resolved in 20 days", "Resolved in 50 days", "(target 80%)");
  }

  @Test
  void whereTheHarmTestDoesNotApplyTheAdviceIsKeptAndTheAllegationCloses() throws Exception {
    String reference = allegation();
    String base = "/staff/lado/" + reference;
    MockHttpServletResponse noAdvice = as(lado, consideration(base).param("harmTest", "NONE"));
    assertThat(noAdvice.getContentAsString()).contains("Enter the advice given");
    MockHttpServletResponse both = as(lado, consideration(base).param("harmTest", "NONE", "HARMED"));
    assertThat(both.getContentAsString()).contains("not both");
    assertThat(as(lado, consideration(base).param("harmTest", "NONE")
            .param("advice", "The club deals with it as a low-level concern.")).getRedirectedUrl()).isEqualTo(base);
    assertThat(status(reference)).isEqualTo(AllegationStatus.CLOSED_WITH_ADVICE);
    assertThat(as(lado, get(base)).getContentAsString())
        .contains("Closed with advice", "The club deals with it as a low-level concern.")
        .doesNotContain("Record the outcome");
    // Nothing more can be recorded on a closed allegation: its forms lead back to it.
    assertThat(as(lado, get(base + "/outcome")).getRedirectedUrl()).isEqualTo(base);
  }

  @Test
  void noOneButTheLadoCanConsiderAnAllegation() throws Exception {
    String reference = allegation();
    for (String role : List.of("MASH_SOCIAL_WORKER", "MASH_MANAGER", "CALL_HANDLER", "EDT_WORKER", "COUNCIL_ADMINISTRATOR")) {
      StaffUser other = new StaffUser(UUID.randomUUID(), OXFORDSHIRE, "x@council.example", "Someone", List.of(role), true, null);
      assertThat(as(other, consideration("/staff/lado/" + reference).param("harmTest", "HARMED")).getStatus())
          .as(role).isEqualTo(403);
      assertThat(as(other, get("/staff/lado/" + reference)).getStatus()).as(role).isEqualTo(403);
    }
    assertThat(status(reference)).isEqualTo(AllegationStatus.NEW);
  }
}
