package uk.frontdoor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditActionTest {

  @Test
  void everyActionIsSaidInWords() {
    assertThat(AuditAction.words("PERSON_LINKED")).isEqualTo("Linked a person to a known record");
    assertThat(AuditAction.words("REQUESTED_INFORMATION")).isEqualTo("Asked a partner agency");
    assertThat(AuditAction.words("DECIDED")).isEqualTo("Recorded the decision");
    for (AuditAction action : AuditAction.values()) {
      assertThat(action.label()).doesNotContain("_").isNotBlank();
    }
  }

  @Test
  void anActionWithNoWordsYetIsStillNotShownAsACode() {
    assertThat(AuditAction.words("SOMETHING_NEW")).isEqualTo("Something new");
  }
}
