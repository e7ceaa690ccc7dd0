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
import static uk.frontdoor.mash.MashTesting.as;
import static uk.frontdoor.mash.MashTesting.named;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.TestClock;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.Agency;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.InformationRequests.Person;
import uk.frontdoor.people.KnownPerson;
import uk.frontdoor.people.NewPerson;
import uk.frontdoor.people.NhsNumber;
import uk.frontdoor.people.People;
import uk.frontdoor.people.PersonKind;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.ReferralSubmissionIT;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Route;

/**
 * The MASH asks partner agencies what they hold, with deadlines in the council's working time;
 * each agency sees and answers only its own requests; overdue ones are escalated once. The clock
 * is fixed at 16:15 on Friday 27 November 2026, after Oxfordshire's office has closed.
 */
@IntegrationTest
class InformationRequestsIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID SOUTHAMPTON = UUID.fromString("00000000-0000-4000-8000-000000000003");
  // Demo partner practitioners in Oxfordshire (the third council by slug).
  static final StaffUser OXFORDSHIRE_POLICE =
      new StaffUser(UUID.fromString("00000000-0000-4000-d000-000000000003"), OXFORDSHIRE, "police.officer@oxfordshire.demo",
          "Demo police officer", List.of("PARTNER_PRACTITIONER"), true, null);
  static final StaffUser OXFORDSHIRE_HEALTH =
      new StaffUser(UUID.fromString("00000000-0000-4000-d100-000000000003"), OXFORDSHIRE, "health.practitioner@oxfordshire.demo",
          "Demo health practitioner", List.of("PARTNER_PRACTITIONER"), true, null);
  static final Person AVA = new Person("Ava Jones", "2 March 2016", "1 High Street, Banbury, OX16 5AA", "9434765919");

  @Autowired MockMvc mvc;
  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired InformationRequests requests;
  @Autowired ContactPeople contactPeople;
  @Autowired People people;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;
  @Autowired TestClock clock;

  @Autowired
  @Qualifier("ownerDataSource")
  DataSource ownerDataSource;

  final StaffUser worker = named("Wendy Worker", OXFORDSHIRE, "MASH_SOCIAL_WORKER");

  private MashContact contact(UUID authority, Rag rag) throws InterruptedException {
    MashContact contact =
        MashTesting.submitted(referrals, queue, authority, ReferralSubmissionIT.professionalReferral("dsl@example.org"));
    if (rag != null) {
      queue.rate(named("Wendy Worker", authority, "MASH_SOCIAL_WORKER"), contact.reference(), rag, "test");
    }
    return contact;
  }

  private InformationRequest only(List<InformationRequest> made, Agency agency) {
    return made.stream().filter(r -> r.agency() == agency).findFirst().orElseThrow();
  }

  @Test
  void aRedContactsRequestsAreDueFourWorkingHoursAfterTheOfficeOpens() throws Exception {
    MashContact red = contact(OXFORDSHIRE, Rag.RED);
    List<InformationRequest> made = requests.ask(worker, red.reference(), List.of(Agency.POLICE, Agency.HEALTH), List.of(AVA), "What do you hold?");
    assertThat(made).hasSize(2).allSatisfy(r -> assertThat(r.dueAt()).isEqualTo(Instant.parse("2026-11-30T12:30:00Z")));

    MashContact amber = contact(OXFORDSHIRE, Rag.AMBER);
    InformationRequest amberRequest = requests.ask(worker, amber.reference(), List.of(Agency.EDUCATION), List.of(AVA), "Attendance?").get(0);
    assertThat(amberRequest.dueAt()).as("the end of the working day after Monday's opening").isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));

    MashContact green = contact(OXFORDSHIRE, Rag.GREEN);
    assertThat(requests.ask(worker, green.reference(), List.of(Agency.EDUCATION), List.of(AVA), "Attendance?").get(0).dueAt())
        .isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
  }

  @Test
  void aRequestCarriesTheLinkedRecordsIdentifiersAndAdultsInTheHouseholdCanBeAskedAbout() throws Exception {
    // The council knows Zara Okafor-Reid, with her NHS number and address, and her mother in the same household.
    String surname = "Okafor-Reid" + UUID.randomUUID().toString().substring(0, 4);
    UUID household = people.addHousehold(OXFORDSHIRE, "4 Mill Lane, Banbury", "OX16 2AB");
    KnownPerson zara = people.add(OXFORDSHIRE, new NewPerson(PersonKind.CHILD, "Zara", surname, List.of(),
        LocalDate.parse("2017-05-09"), null, null, NhsNumber.parse("9434765838").orElseThrow(), null, "OX16 2AB",
        "4 Mill Lane, Banbury", household));
    KnownPerson mother = people.add(OXFORDSHIRE, new NewPerson(PersonKind.ADULT, "Grace", surname, List.of(),
        LocalDate.parse("1988-01-20"), null, null, null, null, "OX16 2AB", "4 Mill Lane, Banbury", household));

    // A member of the public knows only her name.
    ReferralDocument typed = new ReferralDocument(
        Route.MEMBER_OF_PUBLIC, null, null, false,
        List.of(new ReferralDocument.Child("Zara", surname, null, null, "9", null, null, null, null, null, null, null)),
        List.of(), null,
        new ReferralDocument.Concern("Zara is often outside alone late at night.", null, List.of(HarmCategory.NEGLECT), false, null, null),
        null, null, null, null, null, List.of(), null);
    MashContact contact = MashTesting.submitted(referrals, queue, OXFORDSHIRE, typed);
    queue.rate(worker, contact.reference(), Rag.AMBER, "test");
    String page = "/staff/mash/contacts/" + contact.reference();
    mvc.perform(get(page).with(as(worker)))
        .andExpect(content().string(containsString("Zara " + surname + ", born about 9")))
        .andExpect(content().string(not(containsString("Grace " + surname))));

    assertThat(contactPeople.link(worker, contact.reference(), "c0", zara.id())).isTrue();
    mvc.perform(get(page).with(as(worker)))
        .andExpect(content().string(containsString("Zara " + surname + ", born 9 May 2017")))
        .andExpect(content().string(containsString("Grace " + surname + " (adult in the same household), born 20 January 1988")));
    mvc.perform(post(page + "/requests").with(csrf()).with(as(worker))
            .param("agency", "POLICE").param("person", "c0").param("person", "p" + mother.id()).param("question", "What do you hold?"))
        .andExpect(status().is3xxRedirection());

    List<InformationRequest> made = requests.ofContact(OXFORDSHIRE, contact.id());
    assertThat(made).extracting(InformationRequest::personName, InformationRequest::personBorn, InformationRequest::personNhsNumber,
            InformationRequest::personAddress)
        .containsExactlyInAnyOrder(
            tuple("Zara " + surname, "9 May 2017", "9434765838", "4 Mill Lane, Banbury, OX16 2AB"),
            tuple("Grace " + surname + " (adult in the same household)", "20 January 1988", null, "4 Mill Lane, Banbury, OX16 2AB"));
  }

  @Test
  void aCouncilSetsItsOwnDeadlines() throws Exception {
    JdbcClient owner = JdbcClient.create(ownerDataSource);
    owner.sql("INSERT INTO information_request_deadline VALUES (?, 'RED', interval '1 hour', false) ON CONFLICT DO NOTHING")
        .param(SOUTHAMPTON).update();
    try {
      MashContact red = contact(SOUTHAMPTON, Rag.RED);
      StaffUser southamptonWorker = named("Sam Worker", SOUTHAMPTON, "MASH_SOCIAL_WORKER");
      // Southampton's MASH answers at any time, so every hour is working time.
      assertThat(requests.ask(southamptonWorker, red.reference(), List.of(Agency.POLICE), List.of(AVA), "Anything?").get(0).dueAt())
          .isEqualTo(Instant.parse("2026-11-27T17:15:00Z"));
    } finally {
      owner.sql("DELETE FROM information_request_deadline WHERE authority_id = ?").param(SOUTHAMPTON).update();
    }
  }

  @Test
  void eachAgencySeesAndAnswersOnlyItsOwnRequests() throws Exception {
    MashContact contact = contact(OXFORDSHIRE, Rag.AMBER);
    List<InformationRequest> made =
        requests.ask(worker, contact.reference(), List.of(Agency.POLICE, Agency.HEALTH), List.of(AVA), "What do you hold about Ava?");
    InformationRequest police = only(made, Agency.POLICE);
    InformationRequest health = only(made, Agency.HEALTH);

    mvc.perform(get("/staff/requests").with(as(OXFORDSHIRE_POLICE)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/staff/requests/" + police.id())))
        .andExpect(content().string(not(containsString(health.id().toString()))));
    mvc.perform(get("/staff/requests/" + health.id()).with(as(OXFORDSHIRE_POLICE))).andExpect(status().isNotFound());
    mvc.perform(get("/staff/requests/" + police.id()).with(as(OXFORDSHIRE_POLICE)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("What do you hold about Ava?")))
        .andExpect(content().string(containsString("9434765919")))
        .andExpect(content().string(not(containsString("step-father"))));
    mvc.perform(get("/staff/mash/contacts/" + contact.reference()).with(as(OXFORDSHIRE_POLICE))).andExpect(status().isForbidden());
    mvc.perform(get("/staff/requests").with(as(worker))).andExpect(status().isForbidden());

    mvc.perform(post("/staff/requests/" + police.id()).with(csrf()).with(as(OXFORDSHIRE_POLICE)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Select whether your agency holds information about this person")));
    mvc.perform(post("/staff/requests/" + police.id()).with(csrf()).with(as(OXFORDSHIRE_POLICE)).param("holds", "yes"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter what your agency holds")));
    mvc.perform(post("/staff/requests/" + police.id()).with(csrf()).with(as(OXFORDSHIRE_POLICE))
            .param("holds", "yes").param("answer", "Two domestic abuse call-outs to the address this year."))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/staff/requests"));
    mvc.perform(post("/staff/requests/" + health.id()).with(csrf()).with(as(OXFORDSHIRE_HEALTH)).param("holds", "no"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/staff/requests/" + police.id()).with(csrf()).with(as(OXFORDSHIRE_POLICE))
            .param("holds", "no"))
        .andExpect(content().string(containsString("This request has already been answered")));

    List<InformationRequest> answered = requests.ofContact(OXFORDSHIRE, contact.id());
    assertThat(only(answered, Agency.POLICE).answer()).isEqualTo("Two domestic abuse call-outs to the address this year.");
    assertThat(only(answered, Agency.POLICE).nothingKnown()).isFalse();
    assertThat(only(answered, Agency.HEALTH).nothingKnown()).isTrue();
    assertThat(audit.about(OXFORDSHIRE, InformationRequests.SUBJECT, police.id().toString()))
        .extracting(AuditEntry::action, AuditEntry::actorId)
        .contains(org.assertj.core.groups.Tuple.tuple("ANSWERED", OXFORDSHIRE_POLICE.id()));
    mvc.perform(get("/staff/mash/contacts/" + contact.reference()).with(as(worker)))
        .andExpect(content().string(containsString("Two domestic abuse call-outs to the address this year.")))
        .andExpect(content().string(containsString("Nothing known")));
  }

  @Test
  void theContactPageAsksAndSaysWhatIsMissing() throws Exception {
    MashContact contact = contact(OXFORDSHIRE, null);
    String page = "/staff/mash/contacts/" + contact.reference();
    mvc.perform(post(page + "/requests").with(csrf()).with(as(worker)).param("person", "c0").param("question", "Anything?"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Select at least one agency to ask")))
        .andExpect(content().string(containsString("Anything?")));
    mvc.perform(post(page + "/requests").with(csrf()).with(as(worker)).param("agency", "POLICE").param("agency", "EDUCATION")
            .param("person", "c0").param("question", "Anything known?"))
        .andExpect(status().is3xxRedirection());
    assertThat(requests.ofContact(OXFORDSHIRE, contact.id()))
        .extracting(InformationRequest::agency, InformationRequest::personName)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Agency.POLICE, "Ava Jones"), org.assertj.core.groups.Tuple.tuple(Agency.EDUCATION, "Ava Jones"));
  }

  @Test
  void anOverdueRequestIsEscalatedOnceToTheManagersAndTheAgencysLead() throws Exception {
    MashContact contact = contact(OXFORDSHIRE, Rag.RED);
    InformationRequest health = requests.ask(worker, contact.reference(), List.of(Agency.HEALTH), List.of(AVA), "Anything?").get(0);
    assertThat(health.dueAt()).as("4 working hours from Monday's opening").isEqualTo(Instant.parse("2026-11-30T12:30:00Z"));

    // Other tests' requests share the council, so this one is watched by itself.
    clock.moveTo(health.dueAt().minusSeconds(60));
    long overdueBefore = queue.summary(OXFORDSHIRE, uk.frontdoor.authority.WorkingCalendar.englandAndWales()).overdueRequests();
    requests.escalateOverdue(OXFORDSHIRE);
    assertThat(requests.ofContact(OXFORDSHIRE, contact.id()).get(0).escalatedAt()).as("a minute before it is due").isNull();
    assertThat(MashTesting.toldOfOverdueRequest(transactions, tenancy, jdbc, OXFORDSHIRE, contact.reference())).isEmpty();

    clock.advance(java.time.Duration.ofMinutes(1));
    assertThat(requests.ofContact(OXFORDSHIRE, contact.id()).get(0).overdueAt(clock.instant())).isTrue();
    assertThat(queue.summary(OXFORDSHIRE, uk.frontdoor.authority.WorkingCalendar.englandAndWales()).overdueRequests())
        .as("the manager's view counts it once it is due").isGreaterThan(overdueBefore);
    requests.escalateOverdue(OXFORDSHIRE);
    requests.escalateOverdue(OXFORDSHIRE);
    List<String> recipients = MashTesting.toldOfOverdueRequest(transactions, tenancy, jdbc, OXFORDSHIRE, contact.reference());
    assertThat(recipients).containsExactlyInAnyOrder("mash.manager@oxfordshire.demo", "health.lead@oxfordshire.demo");
    assertThat(requests.ofContact(OXFORDSHIRE, contact.id()).get(0).escalatedAt()).isNotNull();
  }
}
