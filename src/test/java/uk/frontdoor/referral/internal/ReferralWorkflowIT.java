package uk.frontdoor.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.platform.workflow.EveryMove;
import uk.frontdoor.referral.Channel;
import uk.frontdoor.referral.ReferralStatus;
import uk.frontdoor.referral.ReferralSubmissionIT;
import uk.frontdoor.referral.Referrals;
import uk.frontdoor.referral.Submission;

/** Every command in every status of a referral, on referrals submitted as a professional submits one. */
@IntegrationTest
class ReferralWorkflowIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @Autowired EveryMove everyMove;
  @Autowired Referrals referrals;

  @Test
  void everyCommandInEveryStatusMovesAsTheTableSaysOrIsRefused() throws Exception {
    List<String> outcomes =
        everyMove.check(
            JdbcReferrals.REFERRALS, OXFORDSHIRE,
            () ->
                referrals
                    .submit(
                        new Submission(
                            OXFORDSHIRE, Channel.ONLINE, ReferralSubmissionIT.professionalReferral("dsl@example.org"),
                            "workflow-" + UUID.randomUUID(), null, null))
                    .referralId());
    // Written out independently of the table under test. No move reaches CLOSED yet (casework
    // closes cases), so the test sets it directly, and nothing moves a closed referral.
    assertThat(outcomes)
        .containsExactly(
            "RECEIVED LOOK_AT to IN_TRIAGE",
            "RECEIVED DECIDE to DECIDED",
            "IN_TRIAGE LOOK_AT refused",
            "IN_TRIAGE DECIDE to DECIDED",
            "DECIDED LOOK_AT refused",
            "DECIDED DECIDE refused",
            "CLOSED LOOK_AT refused",
            "CLOSED DECIDE refused");
  }
}
