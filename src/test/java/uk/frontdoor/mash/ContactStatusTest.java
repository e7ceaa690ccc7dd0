package uk.frontdoor.mash;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.frontdoor.mash.ContactStatus.AUTHORISED;
import static uk.frontdoor.mash.ContactStatus.AWAITING_AUTHORISATION;
import static uk.frontdoor.mash.ContactStatus.IN_TRIAGE;
import static uk.frontdoor.mash.ContactStatus.NEW;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The transition table, checked over every pair of statuses. */
class ContactStatusTest {

  /** The allowed moves, written out independently of the code under test. */
  private static final Set<String> ALLOWED =
      Set.of(
          "NEW>IN_TRIAGE",
          "NEW>AWAITING_AUTHORISATION",
          "IN_TRIAGE>AWAITING_AUTHORISATION",
          "AWAITING_AUTHORISATION>AUTHORISED",
          "AWAITING_AUTHORISATION>IN_TRIAGE");

  @Test
  void everyPairOfStatusesIsAllowedOnlyIfTheTableSaysSo() {
    int pairs = 0;
    for (ContactStatus from : ContactStatus.values()) {
      for (ContactStatus to : ContactStatus.values()) {
        pairs++;
        assertThat(from.next().contains(to)).as(from + " to " + to).isEqualTo(ALLOWED.contains(from + ">" + to));
      }
    }
    assertThat(pairs).isEqualTo(16);
  }

  @Test
  void anAuthorisedContactIsFinalAndNoStatusMovesToItself() {
    assertThat(AUTHORISED.next()).isEmpty();
    for (ContactStatus status : ContactStatus.values()) {
      assertThat(status.next().contains(status)).as(status.name()).isFalse();
    }
    assertThat(ContactStatus.OPEN).containsExactlyInAnyOrder(NEW, IN_TRIAGE, AWAITING_AUTHORISATION);
  }
}
