package uk.frontdoor.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.identity.StaffDirectory;
import uk.frontdoor.identity.StaffMember;
import uk.frontdoor.identity.StaffUser;
import uk.frontdoor.mash.MashDecisions;
import uk.frontdoor.mash.MashQueue;
import uk.frontdoor.mash.MashTesting;
import uk.frontdoor.mash.Outcome;
import uk.frontdoor.platform.Tenancy;
import uk.frontdoor.referral.ReferralApiIT;
import uk.frontdoor.referral.ReferralProgress;
import uk.frontdoor.referral.ReferralSummary;
import uk.frontdoor.referral.Referrals;

/**
 * A partner's referral about two children: once the MASH decides on assessments, the partner API
 * says "Assessment started" when the first child's assessment starts, and "Assessment completed"
 * only when both children's are authorised; never a word about the family.
 */
@IntegrationTest
class ReferrerProgressIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @LocalServerPort int port;
  @Autowired Referrals referrals;
  @Autowired MashQueue queue;
  @Autowired MashDecisions decisions;
  @Autowired Episodes episodes;
  @Autowired Assessments assessments;
  @Autowired StaffDirectory directory;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  final HttpClient http = HttpClient.newHttpClient();
  final StaffUser manager = MashTesting.named("Tess Manager", OXFORDSHIRE, "TEAM_MANAGER");

  @Test
  void thePartnerSeesTheAssessmentStartAndCompleteOnlyWhenEveryChildsIsDone() throws Exception {
    String body =
        ReferralApiIT.EXAMPLE
            .replace("\"children\": [", "\"children\": [{\"firstName\": \"Isla\", \"lastName\": \"Penhallow\", \"dateOfBirth\": \"2018-01-09\"}, ")
            .replace("\"Ava\", \"lastName\": \"Jones\"", "\"Orla\", \"lastName\": \"Penhallow\"")
            .replace("\"nhsNumber\": \"9434765919\", ", "");
    HttpResponse<String> created = send(HttpRequest.newBuilder(api(""))
        .header("Authorization", "Bearer demo-oxfordshire").header("Idempotency-Key", "progress-" + UUID.randomUUID())
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = ReferralApiIT.reference(created.body());
    CaseworkTesting.decide(queue, decisions, OXFORDSHIRE, reference, Outcome.CHILD_AND_FAMILY_ASSESSMENT, (worker, ref) -> {});
    List<UUID> children = CaseworkTesting.episodesOf(transactions, tenancy, jdbc, OXFORDSHIRE, reference, 2);
    assertThat(status(reference)).contains("\"progress\":[]").contains("\"status\":\"DECIDED\"");

    StaffUser worker = worker();
    for (UUID child : children) {
      assertThat(episodes.allocate(manager, child, worker.id(), "MASH", null)).isEqualTo(Episodes.Result.DONE);
    }
    assertThat(assessments.saveStart(worker, episode(children.get(0)), java.time.LocalDate.parse("2026-11-27"))).isEqualTo(Episodes.Result.DONE);
    String started = status(reference);
    assertThat(started).contains("\"step\":\"ASSESSMENT_STARTED\"").contains("\"words\":\"Assessment started\"")
        .doesNotContain("ASSESSMENT_COMPLETED").doesNotContain("Penhallow").doesNotContain("Orla").doesNotContain("Isla");

    complete(worker, children.get(0));
    assertThat(status(reference)).as("one child's assessment is not all of them").doesNotContain("ASSESSMENT_COMPLETED");
    assertThat(assessments.saveStart(worker, episode(children.get(1)), java.time.LocalDate.parse("2026-11-27"))).isEqualTo(Episodes.Result.DONE);
    complete(worker, children.get(1));
    assertThat(status(reference)).contains("\"step\":\"ASSESSMENT_COMPLETED\"").doesNotContain("Penhallow");
    ReferralSummary summary = referrals.find(OXFORDSHIRE, reference).orElseThrow();
    assertThat(summary.progress()).extracting(ReferralSummary.Step::step)
        .containsExactly(ReferralProgress.ASSESSMENT_STARTED, ReferralProgress.ASSESSMENT_COMPLETED);
    assertThat(summary.latest().words()).isEqualTo("Assessment completed");

    HttpResponse<String> other = send(HttpRequest.newBuilder(api("/" + reference)).header("Authorization", "Bearer demo-west-berkshire").GET());
    assertThat(other.statusCode()).as("another council's key").isIn(403, 404);
  }

  private void complete(StaffUser worker, UUID child) {
    Assessment started = assessments.current(OXFORDSHIRE, child).orElseThrow();
    assessments.saveSeen(worker, episode(child), started, true, java.time.LocalDate.parse("2026-11-27"), true, null, true);
    assessments.saveFactors(worker, episode(child), assessments.current(OXFORDSHIRE, child).orElseThrow(), List.of("21"), true);
    assessments.saveOutcome(worker, episode(child), assessments.current(OXFORDSHIRE, child).orElseThrow(), AssessmentOutcome.CIN_PLAN, true);
    assertThat(assessments.submit(worker, episode(child), assessments.current(OXFORDSHIRE, child).orElseThrow())).isEqualTo(Episodes.Result.DONE);
    assertThat(assessments.authorise(manager, episode(child), assessments.current(OXFORDSHIRE, child).orElseThrow())).isEqualTo(Episodes.Result.DONE);
  }

  private Episode episode(UUID id) {
    return episodes.find(OXFORDSHIRE, id).orElseThrow();
  }

  private StaffUser worker() {
    StaffMember member = directory.withAnyRole(OXFORDSHIRE, List.of("SOCIAL_WORKER")).stream()
        .filter(m -> m.displayName().startsWith("Demo social worker,")).findFirst().orElseThrow();
    return new StaffUser(member.id(), OXFORDSHIRE, "social.worker@oxfordshire.demo", member.displayName(), List.of("SOCIAL_WORKER"), true, null);
  }

  private URI api(String rest) {
    return URI.create("http://localhost:" + port + "/api/v1/oxfordshire/referrals" + rest);
  }

  private String status(String reference) throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(api("/" + reference)).header("Authorization", "Bearer demo-oxfordshire").GET());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
