package uk.frontdoor.mash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import static uk.frontdoor.mash.MashTesting.as;
import static uk.frontdoor.mash.MashTesting.staffUser;

import uk.frontdoor.IntegrationTest;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.StaffDirectory;
import uk.frontdoor.identity.StaffMember;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.platform.workflow.StatusChange;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.ReferralSubmissionIT;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Route;

/**
 * Every concern reaches its council's MASH queue with the one-working-day clock set by the
 * council's calendar; only MASH staff of that council see it; every view and change is in the
 * hash-chained audit log. The clock is fixed at Friday 27 November 2026 16:15 UK time.
 */
@IntegrationTest
class MashQueueIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final UUID BRACKNELL_FOREST = UUID.fromString("00000000-0000-4000-8000-000000000002");
  static final UUID SOUTHAMPTON = UUID.fromString("00000000-0000-4000-8000-000000000003");
  static final UUID NORTHAMPTONSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000004");
  static final UUID WEST_BERKSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000005");
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Autowired MockMvc mvc;
  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired AuditLog audit;
  @Autowired StaffDirectory directory;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired Tenancy tenancy;

  @Autowired
  @Qualifier("ownerDataSource")
  DataSource ownerDataSource;

  private static RequestPostProcessor staff(UUID authority, String... roles) {
    return as(staffUser(authority, roles));
  }

  private MashContact submitted(UUID authority) throws InterruptedException {
    return MashTesting.submitted(referrals, queue, authority, ReferralSubmissionIT.professionalReferral("dsl@example.org"));
  }

  private static Instant london(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
  }

  @Test
  void aContactThatArrivesAfterTheOfficeClosesStartsItsClockAtTheNextOpening() throws Exception {
    MashContact contact = submitted(OXFORDSHIRE);
    assertThat(contact.receivedAt()).isEqualTo(london("2026-11-27T16:15:00"));
    // Oxfordshire's office closed at 16:00 on Friday; it opens again on Monday 30 November.
    assertThat(contact.clockStartedAt().atZone(LONDON).toLocalDate()).hasToString("2026-11-30");
    assertThat(contact.decisionDueAt()).as("end of Tuesday 1 December").isEqualTo(london("2026-12-02T00:00:00"));
    assertThat(contact.status()).isEqualTo(ContactStatus.NEW);
    assertThat(contact.rag()).as("an online referral is not rated until someone rates it").isNull();
  }

  @Test
  void aContactThatArrivesWhileTheOfficeIsOpenStartsItsClockOnArrival() throws Exception {
    MashContact contact = submitted(WEST_BERKSHIRE);
    // West Berkshire is open until 16:30 on Fridays.
    assertThat(contact.clockStartedAt()).isEqualTo(contact.receivedAt());
    assertThat(contact.decisionDueAt()).as("end of Monday 30 November").isEqualTo(london("2026-12-01T00:00:00"));
  }

  @Test
  void theQueueShowsRedFirstAndTheTimeLeft() throws Exception {
    MashContact unrated = submitted(OXFORDSHIRE);
    MashContact red = submitted(OXFORDSHIRE);
    StaffUser worker = staffUser(OXFORDSHIRE, "MASH_SOCIAL_WORKER");
    assertThat(queue.rate(worker, red.reference(), Rag.RED, "Belt marks seen by the school")).isTrue();

    List<String> order = queue.awaitingDecision(OXFORDSHIRE).stream().map(MashContact::reference).toList();
    assertThat(order.indexOf(red.reference())).isLessThan(order.indexOf(unrated.reference()));
    assertThat(order.stream().limit(1)).doesNotContain(unrated.reference());

    mvc.perform(get("/staff/mash").with(as(worker)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(red.reference())))
        .andExpect(content().string(containsString("2 working days left: due by the end of Tuesday 1 December")))
        .andExpect(content().string(containsString("Professional: Safeguarding")));
  }

  @Test
  void theQueueComesFiftyAPageInItsOrderAndFiltersByWorkerAndUrgency() throws Exception {
    // More open contacts than one page holds (other tests' contacts in the council count too).
    int missing = MashQueue.PAGE_SIZE + 5 - queue.awaitingDecision(BRACKNELL_FOREST).size();
    for (int i = 0; i < missing; i++) {
      referrals.submit(
          new uk.frontdoor.referral.Submission(
              BRACKNELL_FOREST, uk.frontdoor.referral.Channel.ONLINE,
              ReferralSubmissionIT.professionalReferral("dsl@example.org"), "paging-" + UUID.randomUUID(), null, null));
    }
    MashContact last = submitted(BRACKNELL_FOREST);
    StaffUser me = staffUser(BRACKNELL_FOREST, "MASH_SOCIAL_WORKER");
    List<MashContact> before = queue.awaitingDecision(BRACKNELL_FOREST);
    // The last in the queue's order but for the one just submitted, which may itself be last.
    MashContact red =
        before.stream().filter(c -> !c.reference().equals(last.reference())).reduce((a, b) -> b).orElseThrow();
    queue.rate(me, red.reference(), Rag.RED, "Marks seen");
    queue.assign(me, red.reference(), me.id(), me.displayName());
    queue.assign(me, last.reference(), me.id(), me.displayName());
    List<MashContact> all = queue.awaitingDecision(BRACKNELL_FOREST);
    assertThat(all.size()).isGreaterThan(MashQueue.PAGE_SIZE);

    QueuePage first = queue.page(BRACKNELL_FOREST, me.id(), QueueFilter.EVERYTHING, 1);
    QueuePage second = queue.page(BRACKNELL_FOREST, me.id(), QueueFilter.EVERYTHING, 2);
    int pages = (all.size() + MashQueue.PAGE_SIZE - 1) / MashQueue.PAGE_SIZE;
    assertThat(first.contacts()).as("the queue's own order, red first").isEqualTo(all.subList(0, MashQueue.PAGE_SIZE));
    assertThat(first.contacts().get(0).reference()).isEqualTo(red.reference());
    assertThat(second.contacts()).isEqualTo(all.subList(MashQueue.PAGE_SIZE, Math.min(all.size(), 2 * MashQueue.PAGE_SIZE)));
    assertThat(List.of(first.matching(), (long) first.pages(), first.first(), second.first()))
        .containsExactly((long) all.size(), (long) pages, 1L, (long) MashQueue.PAGE_SIZE + 1);
    assertThat(queue.page(BRACKNELL_FOREST, me.id(), QueueFilter.EVERYTHING, 9999).page()).as("past the end: the last page").isEqualTo(pages);
    assertThat(first.counts().open()).isEqualTo(all.size());
    assertThat(first.counts().red()).isEqualTo(all.stream().filter(c -> c.rag() == Rag.RED).count());
    assertThat(first.counts().mine()).isEqualTo(2);

    QueuePage mine = queue.page(BRACKNELL_FOREST, me.id(), QueueFilter.of("mine", null), 1);
    assertThat(mine.contacts()).extracting(MashContact::reference).containsExactly(red.reference(), last.reference());
    QueuePage myRed = queue.page(BRACKNELL_FOREST, me.id(), QueueFilter.of("mine", "red"), 1);
    assertThat(myRed.contacts()).extracting(MashContact::reference).containsExactly(red.reference());
    QueuePage unassignedUnrated = queue.page(BRACKNELL_FOREST, me.id(), QueueFilter.of("unassigned", "not-rated"), 1);
    assertThat(unassignedUnrated.matching())
        .isEqualTo(all.stream().filter(c -> c.assignedTo() == null && c.rag() == null).count());
    assertThat(unassignedUnrated.contacts()).extracting(MashContact::reference).doesNotContain(red.reference(), last.reference());

    mvc.perform(get("/staff/mash").with(as(me)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(String.format(java.util.Locale.UK, "Contacts 1 to 50 of %,d waiting for a decision", all.size()))))
        .andExpect(content().string(containsString("href=\"/staff/mash?page=2\" rel=\"next\"")))
        .andExpect(content().string(containsString("Assigned to me (2)")))
        .andExpect(content().string(not(containsString(all.get(MashQueue.PAGE_SIZE).reference()))));
    mvc.perform(get("/staff/mash").param("page", "2").with(as(me)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Contacts 51 to ")))
        .andExpect(content().string(containsString("href=\"/staff/mash\" rel=\"prev\"")))
        .andExpect(content().string(containsString(all.get(MashQueue.PAGE_SIZE).reference())));
    mvc.perform(get("/staff/mash").param("show", "mine").param("urgency", "red").with(as(me)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("1 contact waiting for a decision: assigned to me, red")))
        .andExpect(content().string(containsString(red.reference())))
        .andExpect(content().string(not(containsString(last.reference()))))
        .andExpect(content().string(not(containsString("rel=\"next\""))));
    mvc.perform(get("/staff/mash").param("show", "mine").with(as(staffUser(BRACKNELL_FOREST, "MASH_SOCIAL_WORKER"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("No contacts waiting for a decision match.")))
        .andExpect(content().string(containsString("<a class=\"govuk-link\" href=\"/staff/mash\">Show all contacts</a>")));
    for (String[] odd : new String[][] {{"page", "-1"}, {"page", "x"}, {"page", "99999999999"}, {"show", "everyone"}, {"urgency", "\u0000"}}) {
      mvc.perform(get("/staff/mash").param(odd[0], odd[1]).with(as(me)))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("Contacts 1 to 50 of")));
    }
  }

  @Test
  void onlyMashStaffMayUseTheQueueAndOnlyManagersSeeWhoLooked() throws Exception {
    MashContact contact = submitted(OXFORDSHIRE);
    String page = "/staff/mash/contacts/" + contact.reference();
    mvc.perform(get("/staff/mash")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/staff/sign-in"));
    mvc.perform(get("/staff/mash").with(staff(OXFORDSHIRE, "CALL_HANDLER"))).andExpect(status().isForbidden());
    mvc.perform(get(page).with(staff(OXFORDSHIRE, "PARTNER_PRACTITIONER"))).andExpect(status().isForbidden());
    mvc.perform(post(page + "/rag").with(csrf()).with(staff(OXFORDSHIRE, "CALL_HANDLER"))
            .param("rag", "RED").param("reason", "x"))
        .andExpect(status().isForbidden());
    mvc.perform(get(page + "/seen-by").with(staff(OXFORDSHIRE, "MASH_SOCIAL_WORKER"))).andExpect(status().isForbidden());
    mvc.perform(get("/staff/mash/audit").with(staff(OXFORDSHIRE, "MASH_SOCIAL_WORKER"))).andExpect(status().isForbidden());
    mvc.perform(get(page).with(staff(OXFORDSHIRE, "MASH_SOCIAL_WORKER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Ava said her step-father hit her with a belt.")))
        .andExpect(content().string(not(containsString("Who has seen this contact"))));
    mvc.perform(get(page + "/seen-by").with(staff(OXFORDSHIRE, "MASH_MANAGER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Test Worker")));
  }

  @Test
  void anotherCouncilsContactIsNotFound() throws Exception {
    MashContact contact = submitted(SOUTHAMPTON);
    mvc.perform(get("/staff/mash/contacts/" + contact.reference()).with(staff(OXFORDSHIRE, "MASH_MANAGER")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/staff/mash").with(staff(OXFORDSHIRE, "MASH_MANAGER")))
        .andExpect(content().string(not(containsString(contact.reference()))));
  }

  @Test
  void postgresqlHidesAnotherCouncilsContactsAndAuditFromTheApplication() throws Exception {
    MashContact contact = submitted(SOUTHAMPTON);
    queue.open(staffUser(SOUTHAMPTON, "MASH_SOCIAL_WORKER"), contact.reference());
    long[] counts =
        transactions.execute(
            status -> {
              // Ask for Southampton's rows by name while bound to Oxfordshire.
              tenancy.bind(OXFORDSHIRE);
              return new long[] {
                jdbc.sql("SELECT count(*) FROM mash_contact WHERE authority_id = ?").param(SOUTHAMPTON).query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM audit_event WHERE authority_id = ?").param(SOUTHAMPTON).query(Long.class).single(),
                jdbc.sql("SELECT count(*) FROM mash_contact WHERE reference = ?").param(contact.reference()).query(Long.class).single()
              };
            });
    assertThat(counts).containsExactly(0, 0, 0);
    long southampton =
        transactions.execute(
            status -> {
              tenancy.bind(SOUTHAMPTON);
              return jdbc.sql("SELECT count(*) FROM mash_contact WHERE reference = ?")
                  .param(contact.reference()).query(Long.class).single();
            });
    assertThat(southampton).isEqualTo(1);
  }

  @Test
  void aChildsOwnWordsAreShownOnceUnderTheQuestionsTheyWereAsked() throws Exception {
    // Stored as the child route stores it: every question with its answer, and the parts the MASH matches people on.
    ReferralDocument child =
        new ReferralDocument(
            Route.CHILD, null,
            new ReferralDocument.Referrer("Mia", "The child or young person themselves", null, null, null, null),
            false,
            List.of(new ReferralDocument.Child("Mia", null, null, null, "12", "Riverside Academy", null, null, null, null, null, null)),
            List.of(), null,
            new ReferralDocument.Concern("My uncle shouts and hits me when mum is at work.", null, List.of(HarmCategory.NOT_SURE),
                false, null, "My uncle Dave"),
            null, null, null, null, null,
            List.of(
                new ReferralDocument.Answer("Are you in danger right now?", "No"),
                new ReferralDocument.Answer("What is your first name?", "Mia"),
                new ReferralDocument.Answer("How old are you?", "12"),
                new ReferralDocument.Answer("What is happening?", "My uncle shouts and hits me when mum is at work."),
                new ReferralDocument.Answer("Who is hurting you or making you feel unsafe?", "My uncle Dave"),
                new ReferralDocument.Answer("Where do you live, or which school do you go to?", "Riverside Academy"),
                new ReferralDocument.Answer("How can we get in touch with you safely?", "Not given")),
            null);
    MashContact contact = MashTesting.submitted(referrals, queue, OXFORDSHIRE, child);
    String page =
        mvc.perform(get("/staff/mash/contacts/" + contact.reference()).with(as(staffUser(OXFORDSHIRE, "MASH_SOCIAL_WORKER"))))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    assertThat(page)
        .contains("Child or young person", "Who is hurting you or making you feel unsafe?", "Where do you live, or which school do you go to?")
        .doesNotContain("What has been seen or said", "Described as", "Kinds of harm", "I’m not sure");
    assertThat(page.split("My uncle shouts and hits me when mum is at work.", -1)).as("the answer appears once").hasSize(2);
    assertThat(page.split("Riverside Academy", -1)).as("the answer appears once").hasSize(2);
  }

  @Test
  void aWorkerRatesAndAssignsAndEverySightAndChangeIsAudited() throws Exception {
    MashContact contact = submitted(OXFORDSHIRE);
    String page = "/staff/mash/contacts/" + contact.reference();
    StaffUser worker = staffUser(OXFORDSHIRE, "MASH_SOCIAL_WORKER");

    mvc.perform(post(page + "/rag").with(csrf()).with(as(worker)).param("rag", "AMBER").param("reason", " "))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Say why you rate it so")))
        .andExpect(content().string(matchesRegex("(?s).*value=\"AMBER\"[^>]*checked.*")));
    mvc.perform(post(page + "/rag").with(csrf()).with(as(worker)).param("reason", "Marks seen"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Select red, amber or green")))
        .andExpect(content().string(containsString("Marks seen")));
    mvc.perform(post(page + "/rag").with(csrf()).with(as(worker)).param("rag", "AMBER").param("reason", "No injury seen today"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(page))
        .andExpect(flash().attribute("done", "Contact " + contact.reference() + " is rated Amber. The reason shows under Urgency."));
    // The reason, who gave it and when show on the contact, under its urgency.
    mvc.perform(get(page).with(as(worker)))
        .andExpect(content().string(containsString("No injury seen today")))
        .andExpect(content().string(containsString("Rated Amber by " + worker.displayName() + ", 4:15pm today")));

    StaffMember colleague =
        directory.withAnyRole(OXFORDSHIRE, List.of("MASH_SOCIAL_WORKER")).stream().findFirst().orElseThrow();
    StaffMember otherCouncils =
        directory.withAnyRole(SOUTHAMPTON, List.of("MASH_SOCIAL_WORKER")).stream().findFirst().orElseThrow();
    mvc.perform(post(page + "/assign").with(csrf()).with(as(worker)).param("to", otherCouncils.id().toString()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Select who will work on this contact")));
    mvc.perform(post(page + "/assign").with(csrf()).with(as(worker)).param("to", colleague.id().toString()))
        .andExpect(status().is3xxRedirection());

    MashContact after =
        queue.awaitingDecision(OXFORDSHIRE).stream()
            .filter(c -> c.reference().equals(contact.reference())).findFirst().orElseThrow();
    assertThat(after.rag()).isEqualTo(Rag.AMBER);
    assertThat(after.assignedTo()).isEqualTo(colleague.id());
    assertThat(after.status()).isEqualTo(ContactStatus.IN_TRIAGE);
    assertThat(referrals.find(OXFORDSHIRE, contact.reference()).orElseThrow().status())
        .isEqualTo(uk.frontdoor.referral.ReferralStatus.IN_TRIAGE);

    List<AuditEntry> entries = audit.about(OXFORDSHIRE, MashQueue.SUBJECT, contact.reference());
    assertThat(entries).extracting(AuditEntry::action).containsSubsequence("VIEWED", "RATED", "ASSIGNED");
    assertThat(entries).allSatisfy(e -> assertThat(e.actorId()).isEqualTo(worker.id()));
    assertThat(entries).filteredOn(e -> e.action().equals("RATED")).singleElement()
        .extracting(AuditEntry::detail).isEqualTo("Amber (not rated before): No injury seen today");
    assertThat(queue.history(OXFORDSHIRE, contact.id()))
        .extracting(StatusChange::from, StatusChange::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(null, ContactStatus.NEW),
            org.assertj.core.groups.Tuple.tuple(ContactStatus.NEW, ContactStatus.IN_TRIAGE));
    assertThat(audit.verify(OXFORDSHIRE).intact()).isTrue();
  }

  @Test
  void theApplicationCannotRewriteTheAuditLog() {
    audit.record(OXFORDSHIRE, UUID.randomUUID(), "Test Worker", "VIEWED", "TEST", "T-1", "");
    assertThatThrownBy(
            () -> transactions.executeWithoutResult(
                status -> {
                  tenancy.bind(OXFORDSHIRE);
                  jdbc.sql("UPDATE audit_event SET detail = 'nothing to see' WHERE authority_id = ?").param(OXFORDSHIRE).update();
                }))
        .rootCause()
        .hasMessageContaining("permission denied");
    assertThatThrownBy(
            () -> transactions.executeWithoutResult(
                status -> {
                  tenancy.bind(OXFORDSHIRE);
                  jdbc.sql("DELETE FROM audit_event WHERE authority_id = ?").param(OXFORDSHIRE).update();
                }))
        .rootCause()
        .hasMessageContaining("permission denied");
  }

  @Test
  void theChainShowsWhereSomeoneWithDatabaseAccessAlteredAnEntry() throws Exception {
    MashContact contact = submitted(NORTHAMPTONSHIRE);
    StaffUser worker = staffUser(NORTHAMPTONSHIRE, "MASH_SOCIAL_WORKER");
    queue.open(worker, contact.reference());
    queue.rate(worker, contact.reference(), Rag.GREEN, "Needs, not risk");
    queue.open(worker, contact.reference());
    assertThat(audit.verify(NORTHAMPTONSHIRE).intact()).isTrue();

    long rated =
        audit.about(NORTHAMPTONSHIRE, MashQueue.SUBJECT, contact.reference()).stream()
            .filter(e -> e.action().equals("RATED")).findFirst().orElseThrow().seq();
    JdbcClient owner = JdbcClient.create(ownerDataSource);
    String original =
        owner.sql("SELECT detail FROM audit_event WHERE authority_id = ? AND seq = ?")
            .params(NORTHAMPTONSHIRE, rated).query(String.class).single();
    // Even the owner is stopped by the trigger; a determined superuser switches it off first.
    assertThatThrownBy(() -> tamper(owner, rated, "not rated to RED: urgent", false))
        .rootCause()
        .hasMessageContaining("append-only");
    try {
      tamper(owner, rated, "not rated to RED: urgent", true);
      AuditLog.Verification verification = audit.verify(NORTHAMPTONSHIRE);
      assertThat(verification.intact()).isFalse();
      assertThat(verification.firstBrokenSeq()).isEqualTo(rated);
    } finally {
      tamper(owner, rated, original, true);
    }
    assertThat(audit.verify(NORTHAMPTONSHIRE).intact()).isTrue();
  }

  private void tamper(JdbcClient owner, long seq, String detail, boolean withoutTrigger) {
    new TransactionTemplate(new org.springframework.jdbc.datasource.DataSourceTransactionManager(ownerDataSource))
        .executeWithoutResult(
            status -> {
              if (withoutTrigger) {
                owner.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
              }
              owner.sql("UPDATE audit_event SET detail = ? WHERE authority_id = ? AND seq = ?")
                  .params(detail, NORTHAMPTONSHIRE, seq).update();
              if (withoutTrigger) {
                owner.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only").update();
              }
            });
  }
}
