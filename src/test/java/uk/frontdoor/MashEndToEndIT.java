package uk.frontdoor;

import static org.awaitility.Awaitility.await;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.Agency;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.ContactStatus;
import uk.frontdoor.mash.InformationRequest;
import uk.frontdoor.mash.InformationRequests;
import uk.frontdoor.mash.MashContact;
import uk.frontdoor.mash.MashQueue;
import uk.frontdoor.mash.Outcome;
import uk.frontdoor.notification.internal.OutboxDrainer;
import uk.frontdoor.people.Gender;
import uk.frontdoor.people.HistoryEntry;
import uk.frontdoor.people.HistoryKind;
import uk.frontdoor.people.KnownPerson;
import uk.frontdoor.people.NewPerson;
import uk.frontdoor.people.NhsNumber;
import uk.frontdoor.people.People;
import uk.frontdoor.people.PersonKind;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.ReferralSubmissionIT;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Submission;

/**
 * The whole way through, on the fixed clock of 16:15 on Friday 27 November 2026 (Oxfordshire's
 * office closed at 16:00): a professional signs in with the code emailed to them and refers a
 * child; the contact reaches the MASH queue with its deadline; the worker finds the child among
 * the people the council knows, with her history; police and health answer the
 * MASH's requests; a social worker decides; a manager authorises; the professional receives the
 * outcome by email and sees it in their list; the audit log holds every step and is intact.
 */
@MailIntegrationTest
class MashEndToEndIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired InformationRequests requests;
  @Autowired AuditLog audit;
  @Autowired OutboxDrainer drainer;
  @Autowired JdbcClient jdbc;
  @Autowired People people;

  // Oxfordshire's demo staff (Oxfordshire is the third demo council by slug).
  final StaffUser worker = demo("b000", "mash.worker", "Demo MASH social worker", "MASH_SOCIAL_WORKER");
  final StaffUser manager = demo("c000", "mash.manager", "Demo MASH team manager", "MASH_MANAGER");
  final StaffUser police = demo("d000", "police.officer", "Demo police officer", "PARTNER_PRACTITIONER");
  final StaffUser health = demo("d100", "health.practitioner", "Demo health practitioner", "PARTNER_PRACTITIONER");

  private static StaffUser demo(String prefix, String user, String name, String role) {
    return new StaffUser(
        UUID.fromString("00000000-0000-4000-" + prefix + "-000000000003"), OXFORDSHIRE, user + "@oxfordshire.demo",
        name + ", Oxfordshire County Council", List.of(role), true, null);
  }

  private static RequestPostProcessor as(StaffUser user) {
    return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
  }

  private final HttpClient browser =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();

  private HttpResponse<String> getPage(String path) throws Exception {
    return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postForm(String path, String page, Map<String, String> fields) throws Exception {
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(token.find()).as("a CSRF token on the form").isTrue();
    String body =
        java.util.stream.Stream.concat(fields.entrySet().stream(), java.util.stream.Stream.of(Map.entry("_csrf", token.group(1))))
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Sends what the outbox holds, then the messages GreenMail has received for an address with a
   * subject, waiting up to five seconds for {@code expected} of them (GreenMail may file a message
   * just after the sender hears it was accepted).
   */
  private List<MimeMessage> mailTo(String address, String subjectPart, int expected) throws Exception {
    drainer.drainNow();
    Instant giveUp = Instant.now().plusSeconds(expected > 0 ? 5 : 1);
    while (true) {
      List<MimeMessage> found =
          Arrays.stream(mail.getReceivedMessages())
              .filter(m -> {
                try {
                  return m.getAllRecipients()[0].toString().equals(address) && m.getSubject().contains(subjectPart);
                } catch (jakarta.mail.MessagingException e) {
                  throw new IllegalStateException(e);
                }
              })
              .toList();
      if ((expected > 0 && found.size() >= expected) || Instant.now().isAfter(giveUp)) {
        return found;
      }
      Thread.sleep(100);
    }
  }

  @Test
  void aProfessionalsReferralIsTriagedCheckedDecidedAuthorisedAndTheyHearTheOutcome() throws Exception {
    String email = "dsl-" + UUID.randomUUID().toString().substring(0, 8) + "@cherwell.example.org";

    // 1. The professional signs in with the code emailed to them.
    HttpResponse<String> signIn = getPage("/oxfordshire/professional/sign-in");
    HttpResponse<String> codePage = postForm("/oxfordshire/professional/sign-in", signIn.body(), Map.of("email", email));
    assertThat(codePage.body()).contains("Enter the code we emailed you");
    List<MimeMessage> codes = mailTo(email, "sign-in code", 1);
    assertThat(codes).hasSize(1);
    Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(GreenMailUtil.getBody(codes.get(0)));
    assertThat(code.find()).isTrue();
    HttpResponse<String> portal = postForm("/oxfordshire/professional/sign-in/code", codePage.body(), Map.of("code", code.group(1)));
    assertThat(portal.uri().getPath()).isEqualTo("/oxfordshire/professional");
    UUID account = jdbc.sql("SELECT id FROM professional_account WHERE email = ?").param(email).query(UUID.class).single();

    // The council knew Ava already: a referral in August.
    KnownPerson ava =
        people.add(OXFORDSHIRE, new NewPerson(PersonKind.CHILD, "Ava", "Jones", List.of(), java.time.LocalDate.parse("2016-03-02"),
            null, Gender.FEMALE, new NhsNumber("9434765919"), null, null, null, null));
    people.record(OXFORDSHIRE, ava.id(), new HistoryEntry(HistoryKind.REFERRAL, "AUG-2026", java.time.LocalDate.parse("2026-08-20"),
        java.time.LocalDate.parse("2026-09-01"), false, "Bruising seen at school; advice given"));

    // 2. They refer Ava; the acknowledgement arrives.
    String reference =
        referrals.submit(new Submission(OXFORDSHIRE, Channel.ONLINE, ReferralSubmissionIT.professionalReferral(email),
            "e2e-" + UUID.randomUUID(), null, account)).reference();
    assertThat(mailTo(email, "We have received your concern", 1)).hasSize(1);

    // 3. The contact reaches the queue; the clock starts at Monday's 08:30 opening.
    MashContact contact =
        await("the contact in the MASH queue")
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> queue.awaitingDecision(OXFORDSHIRE).stream().filter(c -> c.reference().equals(reference)).findFirst(),
                java.util.Optional::isPresent)
            .orElseThrow();
    assertThat(contact.clockStartedAt()).isEqualTo(Instant.parse("2026-11-30T08:30:00Z"));
    assertThat(contact.decisionDueAt()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
    String page = "/staff/mash/contacts/" + reference;

    // 4. The worker sees who Ava may be, links her to the child the council knows and sees her
    // history; takes the contact, rates it red and asks police and health about Ava.
    mvc.perform(get(page).with(as(worker)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Ava Jones: people who may be them")))
        .andExpect(content().string(containsString("NHS number matches")));
    mvc.perform(post(page + "/people/link").with(csrf()).with(as(worker)).param("key", "c0").param("personId", ava.id().toString()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(page).with(as(worker)))
        .andExpect(content().string(containsString("Decided: Ava Jones is Ava Jones (above).")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("This is them"))))
        .andExpect(content().string(containsString("Re-referral")))
        .andExpect(content().string(containsString("the last referral was on 20 August 2026, within 12 months")));
    assertThat(people.links(OXFORDSHIRE, reference)).singleElement()
        .satisfies(link -> assertThat(link.reasons()).contains("NHS number matches"));
    mvc.perform(get("/staff/mash/people/" + ava.id() + "/seen-by").with(as(manager)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Linked to a contact")))
        .andExpect(content().string(containsString("history, on contact " + reference)));
    mvc.perform(get("/staff/mash/people/" + ava.id() + "/seen-by").with(as(worker))).andExpect(status().isForbidden());
    mvc.perform(post(page + "/assign").with(csrf()).with(as(worker)).param("to", worker.id().toString()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post(page + "/rag").with(csrf()).with(as(worker)).param("rag", "RED").param("reason", "A belt was used."))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post(page + "/requests").with(csrf()).with(as(worker))
            .param("agency", "POLICE").param("agency", "HEALTH").param("person", "c0").param("question", "What do you hold?"))
        .andExpect(status().is3xxRedirection());
    List<InformationRequest> asked = requests.ofContact(OXFORDSHIRE, contact.id());
    assertThat(asked).hasSize(2).allSatisfy(r -> assertThat(r.dueAt()).as("4 working hours from Monday's opening")
        .isEqualTo(Instant.parse("2026-11-30T12:30:00Z")));

    // 5. Police and health answer.
    for (InformationRequest request : asked) {
      StaffUser partner = request.agency() == Agency.POLICE ? police : health;
      mvc.perform(post("/staff/requests/" + request.id()).with(csrf()).with(as(partner))
              .param("holds", "yes").param("answer", request.agency() + " holds one earlier concern."))
          .andExpect(status().is3xxRedirection());
    }
    assertThat(requests.ofContact(OXFORDSHIRE, contact.id())).allSatisfy(r -> assertThat(r.answered()).isTrue());

    // 6. The worker decides; 7. the manager authorises.
    mvc.perform(post(page + "/decision").with(csrf()).with(as(worker)).param("thresholdLevel", "4")
            .param("rationale", "Police and health both hold earlier concerns; a belt was used.")
            .param("outcome", "STRATEGY_DISCUSSION").param("nextSteps", "Strategy discussion with police today."))
        .andExpect(status().is3xxRedirection());
    assertThat(mailTo(email, "outcome", 0)).as("nobody is told before authorisation").isEmpty();
    mvc.perform(post(page + "/authorisation").with(csrf()).with(as(manager)).param("action", "authorise"))
        .andExpect(status().is3xxRedirection());
    assertThat(queue.history(OXFORDSHIRE, contact.id())).last().extracting(h -> h.to()).isEqualTo(ContactStatus.AUTHORISED);

    // 8. The professional receives the outcome, which says nothing private about the family...
    List<MimeMessage> outcome = mailTo(email, "The outcome of your referral", 1);
    assertThat(outcome).hasSize(1);
    String body = GreenMailUtil.getBody(outcome.get(0));
    assertThat(body).contains(reference).contains("keep the child safe").doesNotContain("Ava").doesNotContain("belt");
    // ...and sees it in their list of referrals.
    String list = getPage("/oxfordshire/professional").body();
    assertThat(list).contains(reference).contains("Decided")
        .contains(Outcome.STRATEGY_DISCUSSION.forReferrer());

    // Ava's history now holds this referral, for the next contact about her.
    assertThat(people.history(OXFORDSHIRE, ava.id(), Instant.parse("2026-11-27T16:15:00Z")).entries())
        .anySatisfy(e -> {
          assertThat(e.kind()).isEqualTo(HistoryKind.REFERRAL);
          assertThat(e.reference()).isEqualTo(reference);
        });

    // 9. The audit log holds every step, and its chain is intact.
    assertThat(audit.about(OXFORDSHIRE, "MASH_CONTACT", reference))
        .extracting(AuditEntry::action)
        .containsSubsequence("VIEWED", "PERSON_LINKED", "ASSIGNED", "RATED", "REQUESTED_INFORMATION", "DECIDED", "AUTHORISED");
    // A manager reads them in words, never as the stored codes.
    String seenBy =
        mvc.perform(get("/staff/mash/contacts/" + reference + "/seen-by").with(as(manager)))
            .andReturn().getResponse().getContentAsString();
    assertThat(seenBy)
        .contains("Linked a person to a known record", "Asked a partner agency", "Recorded the decision", "Red (not rated before)")
        .doesNotContain("PERSON_LINKED", "REQUESTED_INFORMATION", "DECIDED", "AUTHORISED", "not rated to", "POLICE about");
    for (InformationRequest request : asked) {
      assertThat(audit.about(OXFORDSHIRE, InformationRequests.SUBJECT, request.id().toString()))
          .extracting(AuditEntry::action).contains("ANSWERED");
    }
    assertThat(audit.verify(OXFORDSHIRE).intact()).isTrue();
    while (drainer.drainNow() > 0) {
      // Leave nothing queued for the next test of this context.
    }
  }
}
