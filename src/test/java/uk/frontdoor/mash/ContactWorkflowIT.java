package uk.frontdoor.mash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.platform.workflow.EveryMove;
import uk.frontdoor.referral.ReferralSubmissionIT;
import uk.frontdoor.referral.Referrals;

/** Every command in every status of a MASH contact, on contacts the MASH's intake opened. */
@IntegrationTest
class ContactWorkflowIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @Autowired EveryMove everyMove;
  @Autowired Referrals referrals;
  @Autowired MashQueue queue;

  @Test
  void everyCommandInEveryStatusMovesAsTheTableSaysOrIsRefused() throws Exception {
    List<String> outcomes =
        everyMove.check(
            MashQueue.CONTACTS, OXFORDSHIRE,
            () -> MashTesting.submitted(referrals, queue, OXFORDSHIRE, ReferralSubmissionIT.professionalReferral("dsl@example.org")).id());
    // Written out independently of the table under test.
    assertThat(outcomes)
        .containsExactly(
            "NEW PICK_UP to IN_TRIAGE",
            "NEW DECIDE to AWAITING_AUTHORISATION",
            "NEW AUTHORISE refused",
            "NEW RETURN refused",
            "IN_TRIAGE PICK_UP refused",
            "IN_TRIAGE DECIDE to AWAITING_AUTHORISATION",
            "IN_TRIAGE AUTHORISE refused",
            "IN_TRIAGE RETURN refused",
            "AWAITING_AUTHORISATION PICK_UP refused",
            "AWAITING_AUTHORISATION DECIDE refused",
            "AWAITING_AUTHORISATION AUTHORISE to AUTHORISED",
            "AWAITING_AUTHORISATION RETURN to IN_TRIAGE",
            "AUTHORISED PICK_UP refused",
            "AUTHORISED DECIDE refused",
            "AUTHORISED AUTHORISE refused",
            "AUTHORISED RETURN refused");
  }
}
