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

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.Agency;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.InformationRequest;
import uk.frontdoor.mash.InformationRequests;
import uk.frontdoor.mash.MashDecisions;
import uk.frontdoor.mash.MashQueue;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.mash.Outcome;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.referral.Referrals;

/**
 * A child's chronology builds itself from the MASH contact, its decision, a partner agency's answer
 * and the episode's changes, each linked to its record; a worker adds an event (refused with the
 * reason next to the field when the date is impossible), marks entries as significant and reads only
 * those; a closed episode takes nothing more; another council's workers never see it.
 */
@IntegrationTest
class ChronologyIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID WEST_BERKSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000005");

  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired MashDecisions decisions;
  @Autowired InformationRequests requests;
  @Autowired Episodes episodes;
  @Autowired Chronology chronology;
  @Autowired AuditLog audit;
  @Autowired TestClock clock;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  final StaffUser manager = MashTesting.named("Tess Manager", OXFORDSHIRE, "TEAM_MANAGER");
  final StaffUser worker = MashTesting.named("Sol Worker", OXFORDSHIRE, "SOCIAL_WORKER");
  final StaffUser police = MashTesting.named("Pat Officer", OXFORDSHIRE, "PARTNER_PRACTITIONER");

  private Episode decidedWithAPoliceAnswer(String firstName) {
    String reference =
        authorisedDecision(referrals, queue, decisions, OXFORDSHIRE, referralAbout(child(firstName, "Chrono", "2015-06-01")),
            Outcome.CHILD_AND_FAMILY_ASSESSMENT,
            (mash, ref) -> {
              InformationRequest asked =
                  requests.ask(mash, ref, List.of(Agency.POLICE), List.of(new InformationRequests.Person(firstName + " Chrono", "1 June 2015", null, null)),
                      "What do you hold?").get(0);
              clock.advance(Duration.ofMinutes(30));
              requests.answer(police, Agency.POLICE, asked.id(), false, "Two call-outs to the home in October for shouting.");
            });
    UUID id = CaseworkTesting.episodesOf(transactions, tenancy, jdbc, OXFORDSHIRE, reference, 1).get(0);
    return episodes.find(OXFORDSHIRE, id).orElseThrow();
  }

  @Test
  void theChronologyBuildsItselfFromTheContactTheDecisionAPartnersAnswerAndTheEpisodeInOrderEachLinked() throws Exception {
    Episode episode = decidedWithAPoliceAnswer("Rowan");
    clock.advance(Duration.ofHours(1));
    assertThat(episodes.allocate(manager, episode.id(), demoSocialWorker(), "MASH", "First allocation")).isEqualTo(Episodes.Result.DONE);

    List<ChronologyEntry> entries = chronology.of(OXFORDSHIRE, episode);
    assertThat(entries).extracting(ChronologyEntry::kind)
        .containsSubsequence("Contact", "Partner agency", "MASH decision", "MASH decision", "Episode", "Episode");
    assertThat(entries).extracting(ChronologyEntry::what)
        .anyMatch(what -> what.startsWith("Police answered about Rowan Chrono: Two call-outs"))
        .anyMatch(what -> what.startsWith("MASH decision: Child and family assessment"))
        .anyMatch(what -> what.startsWith("Allocated to "));
    assertThat(entries).isSortedAccordingTo(java.util.Comparator.comparing(ChronologyEntry::at));
    ChronologyEntry received = entries.stream().filter(e -> e.kind().equals("Contact")).findFirst().orElseThrow();
    assertThat(received.link()).startsWith("/staff/casework/episodes/" + episode.id() + "/referrals/");
    mvc.perform(get(received.link()).with(as(worker))).andExpect(status().isOk());

    mvc.perform(get("/staff/casework/episodes/" + episode.id() + "/chronology").with(as(worker)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Police answered about Rowan Chrono")))
        .andExpect(content().string(Matchers.containsString("href=\"" + received.link() + "\"")));
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, episode.id().toString())).anyMatch(e -> e.action().equals("VIEWED") && e.detail().contains("Chronology"));
  }

  @Test
  void aWorkerAddsAnEventMarksEntriesAndReadsOnlyTheSignificantOnes() throws Exception {
    Episode episode = decidedWithAPoliceAnswer("Sasha");
    String page = "/staff/casework/episodes/" + episode.id() + "/chronology";

    for (String[] bad : new String[][] {{"1", "1", "0001", "The date must be in 1900 or later"}, {"1", "1", "9999", "The date must be today or in the past"},
        {"31", "2", "2026", "The date must be a real date"}, {"", "", "", "Enter the date it happened"}}) {
      mvc.perform(post(page + "/events").with(as(worker)).with(csrf())
              .param("onDay", bad[0]).param("onMonth", bad[1]).param("onYear", bad[2]).param("what", "Seen at A&E with a burn.\u0000"))
          .andExpect(status().isOk())
          .andExpect(content().string(Matchers.containsString(bad[3])))
          .andExpect(content().string(Matchers.containsString("Seen at A&amp;E with a burn.")));
    }
    mvc.perform(post(page + "/events").with(as(worker)).with(csrf()).param("onDay", "14").param("onMonth", "11").param("onYear", "2026"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Enter what happened")))
        .andExpect(content().string(Matchers.containsString("value=\"14\"")));
    mvc.perform(post(page + "/events").with(as(worker)).with(csrf())
            .param("onDay", "14").param("onMonth", "11").param("onYear", "2026").param("what", "Seen at A&E with a burn to the hand.")
            .param("source", "John Radcliffe Hospital").param("significant", "yes"))
        .andExpect(redirectedUrl(page));

    List<ChronologyEntry> entries = chronology.of(OXFORDSHIRE, episode);
    ChronologyEntry event = entries.stream().filter(e -> e.key().startsWith("event:")).findFirst().orElseThrow();
    assertThat(event.what()).isEqualTo("Seen at A&E with a burn to the hand.");
    assertThat(event.kind()).isEqualTo("Recorded by a worker, from John Radcliffe Hospital");
    assertThat(event.dayOnly()).isTrue();
    assertThat(event.significant()).isTrue();
    assertThat(entries.indexOf(event)).as("14 November comes before the contact of 27 November").isZero();

    ChronologyEntry answer = entries.stream().filter(e -> e.kind().equals("Partner agency")).findFirst().orElseThrow();
    mvc.perform(post(page + "/marks").with(as(worker)).with(csrf()).param("entry", answer.key()).param("significant", "true"))
        .andExpect(redirectedUrl(page + "#" + "entry-" + answer.key().replace(':', '-')));
    mvc.perform(get(page).param("only", "significant").with(as(worker)))
        .andExpect(content().string(Matchers.containsString("Chronology: significant entries")))
        .andExpect(content().string(Matchers.containsString("Seen at A&amp;E with a burn to the hand.")))
        .andExpect(content().string(Matchers.containsString("Police answered about Sasha Chrono")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("MASH decision authorised"))));
    mvc.perform(post(page + "/marks").with(as(worker)).with(csrf()).param("entry", event.key()).param("significant", "false"));
    assertThat(chronology.of(OXFORDSHIRE, episode)).filteredOn(ChronologyEntry::significant).extracting(ChronologyEntry::key).containsExactly(answer.key());
    mvc.perform(post(page + "/marks").with(as(worker)).with(csrf()).param("entry", "event:" + UUID.randomUUID()).param("significant", "true"))
        .andExpect(status().isNotFound());
    assertThat(audit.about(OXFORDSHIRE, Episodes.SUBJECT, episode.id().toString())).extracting(e -> e.action())
        .contains("CHRONOLOGY_EVENT_ADDED", "CHRONOLOGY_MARKED", "CHRONOLOGY_UNMARKED");
  }

  @Test
  void aClosedEpisodesChronologyIsReadOnlyAndAnotherCouncilNeverSeesIt() throws Exception {
    Episode episode = decidedWithAPoliceAnswer("Tam");
    String page = "/staff/casework/episodes/" + episode.id() + "/chronology";
    assertThat(episodes.close(manager, episode.id(), ClosureReason.RC8)).isEqualTo(Episodes.Result.DONE);
    Episode closed = episodes.find(OXFORDSHIRE, episode.id()).orElseThrow();
    assertThat(chronology.add(worker, closed, LocalDate.of(2026, 11, 20), "Late news", "", false)).isEqualTo(Chronology.Result.CLOSED);
    mvc.perform(post(page + "/events").with(as(worker)).with(csrf())
            .param("onDay", "20").param("onMonth", "11").param("onYear", "2026").param("what", "Late news"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("This episode is closed")))
        .andExpect(content().string(Matchers.containsString("Late news")));
    String key = chronology.of(OXFORDSHIRE, closed).get(0).key();
    mvc.perform(post(page + "/marks").with(as(worker)).with(csrf()).param("entry", key).param("significant", "true"))
        .andExpect(redirectedUrl(page + "#entry-" + key.replace(':', '-')));
    assertThat(chronology.of(OXFORDSHIRE, closed)).noneMatch(ChronologyEntry::significant);
    mvc.perform(get(page).with(as(worker)))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.not(Matchers.containsString("Mark as significant"))))
        .andExpect(content().string(Matchers.not(Matchers.containsString("Add an event"))));

    StaffUser westBerkshire = MashTesting.named("Wes Worker", WEST_BERKSHIRE, "SOCIAL_WORKER");
    mvc.perform(get(page).with(as(westBerkshire))).andExpect(status().isNotFound());
    mvc.perform(get(page).with(as(MashTesting.named("Mia Mash", OXFORDSHIRE, "MASH_SOCIAL_WORKER")))).andExpect(status().isForbidden());
  }

  private UUID demoSocialWorker() {
    return episodes.eligibleLeads(OXFORDSHIRE, EpisodeLevel.CHILD_IN_NEED).get(0).id();
  }
}
