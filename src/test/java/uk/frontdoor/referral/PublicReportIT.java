package uk.frontdoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.platform.Tenancy;

/** The public report form over HTTP: double submits, robots and floods. */
@IntegrationTest
class PublicReportIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;

  private static final String BASE = "/west-berkshire/report-online/";

  /**
   * A browser's session: sessions live in PostgreSQL (Spring Session), found by the SESSION cookie,
   * which MockMvc does not carry from one request to the next by itself.
   */
  static final class Visitor {
    Cookie cookie;
  }

  private ResultActions perform(Visitor visitor, MockHttpServletRequestBuilder request) throws Exception {
    if (visitor.cookie != null) {
      request.cookie(visitor.cookie);
    }
    ResultActions result = mvc.perform(request);
    Cookie issued = result.andReturn().getResponse().getCookie("SESSION");
    if (issued != null) {
      visitor.cookie = issued;
    }
    return result;
  }

  private MockHttpServletRequestBuilder answer(String step, Visitor session, String address) {
    return answer(step, from(address));
  }

  /** Answers every question and returns the submission token shown on the check page. */
  private String fillIn(Visitor session, String address) throws Exception {
    return fillIn(session, from(address));
  }

  /** A request from this connection, with these headers. */
  private static RequestPostProcessor from(String address, String... headers) {
    return request -> {
      request.setRemoteAddr(address);
      for (int i = 0; i < headers.length; i += 2) {
        request.addHeader(headers[i], headers[i + 1]);
      }
      return request;
    };
  }

  private MockHttpServletRequestBuilder answer(String step, RequestPostProcessor client) {
    return post(BASE + step).with(csrf()).with(client);
  }

  private String fillIn(Visitor session, RequestPostProcessor client) throws Exception {
    perform(session, answer("danger", client).param("danger", "no")).andExpect(status().is3xxRedirection());
    perform(session, answer("child", client).param("firstName", "Sam")).andExpect(redirectedUrl(BASE + "children"));
    perform(session, answer("children", client).param("addAnother", "no")).andExpect(redirectedUrl(BASE + "address"));
    perform(session, answer("address", client).param("postcode", "RG14 1AA")).andExpect(redirectedUrl(BASE + "household"));
    perform(session, answer("household", client)).andExpect(redirectedUrl(BASE + "what-happened"));
    perform(session, answer("what-happened", client).param("whatHappened", "Sam has bruises.")).andExpect(redirectedUrl(BASE + "harm"));
    perform(session, answer("harm", client).param("harm", "PHYSICAL")).andExpect(redirectedUrl(BASE + "family-knows"));
    perform(session, answer("family-knows", client).param("familyKnows", "no")).andExpect(redirectedUrl(BASE + "about-you"));
    perform(session, answer("about-you", client).param("identity", "anonymous")).andExpect(redirectedUrl(BASE + "check"));
    String check =
        perform(session, get(BASE + "check")).andReturn().getResponse().getContentAsString();
    Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f-]+)\"").matcher(check);
    assertThat(token.find()).isTrue();
    return token.group(1);
  }

  /** Fills in and sends a report; true if it was sent, false if held back by the limit. */
  private boolean send(RequestPostProcessor client) throws Exception {
    Visitor session = new Visitor();
    String token = fillIn(session, client);
    int status = perform(session, answer("check", client).param("token", token)).andReturn().getResponse().getStatus();
    assertThat(status).isIn(302, 429);
    return status == 302 && referralsWithKey(token) == 1;
  }

  private long referralsWithKey(String token) {
    return transactions.execute(
        status -> {
          tenancy.bind(UUID.fromString("00000000-0000-4000-8000-000000000005"));
          return jdbc.sql("SELECT count(*) FROM referral WHERE idempotency_key = ?")
              .param("online:" + token)
              .query(Long.class)
              .single();
        });
  }

  @Test
  void sendingTwiceMakesOneReportAndShowsTheSameReference() throws Exception {
    Visitor session = new Visitor();
    String token = fillIn(session, "10.0.0.1");
    perform(session, answer("check", session, "10.0.0.1").param("token", token)).andExpect(redirectedUrl(BASE + "confirmation"));
    perform(session, answer("check", session, "10.0.0.1").param("token", token)).andExpect(redirectedUrl(BASE + "confirmation"));
    perform(session, get(BASE + "confirmation"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Report sent")));
    assertThat(referralsWithKey(token)).isEqualTo(1);
  }

  @Test
  void aFormFilledByARobotIsNotSent() throws Exception {
    Visitor session = new Visitor();
    String token = fillIn(session, "10.0.0.2");
    perform(session, answer("check", session, "10.0.0.2").param("token", token).param("website", "http://spam.example"))
        .andExpect(redirectedUrl(BASE + "check"));
    perform(session, get(BASE + "check"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Your report could not be sent. Call us on the number below instead.")))
        .andExpect(content().string(containsString("id=\"call-now\"")));
    assertThat(referralsWithKey(token)).isZero();
  }

  @Test
  void tooManyReportsFromOneAddressAreHeldBackWithAClearMessageAndNothingLost() throws Exception {
    for (int i = 0; i < 10; i++) {
      Visitor session = new Visitor();
      String token = fillIn(session, "10.0.0.3");
      perform(session, answer("check", session, "10.0.0.3").param("token", token)).andExpect(redirectedUrl(BASE + "confirmation"));
    }
    Visitor session = new Visitor();
    String token = fillIn(session, "10.0.0.3");
    perform(session, answer("check", session, "10.0.0.3").param("token", token))
        .andExpect(status().isTooManyRequests())
        .andExpect(content().string(containsString("Too many reports have been sent from your connection")))
        .andExpect(content().string(containsString("Sam has bruises.")));
    assertThat(referralsWithKey(token)).isZero();

    Visitor other = new Visitor();
    String otherToken = fillIn(other, "10.0.0.4");
    perform(other, answer("check", other, "10.0.0.4").param("token", otherToken)).andExpect(redirectedUrl(BASE + "confirmation"));
  }

  @Test
  void aQuestionAnsweredWrongRedirectsAndKeepsWhatWasTyped() throws Exception {
    Visitor session = new Visitor();
    // Post/redirect/get after an error too: the browser's back button never asks to resubmit.
    perform(session, answer("address", session, "10.0.0.5").param("addressLine1", "12 Oak <Road>" + "x".repeat(200)).param("postcode", "XYZ"))
        .andExpect(redirectedUrl(BASE + "address"));
    perform(session, get(BASE + "address"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Enter a real postcode")))
        .andExpect(content().string(containsString("House number and street must be 200 characters or fewer")))
        .andExpect(content().string(containsString("value=\"12 Oak &lt;Road&gt;x")))
        .andExpect(content().string(containsString("value=\"XYZ\"")));
    // The errors are shown once; the answers stay.
    perform(session, get(BASE + "address"))
        .andExpect(content().string(not(containsString("Enter a real postcode"))))
        .andExpect(content().string(containsString("value=\"XYZ\"")));
  }

  @Test
  void postsThatStoreNothingDoNotSpendTheLimit() throws Exception {
    RequestPostProcessor client = from("10.0.0.6");
    for (int i = 0; i < 12; i++) {
      // A post of the check page with nothing answered (and no right token): nothing is sent.
      perform(new Visitor(), answer("check", client).param("token", "x")).andExpect(status().is3xxRedirection());
    }
    Visitor robot = new Visitor();
    String robotToken = fillIn(robot, client);
    for (int i = 0; i < 3; i++) {
      perform(robot, answer("check", client).param("token", robotToken).param("website", "http://spam.example"))
          .andExpect(status().is3xxRedirection());
      perform(robot, answer("check", client).param("token", "out-of-date")).andExpect(status().is3xxRedirection());
    }
    assertThat(send(client)).as("a genuine report after fifteen that stored nothing").isTrue();
  }

  @Test
  void aForwardedHeaderFromAConnectionThatIsNotATrustedProxyIsIgnored() throws Exception {
    for (int i = 0; i < 10; i++) {
      assertThat(send(from("10.0.0.7", "X-Forwarded-For", "203.0.113." + i))).isTrue();
    }
    assertThat(send(from("10.0.0.7", "X-Forwarded-For", "203.0.113.50"))).isFalse();
    assertThat(send(from("10.0.0.7", "Forwarded", "for=203.0.113.51"))).isFalse();
  }

  @Test
  void aTrustedProxysForwardedAddressIsTheOneLimited() throws Exception {
    // frontdoor.http.trusted-proxies lists 10.99.0.0/16 in the test settings.
    for (int i = 0; i < 10; i++) {
      assertThat(send(from("10.99.0.1", "X-Forwarded-For", "198.51.100.7"))).isTrue();
    }
    assertThat(send(from("10.99.0.2", "X-Forwarded-For", "198.51.100.7"))).as("the same visitor").isFalse();
    assertThat(send(from("10.99.0.2", "Forwarded", "for=\"198.51.100.7:4711\";proto=https"))).isFalse();
    assertThat(send(from("10.99.0.1", "X-Forwarded-For", "198.51.100.8"))).as("another visitor, same proxy").isTrue();
    assertThat(send(from("10.99.0.1", "Forwarded", "for=\"[2001:db8::1]\""))).as("another visitor, IPv6").isTrue();
    // A visitor cannot pass for another by writing the header themselves: the proxy appends.
    assertThat(send(from("10.99.0.1", "X-Forwarded-For", "198.51.100.99, 198.51.100.7"))).isFalse();
  }

  @Test
  void aCheckPageWithoutAnswersSaysTheSessionEndedAndSendsNothing() throws Exception {
    Visitor session = new Visitor();
    perform(session, get(BASE + "check")).andExpect(redirectedUrl(BASE + "session-ended"));
    perform(session, answer("check", session, "10.0.0.6").param("token", "an-old-token"))
        .andExpect(redirectedUrl(BASE + "session-ended"));
    perform(session, get(BASE + "session-ended"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Sorry, you’ll have to start again")))
        .andExpect(content().string(containsString("nothing has been sent")))
        .andExpect(content().string(containsString("id=\"call-now\"")))
        .andExpect(content().string(containsString("href=\"/west-berkshire/report-online\"")));
  }

  @Test
  void aPhoneNumberMustLookLikeOneAndSaysWhy() throws Exception {
    Visitor session = new Visitor();
    fillIn(session, "10.0.0.7");
    perform(session, answer("about-you", session, "10.0.0.7").param("identity", "details").param("name", "Pat").param("phone", "call me"))
        .andExpect(redirectedUrl(BASE + "about-you"));
    perform(session, get(BASE + "about-you"))
        .andExpect(content().string(containsString("Enter a phone number with 10 to 13 digits, like 01632 960 001 or +44 7700 900 982, using only digits, spaces and +")));
    perform(session, answer("about-you", session, "10.0.0.7").param("identity", "details").param("name", "Pat").param("phone", "+44 7700 900 982"))
        .andExpect(redirectedUrl(BASE + "check"));
  }

  @Test
  void someoneWithParentalResponsibilitySaysSoAndAnAnonymousReportKeepsNothingTyped() throws Exception {
    Visitor parent = new Visitor();
    String token = fillIn(parent, "10.0.0.8");
    perform(parent, answer("about-you", parent, "10.0.0.8").param("identity", "details").param("name", "Pat Jones")
            .param("email", "pat@example.org").param("parentalResponsibility", "yes"))
        .andExpect(redirectedUrl(BASE + "check"));
    perform(parent, get(BASE + "check")).andExpect(content().string(containsString("I have parental responsibility for the child")));
    perform(parent, answer("check", parent, "10.0.0.8").param("token", token)).andExpect(redirectedUrl(BASE + "confirmation"));
    perform(parent, get(BASE + "confirmation")).andExpect(content().string(containsString("we will tell you the outcome by email")));
    assertThat(storedReferrer(token)).contains("\"parentalResponsibility\": true").contains("pat@example.org");

    // Without JavaScript the fields show under both choices: an anonymous report ignores them.
    Visitor anonymous = new Visitor();
    String other = fillIn(anonymous, "10.0.0.9");
    perform(anonymous, answer("about-you", anonymous, "10.0.0.9").param("identity", "anonymous").param("name", "Typed Anyway")
            .param("parentalResponsibility", "yes").param("phone", "not a number"))
        .andExpect(redirectedUrl(BASE + "check"));
    perform(anonymous, answer("check", anonymous, "10.0.0.9").param("token", other)).andExpect(redirectedUrl(BASE + "confirmation"));
    assertThat(storedReferrer(other)).isEqualTo("null");
  }

  private String storedReferrer(String token) {
    return transactions.execute(
        status -> {
          tenancy.bind(UUID.fromString("00000000-0000-4000-8000-000000000005"));
          return jdbc.sql("SELECT (document->'referrer')::text FROM referral WHERE idempotency_key = ?")
              .param("online:" + token)
              .query(String.class)
              .optional()
              .orElse(null);
        });
  }
}
