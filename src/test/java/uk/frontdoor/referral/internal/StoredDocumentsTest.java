package uk.frontdoor.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import uk.frontdoor.referral.ConsentStatus;
import uk.frontdoor.referral.HarmCategory;
import uk.frontdoor.referral.ReferralDocument;

/** A stored document is read whatever it holds; what cannot be understood is read as not given. */
class StoredDocumentsTest {

  final StoredDocuments stored = new StoredDocuments(JsonMapper.builder().build());

  @Test
  void valuesNoLongerUnderstoodAreNotGiven() {
    ReferralDocument document =
        stored.read(
            """
            {"route": "MARTIAN", "referralType": "URGENT", "referrer": "Sam", "confidential": "yes", "thresholdLevel": "high",
             "children": [null, "Ava", 7, {"firstName": 12, "lastName": "Jones", "dateOfBirth": "not a date", "address": "1 High St"}],
             "household": {"not": "a list"},
             "concern": {"summary": "Kept.", "categories": ["MAGIC", null, 7, "PHYSICAL", "PHYSICAL", "NEGLECT"], "immediateDanger": "perhaps"},
             "consent": {"status": "PERHAPS", "reason": "Unknown status."}, "unknownField": {"deep": [1, 2]}}
            """);
    assertThat(document.route()).isNull();
    assertThat(document.referralType()).isNull();
    assertThat(document.thresholdLevel()).isNull();
    assertThat(document.household()).isEmpty();
    assertThat(document.children()).isNotEmpty().doesNotContainNull();
    assertThat(document.concern().summary()).isEqualTo("Kept.");
    assertThat(document.concern().categories()).containsExactly(HarmCategory.PHYSICAL, HarmCategory.NEGLECT);
    assertThat(document.consent().status()).isNull();
    assertThat(document.consent().reason()).isEqualTo("Unknown status.");
  }

  @Test
  void datesAsSystemsWriteUnknownAreKeptAsStored() {
    ReferralDocument document =
        stored.read(
            """
            {"route": "PROFESSIONAL", "children": [{"firstName": "Ava", "dateOfBirth": "0000-01-01", "expectedDate": "+10000-01-01"}],
             "household": [{"name": "Jo", "dateOfBirth": "9999-12-31"}], "consent": {"status": "GIVEN"}}
            """);
    assertThat(document.children().get(0).dateOfBirth()).isEqualTo(LocalDate.of(0, 1, 1));
    assertThat(document.children().get(0).expectedDate()).isEqualTo(LocalDate.of(10_000, 1, 1));
    assertThat(document.household().get(0).dateOfBirth()).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(document.consent().status()).isEqualTo(ConsentStatus.GIVEN);
  }

  @Test
  void aDocumentThatCannotBeReadIsShownAsStored() {
    String deep = "{\"concern\": {\"summary\": \"Too deep.\"}, \"extra\": " + "[".repeat(3_000) + "]".repeat(3_000) + "}";
    ReferralDocument document = stored.read(deep);
    assertThat(document.concern().summary()).isEqualTo(deep);
    assertThat(document.answers()).extracting(ReferralDocument.Answer::question).containsExactly(StoredDocuments.AS_STORED);
    assertThat(document.anonymous()).as("nothing says it was anonymous").isFalse();
  }
}
