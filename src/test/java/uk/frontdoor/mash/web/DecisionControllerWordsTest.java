package uk.frontdoor.mash.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.frontdoor.mash.ContactStatus;

/** What the decision page says about a contact follows the status it is in, for every status. */
class DecisionControllerWordsTest {

  @Test
  void theDecisionPageExplainsEveryStatusInWhichNoDecisionCanBeRecorded() {
    for (ContactStatus status : ContactStatus.values()) {
      boolean decidable = ContactStatus.WORKFLOW.allowed(status, ContactStatus.Command.DECIDE);
      assertThat(DecisionController.whyNoDecision(status) == null).as(status.name()).isEqualTo(decidable);
    }
    assertThat(DecisionController.whyNoDecision(ContactStatus.AWAITING_AUTHORISATION))
        .contains("waiting for a manager to authorise it")
        .doesNotContain("has been authorised");
    assertThat(DecisionController.whyNoDecision(ContactStatus.AUTHORISED)).contains("has been authorised");
  }
}
