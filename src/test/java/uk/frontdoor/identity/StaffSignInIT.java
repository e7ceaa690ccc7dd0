package uk.frontdoor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.identity.internal.Base32;
import uk.frontdoor.identity.internal.Totp;

/**
 * Staff sign in with a password and then a code from an authenticator app, through the real
 * filter chains, sessions and database. Each test uses its own demo users: the clock stands still
 * at 16:15 (UK time) on 27 November 2026, so a lock-out lasts the whole run and each user has
 * only the codes of three time steps.
 */
@IntegrationTest
class StaffSignInIT {

  private static final byte[] DEMO_SECRET = "front-door-demo-totp".getBytes(StandardCharsets.US_ASCII);
  private static final String WRONG_PASSWORD = "The username or password is not right";
  private static final String LOCKED =
      "There have been too many tries to sign in with this username. Try again after 4:30pm today";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  /** One browser: its cookies (the session) carried from request to request. */
  private final class Visitor {
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    MockHttpServletResponse get(String url) throws Exception {
      return perform(MockMvcRequestBuilders.get(url));
    }

    MockHttpServletResponse post(String url, String... nameValues) throws Exception {
      MockHttpServletRequestBuilder request =
          MockMvcRequestBuilders.post(url).with(csrf());
      for (int i = 0; i < nameValues.length; i += 2) {
        request.param(nameValues[i], nameValues[i + 1]);
      }
      return perform(request);
    }

    MockHttpServletResponse signIn(String username, String password) throws Exception {
      return post("/staff/sign-in", "username", username, "password", password);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
      if (!cookies.isEmpty()) {
        request.cookie(cookies.values().toArray(Cookie[]::new));
      }
      MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
      for (Cookie cookie : response.getCookies()) {
        if (cookie.getMaxAge() == 0) {
          cookies.remove(cookie.getName());
        } else {
          cookies.put(cookie.getName(), cookie);
        }
      }
      return response;
    }
  }

  private String codeNow(byte[] secret, int stepsAhead) {
    return Totp.code(secret, Totp.step(clock.instant()) + stepsAhead);
  }

  private static String body(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString();
  }

  @Test
  void aPasswordAloneReachesNothingUnderStaffTheRightCodeDoesAndWorksOnce() throws Exception {
    Visitor browser = new Visitor();
    MockHttpServletResponse password = browser.signIn(" Call.Handler@bracknell-forest.demo ", "demo-password");
    assertThat(password.getRedirectedUrl()).isEqualTo("/staff/sign-in/code");
    for (String page : new String[] {"/staff", "/staff/phone-contacts/new", "/staff/mash"}) {
      assertThat(browser.get(page).getRedirectedUrl()).as(page).isEqualTo("/staff/sign-in");
    }

    String code = codeNow(DEMO_SECRET, 0);
    assertThat(body(browser.get("/staff/sign-in/code")))
        .contains("<title>Enter the code from your authenticator app – Front Door</title>")
        .contains("autocomplete=\"one-time-code\"")
        .contains("inputmode=\"numeric\"")
        .contains("This is a demonstration: the code now is <strong>" + code + "</strong>");

    String wrong = code.equals("000000") ? "111111" : "000000";
    assertThat(body(browser.post("/staff/sign-in/code", "code", wrong)))
        .contains("<title>Error: Enter the code from your authenticator app – Front Door</title>")
        .contains("There is a problem")
        .contains("<a href=\"#code\">The code is not right. Enter the code your authenticator app shows now</a>")
        .contains("govuk-input--error")
        .contains("value=\"" + wrong + "\"");
    assertThat(body(browser.post("/staff/sign-in/code", "code", "12 34x")))
        .contains("The code must be 6 digits, like 123456")
        .contains("value=\"1234x\"");
    assertThat(body(browser.post("/staff/sign-in/code", "code", "")))
        .contains("Enter the 6-digit code from your authenticator app");
    assertThat(browser.get("/staff").getRedirectedUrl()).isEqualTo("/staff/sign-in");

    assertThat(browser.post("/staff/sign-in/code", "code", code.substring(0, 3) + " " + code.substring(3)).getRedirectedUrl())
        .isEqualTo("/staff");
    assertThat(body(browser.get("/staff"))).contains("Signed in as Demo call handler, Bracknell Forest");

    // The same code, from another browser, does not work twice.
    Visitor again = new Visitor();
    again.signIn("call.handler@bracknell-forest.demo", "demo-password");
    assertThat(body(again.post("/staff/sign-in/code", "code", code))).contains("The code is not right");
    assertThat(again.get("/staff").getRedirectedUrl()).isEqualTo("/staff/sign-in");
    // The next step's code (what the app shows 30 seconds on) does, and the demo shows that one now.
    String next = codeNow(DEMO_SECRET, 1);
    assertThat(body(again.get("/staff/sign-in/code"))).contains("<strong>" + next + "</strong>");
    assertThat(again.post("/staff/sign-in/code", "code", next).getRedirectedUrl()).isEqualTo("/staff");
    assertThat(body(again.get("/staff"))).contains("Signed in as Demo call handler");
  }

  @Test
  void theCodePageNeedsTheRightPasswordFirstInThisSession() throws Exception {
    Visitor browser = new Visitor();
    assertThat(browser.get("/staff/sign-in/code").getRedirectedUrl()).isEqualTo("/staff/sign-in");
    assertThat(browser.post("/staff/sign-in/code", "code", codeNow(DEMO_SECRET, 0)).getRedirectedUrl())
        .isEqualTo("/staff/sign-in");
    assertThat(browser.get("/staff/sign-in/set-up").getRedirectedUrl()).isEqualTo("/staff/sign-in");
    assertThat(browser.get("/staff").getRedirectedUrl()).isEqualTo("/staff/sign-in");
    assertThat(body(browser.signIn("mash.worker@bracknell-forest.demo", "not-the-password")))
        .contains("<title>Error: Staff sign in – Front Door</title>")
        .contains(WRONG_PASSWORD)
        .contains("value=\"mash.worker@bracknell-forest.demo\"")
        .doesNotContain("not-the-password");
    assertThat(browser.get("/staff/sign-in/code").getRedirectedUrl()).isEqualTo("/staff/sign-in");
    assertThat(body(browser.post("/staff/sign-in", "username", "", "password", "")))
        .contains("<a href=\"#username\">Enter your username</a>")
        .contains("<a href=\"#password\">Enter your password</a>");
  }

  @Test
  void fiveWrongPasswordsLockAUsernameKnownOrNotAndTheyAreAnsweredAlike() throws Exception {
    String known = "mash.manager@northamptonshire.demo";
    String unknown = "no.such.person@northamptonshire.demo";
    Visitor browser = new Visitor();
    for (int i = 1; i <= 5; i++) {
      String toKnown = body(browser.signIn(known, "wrong-" + i));
      String toUnknown = body(browser.signIn(unknown, "wrong-" + i));
      assertThat(toKnown).contains(i < 5 ? WRONG_PASSWORD : LOCKED);
      assertThat(sameAnswer(toUnknown, unknown)).as("try %d", i).isEqualTo(sameAnswer(toKnown, known));
    }
    // Locked: even the right password is refused, with the same page as for a username that does
    // not exist, and nothing under /staff opens.
    String right = body(browser.signIn(known, "demo-password"));
    assertThat(right).contains(LOCKED).contains("<title>Error: Staff sign in – Front Door</title>");
    assertThat(sameAnswer(body(browser.signIn(unknown, "demo-password")), unknown)).isEqualTo(sameAnswer(right, known));
    assertThat(browser.get("/staff/sign-in/code").getRedirectedUrl()).isEqualTo("/staff/sign-in");
    assertThat(browser.get("/staff").getRedirectedUrl()).isEqualTo("/staff/sign-in");

    assertThat(
            jdbc.sql("SELECT locked_until FROM staff_sign_in_attempt WHERE username = ?")
                .param(known)
                .query(Instant.class)
                .single())
        .isEqualTo(Instant.parse("2026-11-27T16:30:00Z"));
  }

  /** A page with the CSRF token and the typed username taken out, to compare two answers. */
  private static String sameAnswer(String page, String username) {
    return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "").replace(username, "USERNAME");
  }

  @Test
  void fiveWrongCodesLockTooAndARightPasswordDoesNotResetTheCount() throws Exception {
    String username = "mash.worker@northamptonshire.demo";
    Visitor browser = new Visitor();
    browser.signIn(username, "demo-password");
    for (int i = 1; i <= 3; i++) {
      assertThat(body(browser.post("/staff/sign-in/code", "code", "00000" + i))).contains("The code is not right");
    }
    // Starting again with the right password does not wipe out the three wrong codes.
    assertThat(browser.signIn(username, "demo-password").getRedirectedUrl()).isEqualTo("/staff/sign-in/code");
    assertThat(body(browser.post("/staff/sign-in/code", "code", "000004"))).contains("The code is not right");
    MockHttpServletResponse fifth = browser.post("/staff/sign-in/code", "code", "000005");
    assertThat(fifth.getRedirectedUrl()).isEqualTo("/staff/sign-in");
    assertThat(body(browser.get("/staff/sign-in")))
        .contains(LOCKED)
        .contains("<title>Error: Staff sign in – Front Door</title>")
        .contains("value=\"" + username + "\"");
    // The code page has gone, and the right password and code no longer help.
    assertThat(browser.post("/staff/sign-in/code", "code", codeNow(DEMO_SECRET, 0)).getRedirectedUrl())
        .isEqualTo("/staff/sign-in");
    assertThat(body(browser.signIn(username, "demo-password"))).contains(LOCKED);
    assertThat(browser.get("/staff").getRedirectedUrl()).isEqualTo("/staff/sign-in");
  }

  @Test
  void aCompletedSignInClearsTheCount() throws Exception {
    String username = "call.handler@northamptonshire.demo";
    Visitor browser = new Visitor();
    for (int i = 1; i <= 4; i++) {
      assertThat(body(browser.signIn(username, "wrong"))).contains(WRONG_PASSWORD);
    }
    browser.signIn(username, "demo-password");
    assertThat(browser.post("/staff/sign-in/code", "code", codeNow(DEMO_SECRET, 0)).getRedirectedUrl())
        .isEqualTo("/staff");
    Visitor later = new Visitor();
    for (int i = 1; i <= 4; i++) {
      assertThat(body(later.signIn(username, "wrong"))).contains(WRONG_PASSWORD).doesNotContain("too many tries");
    }
  }

  @Test
  void countsAreForgottenADayAfterTheLastTryButLocksInForceAreKept() throws Exception {
    Instant now = clock.instant();
    String insert =
        "INSERT INTO staff_sign_in_attempt (username, failures, locked_until, updated_at) VALUES (?, ?, ?, ?)";
    jdbc.sql(insert)
        .params("stale.typo@nowhere.demo", 4, null, java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(2))))
        .update();
    jdbc.sql(insert)
        .params(
            "locked.long.ago@nowhere.demo",
            0,
            java.sql.Timestamp.from(now.plusSeconds(60)),
            java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(2))))
        .update();
    Visitor browser = new Visitor();
    assertThat(body(browser.signIn("someone.else@nowhere.demo", "wrong"))).contains(WRONG_PASSWORD);
    assertThat(jdbc.sql("SELECT username FROM staff_sign_in_attempt WHERE username LIKE '%@nowhere.demo'")
            .query(String.class)
            .list())
        .contains("locked.long.ago@nowhere.demo", "someone.else@nowhere.demo")
        .doesNotContain("stale.typo@nowhere.demo");
    assertThat(body(browser.signIn("stale.typo@nowhere.demo", "wrong"))).contains(WRONG_PASSWORD);
    assertThat(body(browser.signIn("locked.long.ago@nowhere.demo", "wrong"))).contains("too many tries");
  }

  @Test
  void settingUpAnAppStoresItsSecretOnlyAfterARightCodeFromIt() throws Exception {
    String username = "new.worker@west-berkshire.demo";
    Visitor browser = new Visitor();
    assertThat(browser.signIn(username, "demo-password").getRedirectedUrl()).isEqualTo("/staff/sign-in/set-up");
    assertThat(browser.get("/staff").getRedirectedUrl()).isEqualTo("/staff/sign-in");
    assertThat(browser.get("/staff/sign-in/code").getRedirectedUrl()).isEqualTo("/staff/sign-in");

    String page = body(browser.get("/staff/sign-in/set-up"));
    assertThat(page)
        .contains("<title>Set up an authenticator app – Front Door</title>")
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fd-qr-code\" role=\"img\"")
        .contains("aria-label=\"QR code to add Front Door to your authenticator app for " + username + "\"")
        .contains("autocomplete=\"one-time-code\"");
    String key = key(page);
    byte[] secret = Base32.decode(key);
    assertThat(secret).hasSize(20).isNotEqualTo(DEMO_SECRET);
    assertThat(key(body(browser.get("/staff/sign-in/set-up")))).as("the same key till it is confirmed").isEqualTo(key);
    assertThat(storedSecret(username)).isNull();

    String code = codeNow(secret, 0);
    String wrong = code.equals("123456") ? "654321" : "123456";
    assertThat(body(browser.post("/staff/sign-in/set-up", "code", wrong)))
        .contains("<title>Error: Set up an authenticator app – Front Door</title>")
        .contains("The code is not right")
        .contains("value=\"" + wrong + "\"")
        .contains(Base32.grouped(key));
    assertThat(storedSecret(username)).isNull();
    assertThat(browser.get("/staff").getRedirectedUrl()).isEqualTo("/staff/sign-in");

    assertThat(browser.post("/staff/sign-in/set-up", "code", code).getRedirectedUrl()).isEqualTo("/staff");
    assertThat(body(browser.get("/staff"))).contains("Signed in as Demo new MASH social worker, West Berkshire");
    byte[] stored = storedSecret(username);
    assertThat(stored).isNotNull();
    assertThat(new String(stored, StandardCharsets.ISO_8859_1))
        .as("sealed, not the secret itself")
        .doesNotContain(new String(secret, StandardCharsets.ISO_8859_1));

    // From now on the password leads to the code, made from the secret just set up.
    Visitor next = new Visitor();
    assertThat(next.signIn(username, "demo-password").getRedirectedUrl()).isEqualTo("/staff/sign-in/code");
    assertThat(next.get("/staff/sign-in/set-up").getRedirectedUrl()).isEqualTo("/staff/sign-in");
    assertThat(next.post("/staff/sign-in/code", "code", codeNow(secret, 1)).getRedirectedUrl()).isEqualTo("/staff");
  }

  private static String key(String page) {
    Matcher key = Pattern.compile("id=\"key\">([A-Z2-7 ]+)</code>").matcher(page);
    assertThat(key.find()).as("the key on the page").isTrue();
    return key.group(1).replace(" ", "");
  }

  private byte[] storedSecret(String username) {
    return jdbc.sql("SELECT totp_secret FROM staff_user WHERE username = ?")
        .param(username)
        .query((rs, n) -> rs.getBytes(1))
        .list()
        .get(0);
  }
}
