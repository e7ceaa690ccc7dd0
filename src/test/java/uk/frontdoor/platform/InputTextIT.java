package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.Agency;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.InformationRequest;
import uk.frontdoor.mash.InformationRequests;
import uk.frontdoor.mash.MashContact;
import uk.frontdoor.mash.MashQueue;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.ReferralSummary;
import uk.frontdoor.referral.Referrals;

/**
 * NUL, other control characters and lone surrogates typed into every form and sent to the API
 * (ADR 0011): each record is stored with the text cleaned, and opens. Clock: 16:15 on Friday 27
 * November 2026, West Berkshire's office open, Oxfordshire's closed (its contacts go to the EDT).
 */
@IntegrationTest
class InputTextIT {

  static final UUID OXFORDSHIRE = FormTesting.OXFORDSHIRE;
  static final UUID WEST_BERKSHIRE = FormTesting.WEST_BERKSHIRE;

  /** A NUL, a bell, an escape, DEL, two C1 controls, two lone surrogates and a decomposed accent. */
  static final String HOSTILE = "A\u0000B\u0007C\u001B[1mD\u007F\u0085E \uD800 F\uDFFF G\u0301";

  static final String CLEANED = "ABC[1mDE \uFFFD F\uFFFD \u01F4";

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired InformationRequests requests;
  @Autowired AuditLog audit;
  @Autowired SessionRepository<?> sessions;

  @Autowired
  @Qualifier("ownerDataSource")
  DataSource ownerDataSource;

  final StaffUser worker = MashTesting.named("Wendy Worker", WEST_BERKSHIRE, "MASH_SOCIAL_WORKER");
  final StaffUser oxfordshireWorker = MashTesting.named("Owen Worker", OXFORDSHIRE, "MASH_SOCIAL_WORKER");
  final StaffUser edt = MashTesting.named("Eddie Duty", OXFORDSHIRE, "EDT_WORKER");
  final StaffUser callHandler = MashTesting.named("Cal Handler", WEST_BERKSHIRE, "CALL_HANDLER");
  final StaffUser admin = MashTesting.named("Ada Admin", WEST_BERKSHIRE, "COUNCIL_ADMINISTRATOR");
  final StaffUser police = FormTesting.demoPoliceOfficer(OXFORDSHIRE, "oxfordshire", 3);

  private static String hostile(String label) {
    return label + " " + HOSTILE;
  }

  private static String cleaned(String label) {
    return label + " " + CLEANED;
  }

  private static final Pattern REFERENCE = Pattern.compile("id=\"reference\"[^>]*>([A-Z0-9]{4}-[A-Z0-9]{4})<");

  private ReferralDocument stored(UUID authority, String reference) {
    ReferralSummary summary = referrals.find(authority, reference).orElseThrow(() -> new AssertionError("No referral " + reference));
    return referrals.document(authority, summary.referralId()).orElseThrow();
  }

  /** The MASH contact page of a referral opens, and shows the cleaned text. */
  private MashContact opensForTheMash(UUID authority, String reference, StaffUser as, String shows) throws Exception {
    MockHttpServletResponse page = new Visitor(mvc, "10.9.0.1", MashTesting.as(as)).awaitPage("/staff/mash/contacts/" + reference);
    assertThat(page.getStatus()).as("the MASH contact page of " + reference).isEqualTo(200);
    assertThat(page.getContentAsString()).contains(shows).doesNotContain("\u0000");
    return queue.awaitingDecision(authority).stream().filter(c -> c.reference().equals(reference)).findFirst().orElseThrow();
  }

  @AfterEach
  void putTheDemoAgencyBack() {
    FormTesting.putTheDemoAgencyBack(ownerDataSource);
  }

  @Test
  void aPublicReportIsSentAllTheWayToReceivedWithItsTextCleaned() throws Exception {
    Visitor visitor = new Visitor(mvc, "10.9.1.1");
    String base = "/west-berkshire/report-online/";
    visitor.postOne(base + "danger", Map.of("danger", "no"));
    assertThat(visitor.postOne(base + "child", Map.of("firstName", hostile("Sam"), "description", hostile("Tall"), "age", "7\u0000"))
        .getRedirectedUrl()).isEqualTo(base + "children");
    visitor.postOne(base + "children", Map.of("addAnother", "no"));
    assertThat(visitor.postOne(base + "address", Map.of("addressLine1", hostile("1 Oak Road"), "town", "News\u0000bury", "postcode", "RG14\u0000 1AA"))
        .getRedirectedUrl()).isEqualTo(base + "household");
    visitor.postOne(base + "household", Map.of("household", hostile("Mum and step-dad")));
    visitor.postOne(base + "what-happened", Map.of("whatHappened", hostile("Sam has bruises"), "when", hostile("Monday")));
    visitor.postOne(base + "harm", Map.of("harm", "PHYSICAL"));
    visitor.postOne(base + "family-knows", Map.of("familyKnows", "no"));
    assertThat(visitor.postOne(base + "about-you",
            Map.of("identity", "details", "name", hostile("Pat"), "relationship", hostile("Neighbour"), "phone", "01635\u0000 000000"))
        .getRedirectedUrl()).isEqualTo(base + "check");
    String check = visitor.get(base + "check").getContentAsString();
    assertThat(check).contains(cleaned("Sam has bruises"));
    Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f-]+)\"").matcher(check);
    assertThat(token.find()).isTrue();
    assertThat(visitor.postOne(base + "check", Map.of("token", token.group(1))).getRedirectedUrl()).isEqualTo(base + "confirmation");
    Matcher reference = REFERENCE.matcher(visitor.get(base + "confirmation").getContentAsString());
    assertThat(reference.find()).as("a reference on the confirmation page").isTrue();

    ReferralDocument document = stored(WEST_BERKSHIRE, reference.group(1));
    assertThat(document.concern().summary()).isEqualTo(cleaned("Sam has bruises"));
    assertThat(document.concern().when()).isEqualTo(cleaned("Monday"));
    assertThat(document.familyNotes()).isEqualTo(cleaned("Mum and step-dad"));
    assertThat(document.children().get(0).firstName()).isEqualTo(cleaned("Sam"));
    assertThat(document.children().get(0).address().line1()).isEqualTo(cleaned("1 Oak Road"));
    assertThat(document.children().get(0).address().town()).isEqualTo("Newsbury");
    assertThat(document.children().get(0).address().postcode()).isEqualTo("RG14 1AA");
    assertThat(document.referrer().name()).isEqualTo(cleaned("Pat"));
    assertThat(document.referrer().phone()).isEqualTo("01635 000000");
    opensForTheMash(WEST_BERKSHIRE, reference.group(1), worker, "Sam has bruises ABC[1mDE");
  }

  @Test
  void theServletContainerHandsTheFormItsParametersCleaned() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
    String base = "http://localhost:" + port + "/west-berkshire/report-online/";
    String page = browser.send(HttpRequest.newBuilder(URI.create(base + "address")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(csrf.find()).isTrue();
    String form = "_csrf=" + csrf.group(1) + "&addressLine1=" + URLEncoder.encode("1 Oak\u0000 Road\u001B", StandardCharsets.UTF_8)
        + "&postcode=RG14+1AA";
    HttpResponse<String> answered =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "address"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answered.uri().getPath()).isEqualTo("/west-berkshire/report-online/household");
    String address = browser.send(HttpRequest.newBuilder(URI.create(base + "address")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    assertThat(address).contains("value=\"1 Oak Road\"");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aDraftKeptInTheSessionFromBeforeIsReadBackCleaned() {
    SessionRepository repository = sessions;
    Session session = repository.createSession();
    session.setAttribute("draft", new ArrayList<>(List.of(hostile("Sam has bruises"), "plain")));
    repository.save(session);

    Object read = repository.findById(session.getId()).getAttribute("draft");

    assertThat(read).isEqualTo(List.of(cleaned("Sam has bruises"), "plain"));
    repository.deleteById(session.getId());
  }

  @Test
  void theShortRoutesStoreCleanedText() throws Exception {
    Visitor child = new Visitor(mvc, "10.9.1.2");
    String base = "/west-berkshire/tell-us/child-or-young-person/";
    child.postOne(base + "danger", Map.of("danger", "no"));
    child.postOne(base + "name", Map.of("name", hostile("Jo")));
    child.postOne(base + "age", Map.of("age", "12\u0000"));
    child.postOne(base + "what", Map.of("what", hostile("My dad hits me")));
    child.postOne(base + "who", Map.of("who", hostile("Dad")));
    child.postOne(base + "where", Map.of("where", hostile("Park School")));
    assertThat(child.postOne(base + "contact", Map.of("contact", "07700\u0000900123")).getRedirectedUrl()).isEqualTo(base + "check");
    assertThat(child.postOne(base + "check", Map.of("token", tokenOn(child, base + "check"))).getRedirectedUrl())
        .isEqualTo(base + "confirmation");
    Matcher reference = Pattern.compile("([A-Z0-9]{4}-[A-Z0-9]{4})").matcher(child.get(base + "confirmation").getContentAsString());
    assertThat(reference.find()).isTrue();
    ReferralDocument document = stored(WEST_BERKSHIRE, reference.group(1));
    assertThat(document.concern().summary()).isEqualTo(cleaned("My dad hits me"));
    assertThat(document.referrer().phone()).isEqualTo("07700900123");
    opensForTheMash(WEST_BERKSHIRE, reference.group(1), worker, "My dad hits me ABC[1mDE");
  }

  /** The submission token a check page shows, as a browser would send it. */
  private static String tokenOn(Visitor visitor, String checkPage) throws Exception {
    Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f-]+)\"").matcher(visitor.get(checkPage).getContentAsString());
    assertThat(token.find()).isTrue();
    return token.group(1);
  }

  @Test
  void aProfessionalsReferralStoresCleanedText() throws Exception {
    Visitor professional = new Visitor(mvc, "10.9.1.3");
    professional.signInAsProfessional("west-berkshire", "dsl-" + UUID.randomUUID().toString().substring(0, 8) + "@school.example");
    String first = professional.post("/west-berkshire/professional/referrals", Map.of()).getRedirectedUrl();
    String base = first.substring(0, first.lastIndexOf('/') + 1);
    if (first.endsWith("/type")) {
      professional.postOne(base + "type", Map.of("referralType", "SAFEGUARDING"));
    }
    assertThat(professional.postOne(base + "you", Map.of("name", hostile("Sam Patel"), "role", hostile("DSL"),
            "organisation", hostile("Park School"), "phone", "01635\u0000 000000")).getRedirectedUrl()).isEqualTo(base + "child");
    assertThat(professional.postOne(base + "child", Map.of("firstName", hostile("Ava"), "lastName", "Jones\u0007",
            "school", hostile("Park School"), "gp", hostile("Oak Surgery"), "addressLine1", hostile("1 High Street"),
            "town", "Thatcham\u0000", "postcode", "RG19\u0000 3AA")).getRedirectedUrl()).isEqualTo(base + "children");
    professional.postOne(base + "children", Map.of("addAnother", "no"));
    professional.postOne(base + "household", Map.of("household", hostile("Mum")));
    professional.postOne(base + "concern", Map.of("summary", hostile("Ava said she was hit"), "evidence", hostile("A bruise")));
    professional.postOne(base + "harm", Map.of("harm", "PHYSICAL"));
    professional.postOne(base + "actions", Map.of("agencyActions", hostile("Spoke to Ava"), "thresholdLevel", "3"));
    assertThat(professional.postOne(base + "consent", Map.of("consent", "NOT_SOUGHT_RISK", "consentReason", hostile("Risk")))
        .getRedirectedUrl()).isEqualTo(base + "check");
    assertThat(professional.postOne(base + "check", Map.of("token", tokenOn(professional, base + "check"))).getRedirectedUrl())
        .isEqualTo(base + "sent");
    Matcher reference = Pattern.compile("([A-Z0-9]{4}-[A-Z0-9]{4})").matcher(professional.get(base + "sent").getContentAsString());
    assertThat(reference.find()).isTrue();

    ReferralDocument document = stored(WEST_BERKSHIRE, reference.group(1));
    assertThat(document.concern().summary()).isEqualTo(cleaned("Ava said she was hit"));
    assertThat(document.agencyActions()).isEqualTo(cleaned("Spoke to Ava"));
    assertThat(document.consent().reason()).isEqualTo(cleaned("Risk"));
    assertThat(document.referrer().organisation()).isEqualTo(cleaned("Park School"));
    assertThat(document.children().get(0).lastName()).isEqualTo("Jones");
    opensForTheMash(WEST_BERKSHIRE, reference.group(1), worker, "Ava said she was hit ABC[1mDE");
  }

  @Test
  void aPhoneContactStoresCleanedText() throws Exception {
    Visitor handler = new Visitor(mvc, "10.9.1.4", MashTesting.as(callHandler));
    Map<String, String> call = new LinkedHashMap<>();
    call.put("token", UUID.randomUUID().toString());
    call.put("callerType", "PROFESSIONAL");
    call.put("callerName", hostile("Jo Health"));
    call.put("callerOrganisation", hostile("Berkshire Health"));
    call.put("callerRole", hostile("Health visitor"));
    call.put("callerPhone", "01635\u0000 111111");
    call.put("firstName", hostile("Mia"));
    call.put("childDescription", hostile("Small"));
    call.put("addressLine1", hostile("2 Elm Road"));
    call.put("postcode", "RG14\u00001AA");
    call.put("summary", hostile("Mia has a burn"));
    call.put("answer0", hostile("An answer"));
    call.put("harm", "PHYSICAL");
    call.put("immediateDanger", "no");
    call.put("urgency", "AMBER");
    call.put("handlerNotes", hostile("Notes"));
    MockHttpServletResponse recorded = handler.postOne("/staff/phone-contacts/new", call);
    assertThat(recorded.getRedirectedUrl()).as(recorded.getContentAsString()).startsWith("/staff/phone-contacts/");
    String reference = recorded.getRedirectedUrl().substring("/staff/phone-contacts/".length());
    assertThat(handler.get(recorded.getRedirectedUrl()).getStatus()).isEqualTo(200);

    ReferralDocument document = stored(WEST_BERKSHIRE, reference);
    assertThat(document.concern().summary()).isEqualTo(cleaned("Mia has a burn"));
    assertThat(document.phoneContact().handlerNotes()).isEqualTo(cleaned("Notes"));
    assertThat(document.answers()).extracting(ReferralDocument.Answer::answer).contains(cleaned("An answer"));
    opensForTheMash(WEST_BERKSHIRE, reference, worker, "Mia has a burn ABC[1mDE");
  }

  @Test
  void theMashsRatingRequestsAndDecisionStoreCleanedText() throws Exception {
    String reference = apiReferral("west-berkshire", "mash-" + UUID.randomUUID());
    MashContact contact = opensForTheMash(WEST_BERKSHIRE, reference, worker, "Ava said");
    Visitor mash = new Visitor(mvc, "10.9.1.5", MashTesting.as(worker));
    String page = "/staff/mash/contacts/" + reference;

    assertThat(mash.postOne(page + "/rag", Map.of("rag", "RED", "reason", hostile("A belt was used"))).getRedirectedUrl()).isEqualTo(page);
    assertThat(mash.post(page + "/requests", Map.of("agency", List.of("POLICE"), "person", List.of("c0"),
            "question", List.of(hostile("What do you hold?")))).getRedirectedUrl()).startsWith(page);
    assertThat(requests.ofContact(WEST_BERKSHIRE, contact.id())).singleElement()
        .extracting(InformationRequest::question).isEqualTo(cleaned("What do you hold?"));
    // A decision waits for the contact to be assigned (the rating is above).
    assertThat(queue.assign(worker, reference, worker.id(), worker.displayName())).isTrue();
    assertThat(mash.postOne(page + "/decision", Map.of("thresholdLevel", "4", "rationale", hostile("Police hold concerns"),
            "outcome", "STRATEGY_DISCUSSION", "nextSteps", hostile("Strategy discussion today"))).getRedirectedUrl()).isEqualTo(page);

    MockHttpServletResponse opened = mash.get(page);
    assertThat(opened.getStatus()).isEqualTo(200);
    assertThat(audit.about(WEST_BERKSHIRE, MashQueue.SUBJECT, reference))
        .filteredOn(entry -> entry.action().equals("RATED"))
        .singleElement()
        .extracting(AuditEntry::detail)
        .isEqualTo("Red (not rated before): " + cleaned("A belt was used"));
    assertThat(opened.getContentAsString())
        .contains(cleaned("Police hold concerns"))
        .doesNotContain("\u0000");
    assertThat(mash.get(page + "/decision").getContentAsString()).contains(cleaned("Strategy discussion today"));
  }

  @Test
  void theEdtsActionsAndAPartnersAnswerStoreCleanedText() throws Exception {
    String reference = apiReferral("oxfordshire", "edt-" + UUID.randomUUID());
    MashContact contact = opensForTheMash(OXFORDSHIRE, reference, oxfordshireWorker, "Ava said");
    Visitor team = new Visitor(mvc, "10.9.1.6", MashTesting.as(edt));
    String edtPage = "/staff/edt/contacts/" + reference;
    assertThat(team.postOne(edtPage, Map.of("action", hostile("Visited the home"))).getRedirectedUrl()).isEqualTo(edtPage);
    assertThat(team.get(edtPage).getContentAsString()).contains(cleaned("Visited the home"));

    Visitor mash = new Visitor(mvc, "10.9.1.7", MashTesting.as(oxfordshireWorker));
    mash.post("/staff/mash/contacts/" + reference + "/requests",
        Map.of("agency", List.of("POLICE"), "person", List.of("c0"), "question", List.of("Anything known?")));
    InformationRequest asked = requests.ofContact(OXFORDSHIRE, contact.id()).get(0);
    Visitor officer = new Visitor(mvc, "10.9.1.8", MashTesting.as(police));
    assertThat(officer.postOne("/staff/requests/" + asked.id(), Map.of("holds", "yes", "answer", hostile("Two call-outs")))
        .getRedirectedUrl()).isEqualTo("/staff/requests");
    assertThat(requests.ofContact(OXFORDSHIRE, contact.id()).get(0).answer()).isEqualTo(cleaned("Two call-outs"));
    assertThat(mash.get("/staff/mash/contacts/" + reference).getContentAsString()).contains(cleaned("Two call-outs"));
  }

  @Test
  void anAdministratorsAgencyNameIsStoredCleanedOnOneLine() throws Exception {
    Visitor administrator = new Visitor(mvc, "10.9.1.9", MashTesting.as(admin));
    assertThat(administrator.postOne("/staff/admin/mash/agencies/education",
            Map.of("name", hostile("Schools\r\nteam"), "leadEmail", "lead@school.example\u0000")).getRedirectedUrl())
        .isEqualTo("/staff/admin/mash/agencies");
    // A name stays on one line: it goes into emails' subjects.
    assertThat(requests.agencies(WEST_BERKSHIRE)).containsEntry(Agency.EDUCATION, cleaned("Schools team"));
    assertThat(administrator.get("/staff/admin/mash/agencies").getContentAsString()).contains(cleaned("Schools team"));
  }

  @Test
  void theApiStoresCleanedTextFromJsonEscapes() throws Exception {
    String reference = apiReferral("west-berkshire", "api-" + UUID.randomUUID());
    ReferralDocument document = stored(WEST_BERKSHIRE, reference);
    assertThat(document.concern().summary()).isEqualTo(cleaned("Ava said"));
    assertThat(document.referrer().name()).isEqualTo(cleaned("Sam Patel"));
    assertThat(document.children().get(0).firstName()).isEqualTo("Ava");
    assertThat(document.consent().reason()).isEqualTo(cleaned("Risk"));
  }

  /** A referral through the partner API over HTTP, its text full of JSON escapes; its reference. */
  private String apiReferral(String slug, String idempotencyKey) throws Exception {
    String hostile = "A\\u0000B\\u0007C\\u001b[1mD\\u007f\\u0085E \\ud800 F\\udfff G\\u0301";
    String body =
        """
        {"referralType": "SAFEGUARDING",
         "referrer": {"name": "Sam Patel %1$s", "organisation": "Park School", "role": "DSL", "email": "dsl@example.org"},
         "children": [{"firstName": "A\\u0000va", "lastName": "Jones", "dateOfBirth": "2016-03-02"}],
         "concern": {"summary": "Ava said %1$s", "categories": ["PHYSICAL"], "immediateDanger": false},
         "consent": {"status": "NOT_SOUGHT_RISK", "reason": "Risk %1$s"}}
        """.formatted(hostile);
    return FormTesting.apiReferral(port, slug, idempotencyKey, body);
  }
}
