package uk.frontdoor.referral.professional;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.platform.Tenancy;

/** Emailed sign-in codes: sent through the outbox, hashed at rest, few tries, short life, used once. */
@IntegrationTest
class ProfessionalAccountsIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");

  @Autowired ProfessionalAccounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  @Test
  void theCodeIsEmailedAndOnlyItsHashIsStored() {
    ProfessionalAccounts.SentCode sent = accounts.sendCode(OXFORDSHIRE, "Nurse@Example.org ");
    assertThat(sent.code()).matches("\\d{6}");
    String stored =
        jdbc.sql("SELECT code_sha256 FROM professional_sign_in_code WHERE id = ?").param(sent.id()).query(String.class).single();
    assertThat(stored).doesNotContain(sent.code()).hasSize(64);
    String emailed =
        transactions.execute(
            status -> {
              tenancy.bind(OXFORDSHIRE);
              return jdbc.sql("SELECT personalisation->>'code' FROM notification_outbox WHERE recipient = 'nurse@example.org' AND template = 'SIGN_IN_CODE' ORDER BY created_at DESC LIMIT 1")
                  .query(String.class)
                  .single();
            });
    assertThat(emailed).isEqualTo(sent.code());
    assertThat(accounts.verify(sent.id(), sent.code())).get().extracting(ProfessionalPrincipal::email).isEqualTo("nurse@example.org");
    assertThat(accounts.verify(sent.id(), sent.code())).as("used once").isEmpty();
  }

  @Test
  void fiveWrongTriesLockTheCode() {
    ProfessionalAccounts.SentCode sent = accounts.sendCode(OXFORDSHIRE, "guess@example.org");
    String wrong = sent.code().equals("000000") ? "111111" : "000000";
    for (int i = 0; i < ProfessionalAccounts.MAX_ATTEMPTS; i++) {
      assertThat(accounts.verify(sent.id(), wrong)).isEmpty();
    }
    assertThat(accounts.verify(sent.id(), sent.code())).isEmpty();
  }

  @Test
  void anExpiredCodeDoesNotWork() {
    ProfessionalAccounts.SentCode sent = accounts.sendCode(OXFORDSHIRE, "late@example.org");
    jdbc.sql("UPDATE professional_sign_in_code SET expires_at = expires_at - interval '16 minutes' WHERE id = ?")
        .param(sent.id())
        .update();
    assertThat(accounts.verify(sent.id(), sent.code())).isEmpty();
  }

  @Test
  void theSameEmailIsTheSameAccount() {
    ProfessionalAccounts.SentCode first = accounts.sendCode(OXFORDSHIRE, "same@example.org");
    ProfessionalAccounts.SentCode second = accounts.sendCode(OXFORDSHIRE, "SAME@example.org");
    UUID a = accounts.verify(first.id(), first.code()).orElseThrow().accountId();
    UUID b = accounts.verify(second.id(), second.code()).orElseThrow().accountId();
    assertThat(a).isEqualTo(b);
  }
}
