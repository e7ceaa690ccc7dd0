package uk.frontdoor.mash;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.frontdoor.mash.MashTesting.as;
import static uk.frontdoor.mash.MashTesting.named;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.lado.Allegations;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.ReferralDocument;
import uk.frontdoor.referral.ReferralSubmissionIT;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Route;
import uk.frontdoor.referral.Submission;

/**
 * Whatever is stored opens: documents that today's checks would refuse, written straight into the
 * table as an older release or a bypassed check might have left them, open on the MASH contact
 * page, the Emergency Duty Team's page and the LADO's allegation page. Clock: Friday 27 November
 * 2026 16:15, Oxfordshire closed since 16:00, so each contact is also the EDT's.
 */
@IntegrationTest
class StoredDocumentsOpenIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @Autowired MockMvc mvc;
  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired Allegations allegations;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  final StaffUser worker = named("Wendy Worker", OXFORDSHIRE, "MASH_SOCIAL_WORKER");
  final StaffUser edt = named("Eddie Duty", OXFORDSHIRE, "EDT_WORKER");
  final StaffUser lado = named("Lara Lado", OXFORDSHIRE, "LADO");

  static final String REFERRER =
      "\"referrer\": {\"name\": \"Sam Patel\", \"organisation\": \"Cherwell Primary School\", \"email\": \"dsl@example.org\"}";

  /** Each odd document, and something of it the page must still show. */
  static Map<String, String> oddDocuments() {
    Map<String, String> odd = new LinkedHashMap<>();
    odd.put(
        "{\"route\": \"PROFESSIONAL\", " + REFERRER + ", \"children\": ["
            + "{\"firstName\": \"Ava\", \"lastName\": \"Jones\", \"dateOfBirth\": \"0001-01-01\"},"
            + "{\"firstName\": \"Ben\", \"lastName\": \"Jones\", \"dateOfBirth\": \"9999-12-31\"},"
            + "{\"firstName\": \"Cal\", \"lastName\": \"Jones\", \"expectedDate\": \"+10000-01-01\"},"
            + "{\"firstName\": \"Dot\", \"lastName\": \"Jones\", \"dateOfBirth\": \"0000-01-01\"}],"
            + " \"household\": [{\"name\": \"Jo Jones\", \"dateOfBirth\": \"9999-12-31\"}, {\"name\": \"Al Jones\", \"dateOfBirth\": \"+10000-01-01\"},"
            + " {\"name\": \"Kim Jones\", \"dateOfBirth\": \"0000-01-01\"}],"
            + " \"concern\": {\"summary\": \"Dates as partner systems write unknown.\", \"categories\": [\"PHYSICAL\"], \"immediateDanger\": false}}",
        "Dates as partner systems write unknown.");
    odd.put(
        "{\"route\": \"PROFESSIONAL\", " + REFERRER + ", \"children\": [{\"firstName\": \"Ava\", \"lastName\": \"Jones\"}],"
            + " \"concern\": {\"summary\": \"Five thousand kinds of harm.\", \"categories\": ["
            + IntStream.range(0, 5_000).mapToObj(i -> "\"" + HarmCategory.values()[i % 6] + "\"").collect(Collectors.joining(","))
            + "], \"immediateDanger\": true}}",
        "Five thousand kinds of harm.");
    odd.put(
        "{\"route\": \"PROFESSIONAL\", " + REFERRER + ", \"children\": [{\"firstName\": \"Ava\", \"lastName\": \"Jones\"}], \"household\": ["
            + IntStream.range(0, 100_000).mapToObj(i -> "{\"name\": \"Member " + i + "\", \"dateOfBirth\": \"1980-01-01\"}").collect(Collectors.joining(","))
            + "], \"concern\": {\"summary\": \"A hundred thousand in the household.\", \"categories\": [\"NEGLECT\"]}}",
        "A hundred thousand in the household.");
    odd.put(
        "{\"route\": \"PROFESSIONAL\", " + REFERRER + ", \"children\": [{\"firstName\": \"Ava\\u0001\\u001b[31m\\u007f\", \"lastName\": \"Jones\"}],"
            + " \"concern\": {\"summary\": \"Huge text begins. " + "x".repeat(2_000_000) + "\", \"evidence\": \"Bell\\u0007 and escape\\u001b\"}}",
        "Huge text begins.");
    odd.put("{}", "Anonymous");
    odd.put("{\"route\": \"PROFESSIONAL\", \"referrer\": {}, \"children\": [{}], \"household\": [{}], \"concern\": {}, \"consent\": {}}", "Not known");
    odd.put(
        "{\"route\": \"MARTIAN\", \"referralType\": \"URGENT\", \"referrer\": \"Sam\", \"confidential\": \"yes\", \"thresholdLevel\": \"high\","
            + " \"children\": [null, \"Ava\", 7, {\"firstName\": 12, \"lastName\": [\"Jones\"], \"dateOfBirth\": \"not a date\", \"address\": \"1 High St\"}],"
            + " \"household\": {\"not\": \"a list\"},"
            + " \"concern\": {\"summary\": \"Values no longer understood.\", \"categories\": [\"MAGIC\", null, 7, \"PHYSICAL\"], \"immediateDanger\": \"perhaps\"},"
            + " \"consent\": {\"status\": \"PERHAPS\", \"reason\": \"Unknown status.\"}, \"answers\": [null, {\"question\": 5}], \"unknownField\": {\"deep\": [1, 2]}}",
        "Values no longer understood.");
    // Deeper than the JSON reader goes: shown as stored.
    odd.put("{\"concern\": {\"summary\": \"Too deep to read.\"}, \"extra\": " + "[".repeat(3_000) + "]".repeat(3_000) + "}", "Too deep to read.");
    return odd;
  }

  @Test
  void everyOddDocumentOpensForTheMashAndTheEmergencyDutyTeam() throws Exception {
    for (Map.Entry<String, String> odd : oddDocuments().entrySet()) {
      MashContact contact = MashTesting.submitted(referrals, queue, OXFORDSHIRE, ReferralSubmissionIT.professionalReferral("dsl@example.org"));
      store(contact.referralId(), odd.getKey());
      String label = odd.getValue();
      assertThat(open("/staff/mash/contacts/" + contact.reference(), worker)).as(label).contains(contact.reference()).contains(label);
      assertThat(open("/staff/edt/contacts/" + contact.reference(), edt)).as(label).contains(contact.reference()).contains(label);
    }
  }

  @Test
  void everyOddDocumentOpensForTheLado() throws Exception {
    for (Map.Entry<String, String> odd : oddDocuments().entrySet()) {
      ReferralDocument concern =
          new ReferralDocument(
              Route.LADO, null, null, false, List.of(), List.of(), null,
              new ReferralDocument.Concern("A coach messages a child at night.", null, List.of(HarmCategory.NOT_SURE), false, null, null),
              null, null, null,
              new ReferralDocument.AdultWhoWorksWithChildren("Chris Coach", "Banbury Juniors FC", "Coach", List.of(), "Messages at night.", null),
              null, List.of(), null);
      var receipt = referrals.submit(new Submission(OXFORDSHIRE, Channel.ONLINE, concern, "odd-lado-" + UUID.randomUUID(), null, null));
      await("an allegation for " + receipt.reference()).atMost(Duration.ofSeconds(20))
          .until(() -> allegations.all(OXFORDSHIRE).stream().anyMatch(a -> a.reference().equals(receipt.reference())));
      store(receipt.referralId(), odd.getKey());
      assertThat(open("/staff/lado/" + receipt.reference(), lado)).as(odd.getValue()).contains(receipt.reference()).contains(odd.getValue());
    }
  }

  private void store(UUID referralId, String document) {
    transactions.executeWithoutResult(
        status -> {
          tenancy.bind(OXFORDSHIRE);
          assertThat(jdbc.sql("UPDATE referral SET document = CAST(? AS jsonb) WHERE authority_id = ? AND id = ?")
                  .params(document, OXFORDSHIRE, referralId)
                  .update())
              .isEqualTo(1);
        });
  }

  private String open(String page, StaffUser user) throws Exception {
    MvcResult result = mvc.perform(get(page).with(as(user))).andReturn();
    assertThat(result.getResponse().getStatus()).as(page).isEqualTo(200);
    return result.getResponse().getContentAsString();
  }
}
