package uk.frontdoor.mash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.frontdoor.mash.MashTesting.as;
import static uk.frontdoor.mash.MashTesting.named;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.Agency;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.InformationRequests.Person;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.referral.ReferralSubmissionIT;
import uk.frontdoor.referral.Referrals;

/**
 * A council administrator sets their MASH's partner agencies, nominated leads and deadlines for
 * partners' answers; no other council's settings are seen or touched. Bracknell Forest's office
 * (8:30am to 5pm) is open at the fixed clock, 16:15 on Friday 27 November 2026.
 */
@IntegrationTest
class MashSettingsIT {

  static final UUID BRACKNELL_FOREST = UUID.fromString("00000000-0000-4000-8000-000000000002");
  static final UUID NORTHAMPTONSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000004");
  static final Person AVA = new Person("Ava Jones", "2 March 2016", "1 High Street, Bracknell, RG12 1AA", "9434765919");

  @Autowired MockMvc mvc;
  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired InformationRequests requests;
  @Autowired MashSettings settings;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  @Autowired
  @Qualifier("ownerDataSource")
  DataSource ownerDataSource;

  final StaffUser admin = named("Ada Admin", BRACKNELL_FOREST, "COUNCIL_ADMINISTRATOR");
  final StaffUser worker = named("Wendy Worker", BRACKNELL_FOREST, "MASH_SOCIAL_WORKER");

  /** Puts back what the demo data says, whatever a failed run left. */
  @AfterEach
  void putTheDemoSettingsBack() {
    JdbcClient owner = JdbcClient.create(ownerDataSource);
    owner.sql("UPDATE partner_agency SET name = 'Health safeguarding team (Bracknell Forest)', "
            + "lead_email = 'health.lead@bracknell-forest.demo' WHERE authority_id = ? AND agency = 'HEALTH'")
        .param(BRACKNELL_FOREST).update();
    owner.sql("DELETE FROM partner_agency WHERE authority_id = ? AND agency = 'PROBATION'").param(BRACKNELL_FOREST).update();
    owner.sql("DELETE FROM information_request_deadline WHERE authority_id IN (?, ?)").params(BRACKNELL_FOREST, NORTHAMPTONSHIRE).update();
  }

  private InformationRequest askedAboutAnAmberContact() throws InterruptedException {
    MashContact contact =
        MashTesting.submitted(referrals, queue, BRACKNELL_FOREST, ReferralSubmissionIT.professionalReferral("dsl@example.org"));
    queue.rate(worker, contact.reference(), Rag.AMBER, "test");
    return requests.ask(worker, contact.reference(), List.of(Agency.HEALTH), List.of(AVA), "Anything known?").get(0);
  }

  private List<Map<String, Object>> northamptonshiresRows(JdbcClient owner) {
    return owner.sql(
            """
            SELECT 'agency' AS kind, agency AS code, name, lead_email AS value FROM partner_agency WHERE authority_id = :a
            UNION ALL
            SELECT 'deadline', rag, in_days::text, working_time::text FROM information_request_deadline WHERE authority_id = :a
            ORDER BY 1, 2
            """)
        .param("a", NORTHAMPTONSHIRE)
        .query()
        .listOfRows();
  }

  @Test
  void anAdministratorChangesALeadAndADeadlineThatNewRequestsFollow() throws Exception {
    JdbcClient owner = JdbcClient.create(ownerDataSource);
    owner.sql("INSERT INTO information_request_deadline VALUES (?, 'AMBER', interval '2 days', true)").param(NORTHAMPTONSHIRE).update();
    List<Map<String, Object>> northamptonshireBefore = northamptonshiresRows(owner);
    InformationRequest madeBefore = askedAboutAnAmberContact();
    assertThat(madeBefore.dueAt()).as("by default, the end of the working day after today").isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));

    mvc.perform(get("/staff/admin/mash/agencies").with(as(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("health.lead@bracknell-forest.demo")))
        .andExpect(content().string(containsString("/staff/admin/mash/agencies/health")))
        .andExpect(content().string(not(containsString("Northamptonshire"))));
    mvc.perform(post("/staff/admin/mash/agencies/health").with(csrf()).with(as(admin))
            .param("name", "Health safeguarding team (Bracknell Forest)").param("leadEmail", "named.nurse@nhs.example"))
        .andExpect(redirectedUrl("/staff/admin/mash/agencies"))
        .andExpect(flash().attribute("done", "Health safeguarding team (Bracknell Forest) is saved."));
    assertThat(settings.agency(BRACKNELL_FOREST, Agency.HEALTH)).get().extracting(MashSettings.PartnerAgency::leadEmail)
        .isEqualTo("named.nurse@nhs.example");

    mvc.perform(post("/staff/admin/mash/deadlines/amber").with(csrf()).with(as(admin)).param("amount", "6").param("unit", "HOURS"))
        .andExpect(redirectedUrl("/staff/admin/mash/deadlines"))
        .andExpect(flash().attribute("done", containsString("Partners have 6 working hours to answer requests about amber contacts made from now on")));
    mvc.perform(get("/staff/admin/mash/deadlines").with(as(admin)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("6 working hours")))
        .andExpect(content().string(containsString("Requests already made keep their deadline")));
    assertThat(askedAboutAnAmberContact().dueAt())
        .as("45 minutes on Friday, then 5 hours 15 minutes from 8:30am on Monday")
        .isEqualTo(Instant.parse("2026-11-30T13:45:00Z"));
    assertThat(requests.ofContact(BRACKNELL_FOREST, madeBefore.contactId()))
        .extracting(InformationRequest::dueAt)
        .as("a request made before the change keeps its deadline")
        .containsExactly(Instant.parse("2026-12-01T00:00:00Z"));

    mvc.perform(post("/staff/admin/mash/deadlines/amber/default").with(csrf()).with(as(admin)))
        .andExpect(redirectedUrl("/staff/admin/mash/deadlines"))
        .andExpect(flash().attribute("done", containsString("1 working day (the default)")));
    assertThat(settings.deadline(BRACKNELL_FOREST, Rag.AMBER).isDefault()).isTrue();
    assertThat(askedAboutAnAmberContact().dueAt()).as("1 working day again").isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));

    assertThat(audit.about(BRACKNELL_FOREST, MashSettings.AGENCY_SUBJECT, "HEALTH"))
        .extracting(AuditEntry::actorName, AuditEntry::action, AuditEntry::detail)
        .contains(Tuple.tuple("Ada Admin", "PARTNER_AGENCY_CHANGED",
            "nominated lead: health.lead@bracknell-forest.demo → named.nurse@nhs.example"));
    assertThat(audit.about(BRACKNELL_FOREST, MashSettings.DEADLINE_SUBJECT, "AMBER"))
        .extracting(AuditEntry::actorId, AuditEntry::action, AuditEntry::detail)
        .containsSubsequence(
            Tuple.tuple(admin.id(), "DEADLINE_CHANGED", "1 working day (default) → 6 working hours"),
            Tuple.tuple(admin.id(), "DEADLINE_RESET", "6 working hours → 1 working day (default)"));

    assertThat(northamptonshiresRows(owner)).as("another council's settings are untouched").isEqualTo(northamptonshireBefore);
    assertThat(northamptonshireBefore).hasSize(4);
  }

  @Test
  void anOverdueRequestGoesToTheNewLead() throws Exception {
    mvc.perform(post("/staff/admin/mash/agencies/health").with(csrf()).with(as(admin))
            .param("name", "Health safeguarding team (Bracknell Forest)").param("leadEmail", "named.nurse@nhs.example"))
        .andExpect(status().is3xxRedirection());
    MashContact contact =
        MashTesting.submitted(referrals, queue, BRACKNELL_FOREST, ReferralSubmissionIT.professionalReferral("dsl@example.org"));
    InformationRequest request = requests.ask(worker, contact.reference(), List.of(Agency.HEALTH), List.of(AVA), "Anything?").get(0);
    transactions.executeWithoutResult(
        status -> {
          tenancy.bind(BRACKNELL_FOREST);
          jdbc.sql("UPDATE information_request SET due_at = ? WHERE authority_id = ? AND id = ?")
              .params(Timestamp.from(Instant.parse("2026-11-27T16:00:00Z")), BRACKNELL_FOREST, request.id())
              .update();
        });
    // The scheduled timers may get there first; either way the same people are told, once.
    requests.escalateOverdue(BRACKNELL_FOREST);
    assertThat(MashTesting.toldOfOverdueRequest(transactions, tenancy, jdbc, BRACKNELL_FOREST, contact.reference()))
        .containsExactlyInAnyOrder("mash.manager@bracknell-forest.demo", "named.nurse@nhs.example");
  }

  @Test
  void anotherCouncilsSettingsAreInvisibleToTheApplication() {
    JdbcClient owner = JdbcClient.create(ownerDataSource);
    owner.sql("INSERT INTO information_request_deadline VALUES (?, 'RED', interval '2 hours', false)").param(NORTHAMPTONSHIRE).update();
    List<Map<String, Object>> before = northamptonshiresRows(owner);

    assertThat(jdbc.sql("SELECT count(*) FROM partner_agency").query(Long.class).single())
        .as("no council bound: no agencies").isZero();
    assertThat(jdbc.sql("SELECT count(*) FROM information_request_deadline").query(Long.class).single())
        .as("no council bound: no deadlines").isZero();
    transactions.executeWithoutResult(
        status -> {
          tenancy.bind(BRACKNELL_FOREST);
          assertThat(jdbc.sql("SELECT DISTINCT authority_id FROM partner_agency").query(UUID.class).list())
              .containsExactly(BRACKNELL_FOREST);
          assertThat(jdbc.sql("SELECT count(*) FROM information_request_deadline WHERE authority_id = ?")
                  .param(NORTHAMPTONSHIRE).query(Long.class).single()).isZero();
          assertThat(jdbc.sql("UPDATE partner_agency SET lead_email = 'someone@example.org' WHERE authority_id = ?")
                  .param(NORTHAMPTONSHIRE).update()).isZero();
          assertThat(jdbc.sql("DELETE FROM information_request_deadline WHERE authority_id = ?")
                  .param(NORTHAMPTONSHIRE).update()).isZero();
        });
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      tenancy.bind(BRACKNELL_FOREST);
                      jdbc.sql("INSERT INTO information_request_deadline VALUES (?, 'GREEN', interval '1 day', true)")
                          .param(NORTHAMPTONSHIRE).update();
                    }))
        .as("a row for another council breaks the policy")
        .isInstanceOf(DataAccessException.class)
        .hasStackTraceContaining("new row violates row-level security policy");
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      tenancy.bind(BRACKNELL_FOREST);
                      jdbc.sql("DELETE FROM partner_agency WHERE authority_id = ? AND agency = 'EDUCATION'")
                          .param(BRACKNELL_FOREST).update();
                    }))
        .as("requests refer to agencies, so the application may not remove one")
        .isInstanceOf(DataAccessException.class)
        .hasStackTraceContaining("permission denied for table partner_agency");
    assertThat(northamptonshiresRows(owner)).isEqualTo(before);
  }

  @Test
  void anAdministratorAddsAnAgencyTheMashDoesNotAskYet() throws Exception {
    mvc.perform(get("/staff/admin/mash/agencies").with(as(admin)))
        .andExpect(content().string(containsString("value=\"PROBATION\"")))
        .andExpect(content().string(not(containsString("value=\"POLICE\""))));
    mvc.perform(post("/staff/admin/mash/agencies").with(csrf()).with(as(admin)).param("agency", "POLICE").param("name", "Police again"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Select which agency to add")))
        .andExpect(content().string(containsString("value=\"Police again\"")));
    mvc.perform(post("/staff/admin/mash/agencies").with(csrf()).with(as(admin))
            .param("agency", "PROBATION").param("name", "Probation service (Bracknell Forest)").param("leadEmail", ""))
        .andExpect(redirectedUrl("/staff/admin/mash/agencies"));
    assertThat(requests.agencies(BRACKNELL_FOREST)).containsEntry(Agency.PROBATION, "Probation service (Bracknell Forest)");
    assertThat(settings.agency(BRACKNELL_FOREST, Agency.PROBATION)).get().extracting(MashSettings.PartnerAgency::leadEmail).isNull();
    assertThat(audit.about(BRACKNELL_FOREST, MashSettings.AGENCY_SUBJECT, "PROBATION"))
        .extracting(AuditEntry::action, AuditEntry::detail)
        .containsExactly(Tuple.tuple("PARTNER_AGENCY_ADDED", "name: Probation service (Bracknell Forest); nominated lead: none"));
    mvc.perform(get("/staff/admin/mash/agencies").with(as(admin)))
        .andExpect(content().string(containsString("/staff/admin/mash/agencies/probation")))
        .andExpect(content().string(not(containsString("Add a partner agency"))));
  }

  @Test
  void wrongAnswersAreShownWithWhatWasTyped() throws Exception {
    mvc.perform(post("/staff/admin/mash/agencies/health").with(csrf()).with(as(admin))
            .param("name", "  ").param("leadEmail", "nurse at nhs"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<title>Error: Change Health safeguarding team (Bracknell Forest)")))
        .andExpect(content().string(containsString("href=\"#name\">Enter the agency’s name</a>")))
        .andExpect(content().string(containsString("href=\"#leadEmail\">Enter an email address in the correct format, like name@example.com</a>")))
        .andExpect(content().string(containsString("value=\"nurse at nhs\"")));
    mvc.perform(post("/staff/admin/mash/agencies/health").with(csrf()).with(as(admin))
            .param("name", "x".repeat(201)).param("leadEmail", "a@" + "b".repeat(316) + ".uk"))
        .andExpect(content().string(containsString("The name must be 200 characters or fewer")))
        .andExpect(content().string(containsString("Enter an email address in the correct format")));

    Map<String, String> wrong =
        Map.of(
            "", "Enter the number of working hours or working days",
            "4.5", "The deadline must be a whole number, like 4",
            "0", "The deadline must be 1 or more",
            "41", "A deadline in working hours must be 40 or fewer",
            "99999999999999999999", "A deadline in working hours must be 40 or fewer");
    for (var typed : wrong.entrySet()) {
      mvc.perform(post("/staff/admin/mash/deadlines/red").with(csrf()).with(as(admin)).param("amount", typed.getKey()).param("unit", "HOURS"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("<title>Error: ")))
          .andExpect(content().string(containsString("href=\"#amount\">" + typed.getValue() + "</a>")))
          .andExpect(content().string(containsString("value=\"" + typed.getKey() + "\"")));
    }
    mvc.perform(post("/staff/admin/mash/deadlines/green").with(csrf()).with(as(admin)).param("amount", "21").param("unit", "DAYS"))
        .andExpect(content().string(containsString("A deadline in working days must be 20 or fewer")))
        .andExpect(content().string(containsString("id=\"unit-2\" checked=\"checked\"")));
    mvc.perform(post("/staff/admin/mash/deadlines/green").with(csrf()).with(as(admin)).param("amount", "40"))
        .andExpect(content().string(containsString("href=\"#unit\">Select working hours or working days</a>")));
    mvc.perform(post("/staff/admin/mash/deadlines/green").with(csrf()).with(as(admin)).param("amount", "20").param("unit", "DAYS"))
        .andExpect(redirectedUrl("/staff/admin/mash/deadlines"));
    mvc.perform(post("/staff/admin/mash/deadlines/purple").with(csrf()).with(as(admin)).param("amount", "2").param("unit", "DAYS"))
        .andExpect(status().isNotFound());

    assertThat(settings.deadlines(BRACKNELL_FOREST))
        .extracting(MashSettings.Deadline::rag, MashSettings.Deadline::describe, MashSettings.Deadline::isDefault)
        .containsExactly(
            Tuple.tuple(Rag.RED, "4 working hours", true),
            Tuple.tuple(Rag.AMBER, "1 working day", true),
            Tuple.tuple(Rag.GREEN, "20 working days", false));
    assertThat(settings.agency(BRACKNELL_FOREST, Agency.HEALTH)).get().extracting(MashSettings.PartnerAgency::leadEmail)
        .isEqualTo("health.lead@bracknell-forest.demo");
  }

  @Test
  void onlyAnAdministratorMayChangeTheSettings() throws Exception {
    for (String role : List.of("MASH_SOCIAL_WORKER", "MASH_MANAGER", "PARTNER_PRACTITIONER")) {
      StaffUser other = named("Someone Else", BRACKNELL_FOREST, role);
      for (String page : List.of("/staff/admin/mash/agencies", "/staff/admin/mash/agencies/health", "/staff/admin/mash/deadlines",
          "/staff/admin/mash/deadlines/amber")) {
        mvc.perform(get(page).with(as(other))).andExpect(status().isForbidden());
      }
      mvc.perform(post("/staff/admin/mash/agencies/health").with(csrf()).with(as(other))
              .param("name", "Taken over").param("leadEmail", "someone@example.org"))
          .andExpect(status().isForbidden());
      mvc.perform(post("/staff/admin/mash/deadlines/amber").with(csrf()).with(as(other)).param("amount", "2").param("unit", "DAYS"))
          .andExpect(status().isForbidden());
      mvc.perform(post("/staff/admin/mash/deadlines/amber/default").with(csrf()).with(as(other))).andExpect(status().isForbidden());
      mvc.perform(post("/staff/admin/mash/agencies").with(csrf()).with(as(other)).param("agency", "PROBATION").param("name", "Probation"))
          .andExpect(status().isForbidden());
    }
    assertThat(settings.agency(BRACKNELL_FOREST, Agency.HEALTH)).get().extracting(MashSettings.PartnerAgency::name)
        .isEqualTo("Health safeguarding team (Bracknell Forest)");
    assertThat(settings.agency(BRACKNELL_FOREST, Agency.PROBATION)).isEmpty();
    assertThat(settings.deadline(BRACKNELL_FOREST, Rag.AMBER).isDefault()).isTrue();
  }
}
