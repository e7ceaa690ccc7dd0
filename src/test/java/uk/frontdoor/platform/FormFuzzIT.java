package uk.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.identity.Agency;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.InformationRequests;
import uk.frontdoor.mash.MashTesting;

/**
 * Thousands of generated hostile form posts (QuickTheories, a property-based testing library):
 * the public report, the three short routes, the professional referral (and an employer's allegation
 * for the LADO), a phone contact, the LADO's phone consultation, child protection's strategy
 * discussions, enquiries, conferences and plans, a child's allocation to a worker and team, a child's child protection team, a partner's
 * contribution, pre-proceedings and emergency protection, the MASH’s, EDT’s, partners’ and administrators’ forms (single sign-on, inviting staff and
 * changing roles too), the council's details, the operator’s new council and the first start’s setup, each
 * field given its ordinary answer or
 * NUL and other control characters, lone surrogates, right-to-left overrides, 5,000 to 12,000
 * characters, markup, SQL, template expressions, odd dates and numbers, or left out, or repeated,
 * with stray fields of hostile names. Fails on any 5xx, and on any stored referral whose MASH
 * contact page (the LADO's, for a concern about an adult who works with children) does not open.
 * A failure names the journey and the choices, shrunk to the fewest that still fail, and the seed
 * ({@code -Dfrontdoor.fuzz.seed=…} replays it). It walks 250 journeys, or as many as 45 seconds
 * allow on a busy machine ({@code -Dfrontdoor.fuzz.examples=…}, {@code -Dfrontdoor.fuzz.seconds=…}
 * run more).
 */
@IntegrationTest
class FormFuzzIT {

  static final UUID OXFORDSHIRE = FormTesting.OXFORDSHIRE;
  static final UUID WEST_BERKSHIRE = FormTesting.WEST_BERKSHIRE;
  static final int EXAMPLES = Integer.getInteger("frontdoor.fuzz.examples", 250);
  /** The run stops after this long even if fewer journeys were walked: the suite stays quick on a busy machine. */
  static final int SECONDS = Integer.getInteger("frontdoor.fuzz.seconds", 45);
  static final long SEED = Long.getLong("frontdoor.fuzz.seed", System.nanoTime());

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired InformationRequests requests;
  @Autowired uk.frontdoor.referral.Referrals referrals;
  @Autowired uk.frontdoor.mash.MashQueue queue;
  @Autowired uk.frontdoor.mash.MashDecisions decisions;
  @Autowired uk.frontdoor.casework.ProtectionTeams teams;
  @Autowired uk.frontdoor.casework.Enquiries enquiries;
  @Autowired uk.frontdoor.casework.EmergencyProtections emergencyProtections;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
  @Autowired Tenancy tenancy;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired uk.frontdoor.casework.Conferences conferences;
  @Autowired uk.frontdoor.identity.StaffDirectory directory;
  @Autowired java.time.Clock clock;
  @Autowired uk.frontdoor.identity.StaffInvitations invitations;

  @Autowired
  @Qualifier("ownerDataSource")
  DataSource ownerDataSource;

  final StaffUser worker = MashTesting.named("Wendy Worker", WEST_BERKSHIRE, "MASH_SOCIAL_WORKER");
  final StaffUser manager = MashTesting.named("Manny Manager", WEST_BERKSHIRE, "MASH_MANAGER");
  final StaffUser lado = MashTesting.named("Lee Lado", WEST_BERKSHIRE, "LADO");
  final StaffUser callHandler = MashTesting.named("Cal Handler", WEST_BERKSHIRE, "CALL_HANDLER");
  final StaffUser admin = MashTesting.named("Ada Admin", WEST_BERKSHIRE, "COUNCIL_ADMINISTRATOR");
  final StaffUser edt = MashTesting.named("Eddie Duty", OXFORDSHIRE, "EDT_WORKER");
  final StaffUser police = FormTesting.demoPoliceOfficer(WEST_BERKSHIRE, "west-berkshire", 5);
  final StaffUser socialWorker = MashTesting.named("Sue Social", WEST_BERKSHIRE, "SOCIAL_WORKER");
  final StaffUser performance = MashTesting.named("Pat Performance", WEST_BERKSHIRE, "PERFORMANCE_OFFICER");

  /** Kai, West Berkshire's demo child in need (R__demo_work_casework), whose census details are fuzzed. */
  static final String DEMO_EPISODE = "00000000-0000-4000-9500-000000000002";

  private final AtomicInteger addresses = new AtomicInteger();
  private Visitor professional;
  private String contact;
  private String nightContact;
  private uk.frontdoor.casework.ProtectionTesting.Forms protection;
  private String request;
  /** A child at child in need whose child protection team the police officer is on. */
  private String teamEpisode;
  private UUID invitee;
  private UUID episode;
  private int journeys;
  private int posts;
  private int stored;

  /** What a field gets: its ordinary answer, a hostile value, nothing, or both and more. */
  enum Kind { ORDINARY, HOSTILE, MISSING, REPEATED }

  record Choice(Kind kind, String text) {
    @Override
    public String toString() {
      String shown = text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + " chars)" : text;
      StringBuilder escaped = new StringBuilder(kind.toString());
      if (kind == Kind.HOSTILE || kind == Kind.REPEATED) {
        escaped.append(' ');
      }
      shown.chars().forEach(c -> escaped.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate((char) c)
          ? String.format("\\u%04X", c) : String.valueOf((char) c)));
      return escaped.toString();
    }
  }

  static final List<String> PIECES =
      List.of(
          "\u0000", "a\u0000b", "\u0001\u0002\u0008\u000B\u000C\u001B[2J\u001F", "\u007F\u0080\u0085\u009F", "\uD800", "\uDFFF",
          "x\uDBFF", "\uDC00\uD800", "\u202Etxet desrever", "\u202D\u2066abc\u2069\u202C", "\uFEFF\u200B\u200D", "\u2028\u2029",
          "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "</textarea><b>bold</b>",
          "'; DROP TABLE referral; --", "' OR '1'='1", "\\", "%00", "%", "${7*7}", "[[${7*7}]]", "__${7*7}__::x", "#{x}",
          "0001", "9999", "0000", "31", "30", "29", "2", "02", "0", "00", "-1", "13", "2147483648", "99999999999999999999", "1e309", "NaN",
          "3.5", "2.5", "-0", "31/02/2026", "2026-02-31", "0000-00-00", "+10000-01-01", "", " ", "\t\r\n", "\r\n\r\n",
          "Zoe\u0308", "\uD83D\uDE00", "null", "undefined", "true", "yes", "no", "RED", "PHYSICAL", "NOT_SOUGHT_RISK", "GIVEN",
          "STRATEGY_DISCUSSION", "c0", "c99", "POLICE", "RG14 1AA", "SW1A 1AA", "9434765919", "A801200001001",
          "x@y.z", "@", "a@b", "عربي", "עברית", "漢字");

  static Gen<String> hostile() {
    Gen<String> piece = Generate.pick(PIECES);
    Gen<String> joined = lists().of(piece).ofSizeBetween(2, 6).map(parts -> String.join("", parts));
    Gen<String> anyUnits =
        lists().of(Generate.characters(0, 0xFFFF)).ofSizeBetween(1, 40)
            .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
    Gen<String> lengthy =
        Generate.range(5_000, 12_000).zip(piece, (length, filler) -> (filler.isEmpty() ? "x" : filler).repeat(length).substring(0, length));
    return Generate.frequency(
        Pair.of(4, piece), Pair.of(3, joined), Pair.of(2, anyUnits), Pair.of(1, lengthy));
  }

  /**
   * A journey's choices, one a field: most journeys are mostly ordinary, so that they get through
   * and their referral is stored and opened; some are hostile throughout.
   */
  static Gen<List<Choice>> journeyChoices() {
    return Generate.pick(List.of(3, 10, 40)).flatMap(percent -> lists().of(choices(percent)).ofSize(64));
  }

  static Gen<Choice> choices(int hostilePercent) {
    int rare = Math.max(1, hostilePercent / 8);
    return Generate.frequency(
        Pair.of(100 - hostilePercent, Generate.constant(new Choice(Kind.ORDINARY, ""))),
        Pair.of(hostilePercent - rare, hostile().map(text -> new Choice(Kind.HOSTILE, text))),
        Pair.of(rare, Generate.constant(new Choice(Kind.MISSING, ""))),
        Pair.of(rare, hostile().map(text -> new Choice(Kind.REPEATED, text))));
  }

  /** The journeys fuzzed, each a run of form posts. */
  enum Journey {
    PUBLIC_REPORT, CHILD, PARENT_OR_CARER, ADULT_WHO_WORKS_WITH_CHILDREN, PROFESSIONAL, EMPLOYER_TO_LADO, PHONE_CONTACT,
    LADO_CONSULTATION, STAFF, SIGN_IN, STRATEGY_DISCUSSION, CHILD_PROTECTION
  }

  @BeforeEach
  void aSignedInProfessionalAndContactsToWorkOn() throws Exception {
    professional = new Visitor(mvc, "10.250.0.1");
    professional.signInAsProfessional("west-berkshire", "fuzz-" + UUID.randomUUID().toString().substring(0, 8) + "@school.example");
    contact = apiReferral("west-berkshire");
    nightContact = apiReferral("oxfordshire");
    Visitor mash = new Visitor(mvc, "10.250.0.2", MashTesting.as(worker));
    assertThat(mash.awaitPage("/staff/mash/contacts/" + contact).getStatus()).isEqualTo(200);
    mash.post("/staff/mash/contacts/" + contact + "/requests",
        Map.of("agency", List.of("POLICE"), "person", List.of("c0"), "question", List.of("What do you hold?")));
    request = requests.forAgency(WEST_BERKSHIRE, Agency.POLICE).stream()
        .filter(r -> r.contactReference().equals(contact)).findFirst().orElseThrow().id().toString();
    assertThat(new Visitor(mvc, "10.250.0.3", MashTesting.as(edt)).awaitPage("/staff/edt/contacts/" + nightContact).getStatus())
        .isEqualTo(200);
    String strategy = uk.frontdoor.casework.CaseworkTesting.authorisedDecision(referrals, queue, decisions, WEST_BERKSHIRE,
        uk.frontdoor.casework.CaseworkTesting.referralAbout(uk.frontdoor.casework.CaseworkTesting.child("Fuzz", "Protection", "2015-05-05")),
        uk.frontdoor.mash.Outcome.STRATEGY_DISCUSSION);
    UUID child = uk.frontdoor.casework.CaseworkTesting.episodesOf(transactions, tenancy, jdbc, WEST_BERKSHIRE, strategy, 1).get(0);
    teams.add(socialWorker, child, police.id());
    teamEpisode = child.toString();
    if (episode == null) {
      String decided = uk.frontdoor.casework.CaseworkTesting.authorisedDecision(referrals, queue, decisions, WEST_BERKSHIRE,
          uk.frontdoor.casework.CaseworkTesting.referralAbout(uk.frontdoor.casework.CaseworkTesting.child("Fuzz", "Strategy", "2015-01-01")),
          uk.frontdoor.mash.Outcome.STRATEGY_DISCUSSION);
      episode = uk.frontdoor.casework.CaseworkTesting.episodesOf(transactions, tenancy, jdbc, WEST_BERKSHIRE, decided, 1).get(0);
    }
    protection = uk.frontdoor.casework.ProtectionTesting.forms(
        referrals, queue, decisions, transactions, tenancy, jdbc, conferences, directory, OXFORDSHIRE, clock.instant());
  }

  @AfterEach
  void putTheDemoAgencyBack() {
    FormTesting.putTheDemoAgencyBack(ownerDataSource);
    org.springframework.jdbc.core.simple.JdbcClient owner = org.springframework.jdbc.core.simple.JdbcClient.create(ownerDataSource);
    owner.sql("DELETE FROM authority_version WHERE authority_id = ?").param(WEST_BERKSHIRE).update();
    owner.sql("DELETE FROM authority_special_day WHERE authority_id = ?").param(WEST_BERKSHIRE).update();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void noHostilePostGetsA5xxAndEveryStoredReferralOpens() {
    long started = System.nanoTime();
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .withTestingTime(SECONDS, TimeUnit.SECONDS)
        .withShrinkCycles(40)
        .forAll(Generate.enumValues(Journey.class), journeyChoices())
        .checkAssert((journey, picked) -> {
          journeys++;
          try {
            walk(journey, picked.iterator());
          } catch (AssertionError e) {
            throw new AssertionError("Seed " + SEED + ", " + journey + ": " + e.getMessage(), e);
          } catch (Exception e) {
            throw new AssertionError("Seed " + SEED + ", " + journey + ": " + e, e);
          }
        });
    System.out.printf("FormFuzzIT: seed %d, %d journeys, %d posts, %d referrals stored and opened, %d ms%n",
        SEED, journeys, posts, stored, (System.nanoTime() - started) / 1_000_000);
    assertThat(journeys).as("journeys walked in the time").isGreaterThanOrEqualTo(Math.min(EXAMPLES, 10));
    assertThat(posts).as("form posts sent").isGreaterThan(journeys * 4);
    // About one journey in ten ends in a referral; the seed changes each run, so ask for half that.
    assertThat(stored).as("referrals that got through and were opened").isGreaterThanOrEqualTo(Math.max(1, journeys / 20));
  }

  private void walk(Journey journey, Iterator<Choice> picked) throws Exception {
    switch (journey) {
      case PUBLIC_REPORT -> publicReport(picked);
      case CHILD -> shortRoute("child-or-young-person", picked, CHILD_STEPS);
      case PARENT_OR_CARER -> shortRoute("parent-or-carer", picked, PARENT_STEPS);
      case ADULT_WHO_WORKS_WITH_CHILDREN -> shortRoute("adult-who-works-with-children", picked, LADO_STEPS);
      case PROFESSIONAL -> professionalReferral(picked);
      case EMPLOYER_TO_LADO -> employerToLado(picked);
      case LADO_CONSULTATION -> ladoConsultation(picked);
      case PHONE_CONTACT -> phoneContact(picked);
      case STAFF -> staffForms(picked);
      case SIGN_IN -> signIn(picked);
      case STRATEGY_DISCUSSION -> strategyDiscussion(picked);
      case CHILD_PROTECTION -> childProtection(picked);
    }
  }

  private Visitor newVisitor() {
    int n = addresses.incrementAndGet();
    return new Visitor(mvc, "10.251." + (n / 250) + "." + (n % 250 + 1));
  }

  private void publicReport(Iterator<Choice> picked) throws Exception {
    Visitor visitor = newVisitor();
    String base = "/west-berkshire/report-online/";
    look(visitor, base + "child", "child", picked);
    for (Map.Entry<String, Map<String, String>> step : PUBLIC_STEPS.entrySet()) {
      send(visitor, base + step.getKey(), step.getValue(), picked);
    }
    sendChecked(visitor, base, picked);
    opensIfStored(visitor, base + "confirmation", "/staff/mash/contacts/", worker);
  }

  private void shortRoute(String route, Iterator<Choice> picked, Map<String, Map<String, String>> steps) throws Exception {
    Visitor visitor = newVisitor();
    String base = "/west-berkshire/tell-us/" + route + "/";
    for (Map.Entry<String, Map<String, String>> step : steps.entrySet()) {
      send(visitor, base + step.getKey(), step.getValue(), picked);
    }
    sendChecked(visitor, base, picked);
    boolean lado = route.equals("adult-who-works-with-children");
    opensIfStored(visitor, base + "confirmation", lado ? "/staff/lado/" : "/staff/mash/contacts/", lado ? this.lado : worker);
  }

  /** Sends from the check page with the token it shows, as a browser would. */
  private void sendChecked(Visitor visitor, String base, Iterator<Choice> picked) throws Exception {
    Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f-]+)\"").matcher(page(visitor, base + "check"));
    send(visitor, base + "check", Map.of("token", token.find() ? token.group(1) : "none", "website", ""), picked);
  }

  private void professionalReferral(Iterator<Choice> picked) throws Exception {
    String first = professional.post("/west-berkshire/professional/referrals", Map.of()).getRedirectedUrl();
    String base = first.substring(0, first.lastIndexOf('/') + 1);
    look(professional, base + "child", "child", picked);
    for (Map.Entry<String, Map<String, String>> step : PROFESSIONAL_STEPS.entrySet()) {
      send(professional, base + step.getKey(), step.getValue(), picked);
    }
    sendChecked(professional, base, picked);
    opensIfStored(professional, base + "sent", "/staff/mash/contacts/", worker);
  }

  /** An employer's designated safeguarding lead tells the LADO through the professional sign-in. */
  private void employerToLado(Iterator<Choice> picked) throws Exception {
    String first = professional.post("/west-berkshire/professional/referrals", Map.of()).getRedirectedUrl();
    String base = first.substring(0, first.lastIndexOf('/') + 1);
    for (Map.Entry<String, Map<String, String>> step : EMPLOYER_STEPS.entrySet()) {
      send(professional, base + step.getKey(), step.getValue(), picked);
    }
    sendChecked(professional, base, picked);
    opensIfStored(professional, base + "sent", "/staff/lado/", lado);
  }

  /** The LADO records a phone consultation; what was kept opens as an allegation. */
  private void ladoConsultation(Iterator<Choice> picked) throws Exception {
    Visitor officer = new Visitor(mvc, "10.250.1.2", MashTesting.as(lado));
    Map<String, String> call = new LinkedHashMap<>(LADO_CONSULTATION);
    call.put("token", UUID.randomUUID().toString());
    String location = send(officer, "/staff/lado/consultations/new", call, picked).getRedirectedUrl();
    if (location != null && location.startsWith("/staff/lado/consultations/")) {
      opensIfStored(officer, location, "/staff/lado/", lado);
    }
  }

  private void phoneContact(Iterator<Choice> picked) throws Exception {
    Visitor handler = new Visitor(mvc, "10.250.1.1", MashTesting.as(callHandler));
    Map<String, String> call = new LinkedHashMap<>(PHONE_CONTACT);
    call.put("token", UUID.randomUUID().toString());
    MockHttpServletResponse recorded = send(handler, "/staff/phone-contacts/new", call, picked);
    String location = recorded.getRedirectedUrl();
    if (location != null && location.startsWith("/staff/phone-contacts/")) {
      String reference = location.substring("/staff/phone-contacts/".length());
      assertThat(handler.get(location).getStatus()).as("the recorded call " + reference).isEqualTo(200);
      opens("/staff/mash/contacts/" + reference, worker);
    }
  }

  private void staffForms(Iterator<Choice> picked) throws Exception {
    String page = "/staff/mash/contacts/" + contact;
    Visitor mash = new Visitor(mvc, "10.250.2.1", MashTesting.as(worker));
    send(mash, page + "/rag", Map.of("rag", "AMBER", "reason", "Bruising seen"), picked);
    send(mash, page + "/assign", Map.of("to", worker.id().toString()), picked);
    send(mash, page + "/requests", Map.of("agency", "HEALTH", "person", "c0", "question", "Anything known?"), picked);
    send(mash, page + "/people/link", Map.of("key", "c0", "personId", UUID.randomUUID().toString()), picked);
    send(mash, page + "/decision",
        Map.of("thresholdLevel", "2", "rationale", "Some needs", "outcome", "EARLY_HELP", "nextSteps", "Early help offer"), picked);
    send(new Visitor(mvc, "10.250.2.2", MashTesting.as(manager)), page + "/authorisation",
        Map.of("action", "send-back", "reason", "Check with school"), picked);
    send(new Visitor(mvc, "10.250.2.3", MashTesting.as(edt)), "/staff/edt/contacts/" + nightContact,
        Map.of("action", "Rang the family"), picked);
    send(new Visitor(mvc, "10.250.2.4", MashTesting.as(police)), "/staff/requests/" + request,
        Map.of("holds", "yes", "answer", "One call-out"), picked);
    send(new Visitor(mvc, "10.250.2.5", MashTesting.as(admin)), "/staff/admin/mash/agencies/education",
        Map.of("name", "Education safeguarding team (West Berkshire)", "leadEmail", "education.lead@west-berkshire.demo"), picked);
    send(new Visitor(mvc, "10.250.2.5", MashTesting.as(admin)), "/staff/admin/mash/deadlines/amber",
        Map.of("amount", "1", "unit", "DAYS"), picked);
    send(new Visitor(mvc, "10.250.2.5", MashTesting.as(admin)), "/staff/admin/api-keys",
        Map.of("organisation", "Thames Valley Police"), picked);
    councilDetailsForms(picked);
    // An issuer nothing answers at (port 9, closed), so the form is checked to its last step, reading the provider.
    send(new Visitor(mvc, "10.250.2.5", MashTesting.as(admin)), "/staff/admin/single-sign-on",
        Map.of("issuerUri", "http://127.0.0.1:9/tenant/v2.0", "clientId", "front-door", "clientSecret", "s3cret",
            "usernameClaim", "preferred_username", "groupsClaim", "groups", "passwordAllowed", "no",
            "groups-TEAM_MANAGER", "fd-managers", "groups-SOCIAL_WORKER", "fd-social-workers, fd-caseworkers"), picked);
    send(new Visitor(mvc, "10.250.2.6", MashTesting.as(socialWorker)), "/staff/casework/episodes/" + DEMO_EPISODE + "/census",
        Map.of("sex", "F", "ethnicity", "WBRI", "disabilities", "LD", "upn", "", "upnUnknown", "UN2", "referralSource", "2A"), picked);
    look(new Visitor(mvc, "10.250.2.7", MashTesting.as(performance)), "/staff/returns", "year", picked);
    look(new Visitor(mvc, "10.250.2.7", MashTesting.as(performance)), "/staff/returns/csc-extract", "since", picked);
    look(new Visitor(mvc, "10.250.2.7", MashTesting.as(performance)), "/staff/returns/dashboard", "month", picked);
    look(new Visitor(mvc, "10.250.2.7", MashTesting.as(performance)), "/staff/returns/dashboard", "team", picked);
    opens(page, worker);
    opens("/staff/edt/contacts/" + nightContact, edt);
    protectionForms(picked);
    staffAdministrationForms(picked);
  }

  /**
   * Inviting staff and changing roles; the operator's new council; the first start's setup and an
   * invitation's password, both with a link that does not open (a real one would close setup for
   * every test after); the staff page opens after.
   */
  private void staffAdministrationForms(Iterator<Choice> picked) throws Exception {
    if (invitee == null) {
      invitee = transactions.execute(tx -> invitations.invite(WEST_BERKSHIRE,
          new uk.frontdoor.identity.StaffInvitations.Inviter(admin.id(), admin.displayName()),
          new uk.frontdoor.identity.StaffInvitations.NewStaff("Fuzz Member", "fuzz.member." + UUID.randomUUID() + "@west-berkshire.example",
              Agency.SOCIAL_CARE, List.of(uk.frontdoor.identity.StaffRole.FAMILY_HELP)), "http://localhost/"));
    }
    Visitor administrator = new Visitor(mvc, "10.250.2.5", MashTesting.as(admin));
    send(administrator, "/staff/admin/invite",
        Map.of("name", "Ivy Invitee", "email", "ivy.invitee@west-berkshire.example", "agency", "HEALTH", "roles", "PARTNER_PRACTITIONER"),
        picked);
    send(administrator, "/staff/admin/" + invitee + "/roles", Map.of("roles", "SOCIAL_WORKER"), picked);
    send(new Visitor(mvc, "10.250.2.8", MashTesting.as(MashTesting.named("Olu Operator", WEST_BERKSHIRE, "DEPLOYMENT_OPERATOR"))),
        "/staff/operator/councils/new",
        Map.of("name", "Fuzz Council", "slug", "fuzz-council", "laCode", "998", "phone", "01632 960 003", "email", "duty@fuzz.example",
            "adminName", "Fay Fuzz", "adminEmail", "fay@fuzz.example"),
        picked);
    send(newVisitor(), "/setup",
        Map.of("token", "no-such-token", "name", "Fuzz Council", "slug", "fuzz-council", "laCode", "998", "phone", "01632 960 003",
            "email", "duty@fuzz.example", "adminName", "Fay Fuzz", "adminEmail", "fay@fuzz.example"),
        picked);
    send(newVisitor(), "/staff/invitation/no-such-token", Map.of("password", "correct horse battery", "confirm", "correct horse battery"),
        picked);
    assertThat(administrator.get("/staff/admin").getStatus()).isEqualTo(200);
  }

  /** The council's details, each change scheduled years ahead so that other journeys meet the demo council as it is. */
  private void councilDetailsForms(Iterator<Choice> picked) throws Exception {
    Visitor administrator = new Visitor(mvc, "10.250.2.5", MashTesting.as(admin));
    send(administrator, "/staff/council/office-hours", scheduled("answers", "HOURS", "MONDAY-opens", "9am", "MONDAY-closes", "5pm",
        "FRIDAY-opens", "09:00", "FRIDAY-closes", "16:30", "closedOnBankHolidays", "true", "outOfHours", "outside office hours"), picked);
    send(administrator, "/staff/council/office-hours", scheduled("answers", "NOT_PUBLISHED", "unpublishedDays", "MONDAY",
        "closedOnBankHolidays", "false", "outOfHours", "at night"), picked);
    send(administrator, "/staff/council/teams/EDS", scheduled("name", "Emergency Duty Service", "description", "Out of hours",
        "phone", "01344 351 999", "email", "eds@west-berkshire.example", "hours", "Outside office hours", "availability", "OUT_OF_HOURS",
        "frontDoor", "true", "audiences", "PUBLIC"), picked);
    send(administrator, "/staff/council/teams/new", scheduled("code", "FH", "name", "Family Hub", "description", "Help for families",
        "phone", "01344 351 000", "email", "hub@west-berkshire.example", "hours", "9am to 5pm", "availability", "ALWAYS",
        "frontDoor", "false", "audiences", "PROFESSIONAL"), picked);
    send(administrator, "/staff/council/teams/EDS/remove", scheduled(), picked);
    send(administrator, "/staff/council/threshold-levels/2", scheduled("name", "Early help", "summary", "Additional needs",
        "route", "Support within your agency", "indicators", "Parents and carers\n- Struggling with routines"), picked);
    send(administrator, "/staff/council/guidance", scheduled("documentName", "the threshold guidance", "introduction", "Use the levels",
        "immediate", "Call 999", "nonImmediate", "Contact CAAS"), picked);
    send(administrator, "/staff/council/special-days", Map.of("dayDay", "24", "dayMonth", "12", "dayYear", "2030", "kind", "SHORTER",
        "closesAt", "1pm", "description", "Christmas Eve"), picked);
    opens("/staff/council", admin);
    opens("/staff/council/history", admin);
  }

  private static Map<String, String> scheduled(String... nameValuePairs) {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      fields.put(nameValuePairs[i], nameValuePairs[i + 1]);
    }
    fields.putAll(Map.of("fromDay", "1", "fromMonth", "1", "fromYear", "2031", "fromTime", "9am", "reason", "Fuzzed change"));
    return fields;
  }

  /** A child's child protection team, its partner's contribution, its pre-proceedings and its emergency protection; the pages open after. */
  private void protectionForms(Iterator<Choice> picked) throws Exception {
    String child = "/staff/casework/episodes/" + teamEpisode;
    Visitor caseworker = new Visitor(mvc, "10.250.2.6", MashTesting.as(socialWorker));
    send(caseworker, child + "/protection-team", Map.of("member", police.id().toString()), picked);
    send(new Visitor(mvc, "10.250.2.4", MashTesting.as(police)), "/staff/protection/" + teamEpisode + "/contributions",
        Map.of("text", "Two call-outs to the address"), picked);
    send(caseworker, child + "/pre-proceedings/fgdm-offer",
        Map.of("dateDay", "27", "dateMonth", "11", "dateYear", "2026", "choice", "yes"), picked);
    send(caseworker, child + "/pre-proceedings/decision",
        Map.of("dateDay", "27", "dateMonth", "11", "dateYear", "2026", "choice", "END_PRE_PROCEEDINGS", "text", "Family plan agreed"), picked);
    send(caseworker, child + "/emergency-protection/police", Map.of("startDay", "27", "startMonth", "11", "startYear", "2026",
        "startTime", "9am", "force", "Thames Valley Police", "reference", "PC 1234", "endedDay", "27", "endedMonth", "11", "endedYear", "2026",
        "endedTime", "2pm"), picked);
    send(caseworker, child + "/emergency-protection/order", Map.of("startDay", "27", "startMonth", "11", "startYear", "2026",
        "startTime", "10am", "court", "Reading Family Court", "endDay", "4", "endMonth", "12", "endYear", "2026"), picked);
    var orders = emergencyProtections.of(WEST_BERKSHIRE, UUID.fromString(teamEpisode));
    if (!orders.isEmpty()) {
      String order = child + "/emergency-protection/" + orders.get(orders.size() - 1).id();
      send(caseworker, order + "/extension", Map.of("extendedDay", "27", "extendedMonth", "11", "extendedYear", "2026",
          "newEndDay", "8", "newEndMonth", "12", "newEndYear", "2026"), picked);
      send(caseworker, order + "/end", Map.of("endedDay", "27", "endedMonth", "11", "endedYear", "2026", "endedTime", "3pm",
          "reason", "Discharged"), picked);
    }
    opens(child, socialWorker);
    opens("/staff/protection/" + teamEpisode, police);
  }

  /** A strategy discussion recorded on a child's episode, then the section 47 enquiry it started completed. */
  private void strategyDiscussion(Iterator<Choice> picked) throws Exception {
    Visitor social = new Visitor(mvc, "10.250.2.6", MashTesting.as(socialWorker));
    String base = "/staff/casework/episodes/" + episode;
    Map<String, String> discussion = new LinkedHashMap<>(STRATEGY_DISCUSSION);
    discussion.put("section47-" + episode, "yes");
    discussion.put("reason-" + episode, "Unexplained bruising");
    send(social, base + "/strategy-discussions/new", discussion, picked);
    send(new Visitor(mvc, "10.250.2.9", MashTesting.as(MashTesting.named("Tam Manager", WEST_BERKSHIRE, "TEAM_MANAGER"))),
        base + "/allocation", Map.of("lead", directory.withAnyRole(WEST_BERKSHIRE, List.of("SOCIAL_WORKER")).get(0).id().toString(),
            "team", "CAAS", "reason", "Fuzzed allocation"), picked);
    var open = enquiries.openOf(WEST_BERKSHIRE, episode);
    if (open.isPresent()) {
      send(social, base + "/enquiries/" + open.get().id(), ENQUIRY_COMPLETION, picked);
    }
    opens(base, socialWorker);
    opens(base + "/allocation", MashTesting.named("Tam Manager", WEST_BERKSHIRE, "TEAM_MANAGER"));
  }

  /** Child protection's forms: convening, holding and cancelling a conference, an invitee's report, a core group meeting. */
  private void childProtection(Iterator<Choice> picked) throws Exception {
    String episode = "/staff/casework/episodes/" + protection.episode();
    String review = episode + "/conferences/" + protection.review();
    String plan = episode + "/protection-plans/" + protection.plan();
    String k = protection.episode().toString();
    Visitor social = new Visitor(mvc, "10.250.3.1", MashTesting.as(MashTesting.named("Sol Worker", OXFORDSHIRE, "SOCIAL_WORKER")));
    Visitor chair = new Visitor(mvc, "10.250.3.2", MashTesting.as(MashTesting.named("Cher Chair", OXFORDSHIRE, "CONFERENCE_CHAIR")));
    Map<String, String> day = Map.of("dateDay", "27", "dateMonth", "11", "dateYear", "2026");
    Map<String, String> convene = new LinkedHashMap<>(day);
    convene.putAll(Map.of("time", "10am", "chair", protection.chair().toString(), "inviteeName", "Jo Parent", "inviteeAs", "AGENCY",
        "inviteeAgency", "POLICE", "add", "invitee"));
    send(social, episode + "/conferences/new", with(convene, "enquiry", protection.enquiry().toString()), picked);
    send(social, plan + "/review-conference", convene, picked);
    send(social, plan + "/core-group", with(day, "text", "Agreed the plan"), picked);
    send(chair, review + "/invitees/1", Map.of("report", "yes", "attended", "no"), picked);
    Map<String, String> hold = new LinkedHashMap<>(day);
    hold.putAll(Map.of("summary", "Progress", "decision-" + k, "CONTINUE", "category-" + k, "EMO", "endReason-" + k, "Safe now",
        "lead-" + k, protection.lead().toString()));
    send(chair, review + "/hold", hold, picked);
    send(chair, review + "/cancel", Map.of("text", "The family moved"), picked);
    opens(review, MashTesting.named("Cher Chair", OXFORDSHIRE, "CONFERENCE_CHAIR"));
  }

  private static Map<String, String> with(Map<String, String> fields, String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(fields);
    more.put(name, value);
    return more;
  }

  /** Staff and professionals' sign-in, as no one the demo knows (so no demo account is locked out). */
  private void signIn(Iterator<Choice> picked) throws Exception {
    Visitor visitor = newVisitor();
    send(visitor, "/staff/sign-in", Map.of("username", "nobody@west-berkshire.demo", "password", "not-the-password"), picked);
    send(visitor, "/staff/sign-in/code", Map.of("code", "123456"), picked);
    send(visitor, "/west-berkshire/professional/sign-in", Map.of("email", "nobody-" + addresses.get() + "@school.example"), picked);
    send(visitor, "/west-berkshire/professional/sign-in/code", Map.of("code", "123456"), picked);
  }

  /**
   * Posts the form with each field's choice: its ordinary value, a hostile one, none, or the
   * ordinary value and the hostile one twice; and now and then a stray field. Fails on a 5xx.
   */
  private MockHttpServletResponse send(Visitor visitor, String path, Map<String, String> ordinary, Iterator<Choice> picked)
      throws Exception {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    ordinary.forEach(
        (name, value) -> {
          Choice choice = next(picked);
          fields.put(name, switch (choice.kind()) {
            case ORDINARY -> List.of(value);
            case HOSTILE -> List.of(choice.text());
            case MISSING -> List.of();
            case REPEATED -> List.of(value, choice.text(), choice.text());
          });
        });
    Choice stray = next(picked);
    if (stray.kind() == Kind.HOSTILE && !stray.text().isEmpty()) {
      fields.computeIfAbsent(stray.text(), name -> new ArrayList<>()).add(stray.text());
    }
    MockHttpServletResponse response = visitor.post(path, fields);
    posts++;
    if (response.getStatus() >= 500) {
      throw new AssertionError("POST " + path + " answered " + response.getStatus() + " to " + describe(fields));
    }
    return response;
  }

  static final Map<String, String> STRATEGY_DISCUSSION =
      steps("new", f("heldDay", "27", "heldMonth", "11", "heldYear", "2026", "heldTime", "9am", "summary", "Bruising seen at school",
          "attendeeRows", "6", "attendee-1-name", "Sue Social", "attendee-1-agency", "SOCIAL_CARE", "attendee-1-role", "Social worker",
          "attendee-2-name", "DC Perry", "attendee-2-agency", "POLICE", "noHealthReason", "The GP was on leave",
          "actionRows", "3", "action-1-what", "Police checks", "action-1-owner", "DC Perry", "action-1-dueDay", "4",
          "action-1-dueMonth", "12", "action-1-dueYear", "2026", "follows", "", "add", "")).get("new");

  static final Map<String, String> ENQUIRY_COMPLETION =
      steps("complete", f("seenDay", "27", "seenMonth", "11", "seenYear", "2026", "seenAlone", "yes", "outcome", "NOT_SUBSTANTIATED",
          "completedDay", "27", "completedMonth", "11", "completedYear", "2026")).get("complete");

  /** Now and then opens a page with a hostile value in its query parameter. Fails on a 5xx. */
  private void look(Visitor visitor, String path, String parameter, Iterator<Choice> picked) throws Exception {
    Choice choice = next(picked);
    if (choice.kind() == Kind.HOSTILE) {
      MockHttpServletResponse response = visitor.perform(MockMvcRequestBuilders.get(path).param(parameter, choice.text()));
      if (response.getStatus() >= 500) {
        throw new AssertionError("GET " + path + "?" + parameter + "=" + choice + " answered " + response.getStatus());
      }
    }
  }

  private static Choice next(Iterator<Choice> picked) {
    return picked.hasNext() ? picked.next() : new Choice(Kind.ORDINARY, "");
  }

  private String page(Visitor visitor, String path) throws Exception {
    MockHttpServletResponse response = visitor.get(path);
    if (response.getStatus() >= 500) {
      throw new AssertionError("GET " + path + " answered " + response.getStatus());
    }
    return response.getContentAsString();
  }

  /** If the journey ended on its confirmation page, the stored referral opens for staff. */
  private void opensIfStored(Visitor visitor, String confirmation, String staffPage, StaffUser as) throws Exception {
    MockHttpServletResponse shown = visitor.get(confirmation);
    if (shown.getStatus() >= 500) {
      throw new AssertionError("GET " + confirmation + " answered " + shown.getStatus());
    }
    if (shown.getStatus() != 200) {
      return;
    }
    Matcher reference = Pattern.compile("([ACDEFHJKMNPRTUVWXY3479]{4}-[ACDEFHJKMNPRTUVWXY3479]{4})").matcher(shown.getContentAsString());
    assertThat(reference.find()).as("a reference on " + confirmation).isTrue();
    opens(staffPage + reference.group(1), as);
    stored++;
  }

  private void opens(String path, StaffUser as) throws Exception {
    MockHttpServletResponse opened = new Visitor(mvc, "10.250.3.1", MashTesting.as(as)).awaitPage(path);
    assertThat(opened.getStatus()).as("GET " + path).isEqualTo(200);
  }

  private static String describe(Map<String, List<String>> fields) {
    StringBuilder text = new StringBuilder();
    fields.forEach((name, values) -> text.append(new Choice(Kind.HOSTILE, name)).append(" = ")
        .append(values.stream().map(v -> new Choice(Kind.HOSTILE, v).toString()).toList()).append("; "));
    return text.toString();
  }

  /** A referral through the partner API, to work on with the staff forms; its reference. */
  private String apiReferral(String slug) throws Exception {
    String body =
        """
        {"referralType": "SAFEGUARDING",
         "referrer": {"name": "Sam Patel", "organisation": "Park School", "role": "DSL", "email": "dsl@example.org"},
         "children": [{"firstName": "Ava", "lastName": "Jones", "dateOfBirth": "2016-03-02"}],
         "concern": {"summary": "Ava said she was hit.", "categories": ["PHYSICAL"], "immediateDanger": false},
         "consent": {"status": "NOT_SOUGHT_RISK", "reason": "Risk to Ava."}}
        """;
    return FormTesting.apiReferral(port, slug, "fuzz-" + UUID.randomUUID(), body);
  }

  private static Map<String, Map<String, String>> steps(Object... pathAndFields) {
    Map<String, Map<String, String>> steps = new LinkedHashMap<>();
    for (int i = 0; i < pathAndFields.length; i += 2) {
      String[] fields = (String[]) pathAndFields[i + 1];
      Map<String, String> ordinary = new LinkedHashMap<>();
      for (int f = 0; f < fields.length; f += 2) {
        ordinary.put(fields[f], fields[f + 1]);
      }
      steps.put((String) pathAndFields[i], ordinary);
    }
    return steps;
  }

  private static String[] f(String... nameValuePairs) {
    return nameValuePairs;
  }

  static final Map<String, Map<String, String>> PUBLIC_STEPS =
      steps(
          "danger", f("danger", "no"),
          "child", f("firstName", "Sam", "lastName", "Jones", "description", "Tall for his age", "dobDay", "2", "dobMonth", "3",
              "dobYear", "2016", "dueDay", "", "dueMonth", "", "dueYear", "", "age", ""),
          "children", f("addAnother", "no"),
          "address", f("addressLine1", "1 Oak Road", "town", "Newbury", "postcode", "RG14 1AA"),
          "household", f("household", "Mum and her partner"),
          "what-happened", f("whatHappened", "Sam has bruises on his arms.", "when", "Monday"),
          "harm", f("harm", "PHYSICAL"),
          "family-knows", f("familyKnows", "no"),
          "about-you", f("identity", "details", "name", "Pat Smith", "relationship", "Neighbour", "email", "pat@example.org",
              "phone", "01635 000000", "confidential", "yes"));

  static final Map<String, Map<String, String>> CHILD_STEPS =
      steps(
          "danger", f("danger", "no"), "name", f("name", "Jo"), "age", f("age", "12"), "what", f("what", "My dad hits me."),
          "who", f("who", "Dad"), "where", f("where", "Park School"), "contact", f("contact", "07700 900123"));

  static final Map<String, Map<String, String>> PARENT_STEPS =
      steps(
          "danger", f("danger", "no"), "children", f("children", "Ali, 4"), "worry", f("worry", "I cannot cope."),
          "help", f("help", "parenting"), "address", f("address", "RG14 1AA"),
          "you", f("you.identity", "details", "you.name", "Kim", "you.email", "kim@example.org", "you.phone", "07700 900124"));

  static final Map<String, Map<String, String>> LADO_STEPS =
      steps(
          "danger", f("danger", "no"), "adult", f("adult", "Mr Coach"), "employer", f("employer", "Newbury FC"),
          "role", f("role", "Football coach"), "criteria", f("criteria", "HARMED"), "what", f("what", "He grabbed a boy."),
          "children", f("children", "Tom, 10"), "knows", f("knows", "The club"),
          "you", f("you.identity", "details", "you.name", "Pat", "you.email", "pat@example.org", "you.phone", ""));

  static final Map<String, Map<String, String>> PROFESSIONAL_STEPS =
      steps(
          "type", f("referralType", "SAFEGUARDING"),
          "you", f("name", "Sam Patel", "role", "DSL", "organisation", "Park School", "phone", "01635 000000", "phoneCallReference", ""),
          "child", f("firstName", "Ava", "lastName", "Jones", "dobDay", "2", "dobMonth", "3", "dobYear", "2016", "dueDay", "",
              "dueMonth", "", "dueYear", "", "nhsNumber", "9434765919", "upn", "", "school", "Park School", "gp", "Oak Surgery",
              "addressLine1", "1 High Street", "town", "Thatcham", "postcode", "RG19 3AA"),
          "children", f("addAnother", "no"),
          "household", f("household", "Mum and step-father"),
          "concern", f("summary", "Ava said she was hit.", "evidence", "A bruise on her arm."),
          "harm", f("harm", "PHYSICAL"),
          "actions", f("agencyActions", "Spoke to Ava.", "thresholdLevel", "3"),
          "consent", f("consent", "NOT_SOUGHT_RISK", "consentReason", "Telling the family could put Ava at risk."));

  static final Map<String, Map<String, String>> EMPLOYER_STEPS =
      steps(
          "type", f("referralType", "LADO"),
          "you", f("name", "Sam Patel", "role", "DSL", "organisation", "Park School", "phone", "01635 000000", "phoneCallReference", ""),
          "child", f("firstName", "Tom", "lastName", "Hale", "dobDay", "2", "dobMonth", "3", "dobYear", "2014", "dueDay", "",
              "dueMonth", "", "dueYear", "", "nhsNumber", "", "upn", "", "school", "Park School", "gp", "",
              "addressLine1", "", "town", "", "postcode", ""),
          "children", f("addAnother", "no"),
          "adult", f("adultName", "Dan Reeve", "adultBornDay", "12", "adultBornMonth", "5", "adultBornYear", "1988",
              "adultRole", "PE teacher", "adultEmployer", "Park School", "sector", "EDUCATION", "otherRoles", "Football club"),
          "allegation", f("criteria", "HARMED", "allegation", "Tom says Mr Reeve pushed him.", "awareDay", "26", "awareMonth", "11",
              "awareYear", "2026", "awareTime", "9:30am"),
          "employer", f("employerActions", "Suspended pending advice.", "whoKnows", "Tom's parents"));

  static final Map<String, String> LADO_CONSULTATION =
      steps("new", f(
          "callerName", "Jo Head", "callerOrganisation", "Park School", "callerRole", "Head", "callerPhone", "01635 000001",
          "callerEmail", "head@park.example", "adultName", "Pat Keeper", "adultRole", "Caretaker", "adultEmployer", "Park School",
          "sector", "EDUCATION", "told", "Images shown to a pupil.", "children", "A boy in year 8", "awareDay", "26",
          "awareMonth", "11", "awareYear", "2026", "awareTime", "14:30")).get("new");

  static final Map<String, String> PHONE_CONTACT =
      steps("new", f(
          "callerType", "PROFESSIONAL", "callerName", "Jo Health", "callerPhone", "01635 111111", "callerEmail", "jo@nhs.example",
          "callerOrganisation", "Berkshire Health", "callerRole", "Health visitor", "confidential", "no", "firstName", "Mia",
          "lastName", "Brown", "dobDay", "1", "dobMonth", "6", "dobYear", "2020", "childDescription", "Small",
          "addressLine1", "2 Elm Road", "town", "Newbury", "postcode", "RG14 1AA", "summary", "Mia has a burn.",
          "answer0", "No", "answer1", "Seen today", "harm", "PHYSICAL", "immediateDanger", "no", "urgency", "AMBER",
          "writtenReferralDue", "yes", "handlerNotes", "Caller was calm.")).get("new");
}
