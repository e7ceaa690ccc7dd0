package uk.frontdoor.referral.professional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.platform.Tenancy;

/**
 * Limits on emailed sign-in codes: per email address and per network address an hour, the same
 * answer whether or not the address has an account, no email past a limit, and a lock after
 * repeated wrong codes.
 */
@IntegrationTest
class SignInLimitsIT {

  private static final UUID OXFORDSHIRE = ProfessionalAccountsIT.OXFORDSHIRE;
  private static final String SIGN_IN = "/oxfordshire/professional/sign-in";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;
  @Autowired ProfessionalAccounts accounts;

  /** A browser: its session cookie, its network address and what its proxy forwards. */
  private final class Visitor {
    final String address;
    final String forwardedFor;
    Cookie cookie;

    Visitor(String address) {
      this(address, null);
    }

    Visitor(String address, String forwardedFor) {
      this.address = address;
      this.forwardedFor = forwardedFor;
    }

    MockHttpServletResponse post(String path, String name, String value) throws Exception {
      var request =
          MockMvcRequestBuilders.post(path)
              .with(csrf())
              .param(name, value)
              .with(
                  r -> {
                    r.setRemoteAddr(address);
                    if (forwardedFor != null) {
                      r.addHeader("X-Forwarded-For", forwardedFor);
                    }
                    return r;
                  });
      if (cookie != null) {
        request.cookie(cookie);
      }
      MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
      if (response.getCookie("SESSION") != null) {
        cookie = response.getCookie("SESSION");
      }
      return response;
    }

    MockHttpServletResponse get(String path) throws Exception {
      var request = MockMvcRequestBuilders.get(path).with(r -> {
        r.setRemoteAddr(address);
        return r;
      });
      if (cookie != null) {
        request.cookie(cookie);
      }
      return mvc.perform(request).andReturn().getResponse();
    }

    MockHttpServletResponse askForCode(String email) throws Exception {
      return post(SIGN_IN, "email", email);
    }
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  private long codesEmailedTo(String email) {
    return transactions.execute(
        status -> {
          tenancy.bind(OXFORDSHIRE);
          return jdbc.sql("SELECT count(*) FROM notification_outbox WHERE recipient = ? AND template = 'SIGN_IN_CODE'")
              .param(email)
              .query(Long.class)
              .single();
        });
  }

  /** The page with what differs between any two requests taken out: the address and the form key. */
  private static String sameness(MockHttpServletResponse response, String email) throws Exception {
    return response.getContentAsString()
        .replace(email, "EMAIL")
        .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
  }

  @Test
  void fiveCodesAnHourForOneEmailAddressThenAPlainRefusalAndNoEmail() throws Exception {
    String email = unique("five");
    for (int i = 0; i < 5; i++) {
      // From different networks, so that only the email address's limit applies.
      assertThat(new Visitor("10.30.0." + i).askForCode(email).getStatus()).isEqualTo(302);
    }
    MockHttpServletResponse sixth = new Visitor("10.30.0.9").askForCode(email);
    assertThat(sixth.getStatus()).isEqualTo(429);
    assertThat(sixth.getContentAsString())
        .contains("You have asked for too many codes for this email address in the last hour")
        .contains("ask for a new one after 5:15pm today");
    assertThat(codesEmailedTo(email)).isEqualTo(5);

    assertThat(new Visitor("10.30.0.9").askForCode(unique("other")).getStatus())
        .as("another address from the same network")
        .isEqualTo(302);
  }

  @Test
  void theAnswersAreTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
    String known = unique("known");
    ProfessionalAccounts.SentCode first = accounts.sendCode(OXFORDSHIRE, known);
    assertThat(accounts.verify(first.id(), first.code())).isPresent();
    assertThat(jdbc.sql("SELECT count(*) FROM professional_account WHERE email = ?").param(known).query(Long.class).single())
        .isEqualTo(1);
    String unknown = unique("unknown");

    for (int i = 0; i < 5; i++) {
      MockHttpServletResponse forKnown = new Visitor("10.31.0." + i).askForCode(known);
      MockHttpServletResponse forUnknown = new Visitor("10.32.0." + i).askForCode(unknown);
      assertThat(forKnown.getStatus()).isEqualTo(forUnknown.getStatus()).isEqualTo(302);
      assertThat(forKnown.getRedirectedUrl()).isEqualTo(forUnknown.getRedirectedUrl());
    }
    MockHttpServletResponse refusedKnown = new Visitor("10.31.0.9").askForCode(known);
    MockHttpServletResponse refusedUnknown = new Visitor("10.32.0.9").askForCode(unknown);
    assertThat(refusedKnown.getStatus()).isEqualTo(refusedUnknown.getStatus()).isEqualTo(429);
    assertThat(sameness(refusedKnown, known)).isEqualTo(sameness(refusedUnknown, unknown));
    assertThat(codesEmailedTo(known)).as("one sent directly, five asked for").isEqualTo(6);
    assertThat(codesEmailedTo(unknown)).isEqualTo(5);
  }

  @Test
  void twentyCodesAnHourFromOneNetworkAddressThenAPlainRefusalAndNoEmail() throws Exception {
    for (int i = 0; i < 20; i++) {
      assertThat(new Visitor("10.33.0.1").askForCode(unique("network")).getStatus()).isEqualTo(302);
    }
    String next = unique("network");
    MockHttpServletResponse refused = new Visitor("10.33.0.1").askForCode(next);
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getContentAsString())
        .contains("Too many codes have been asked for from your connection in the last hour");
    assertThat(codesEmailedTo(next)).isZero();

    // Behind a trusted proxy (10.99.0.0/16 in the test settings), each visitor has their own count.
    for (int i = 0; i < 20; i++) {
      assertThat(new Visitor("10.99.0.5", "198.51.100.33").askForCode(unique("proxied")).getStatus()).isEqualTo(302);
    }
    assertThat(new Visitor("10.99.0.6", "198.51.100.33").askForCode(unique("proxied")).getStatus())
        .as("the same visitor through another of the proxies")
        .isEqualTo(429);
    assertThat(new Visitor("10.99.0.5").askForCode(unique("proxy-itself")).getStatus())
        .as("the proxy's own address is not the visitors'")
        .isEqualTo(302);
  }

  @Test
  void tenWrongCodesInAnHourAcrossCodesLockTheAddressForFifteenMinutes() throws Exception {
    String email = unique("guesser");
    Visitor visitor = new Visitor("10.34.0.1");
    String lastCode = null;
    int wrong = 0;
    for (int round = 0; round < 3 && wrong < 10; round++) {
      assertThat(visitor.askForCode(email).getStatus()).isEqualTo(302);
      for (int i = 0; i < 4 && wrong < 10; i++, wrong++) {
        MockHttpServletResponse answer = visitor.post(SIGN_IN + "/code", "code", "not-a-code-" + i);
        if (wrong < 9) {
          // A wrong code is a mistake in what was typed: back to the code page, which says so.
          assertThat(answer.getStatus()).isEqualTo(302);
          assertThat(answer.getRedirectedUrl()).isEqualTo(SIGN_IN + "/code");
          assertThat(visitor.get(SIGN_IN + "/code").getContentAsString()).contains("The code is not right");
        } else {
          assertThat(answer.getStatus()).isEqualTo(429);
          assertThat(answer.getContentAsString())
              .contains("There have been too many wrong codes for this email address. You can try again after 4:30pm today.");
        }
      }
    }
    // Even the right code, sent now, is refused while the lock lasts; and no new code is sent.
    ProfessionalAccounts.SentCode right = accounts.sendCode(OXFORDSHIRE, email);
    assertThat(accounts.check(right.id(), right.code()).lockedUntil()).isNotNull();
    assertThat(accounts.check(right.id(), right.code()).professional()).isNull();
    long emailed = codesEmailedTo(email);
    MockHttpServletResponse asked = visitor.askForCode(email);
    assertThat(asked.getStatus()).isEqualTo(429);
    assertThat(asked.getContentAsString()).contains("There have been too many wrong codes for this email address");
    assertThat(codesEmailedTo(email)).isEqualTo(emailed);

    // Another address is not locked.
    ProfessionalAccounts.SentCode other = accounts.sendCode(OXFORDSHIRE, unique("bystander"));
    assertThat(accounts.check(other.id(), other.code()).professional()).isNotNull();

    // Sixteen minutes later (the clock is fixed: the events are moved back) the right code works.
    jdbc.sql(
            "UPDATE professional_sign_in_event SET at = at - interval '16 minutes' WHERE subject_sha256 = ?")
        .param(uk.frontdoor.referral.internal.Hashes.sha256("email:" + email))
        .update();
    assertThat(accounts.check(right.id(), right.code()).professional()).isNotNull();
  }
}
