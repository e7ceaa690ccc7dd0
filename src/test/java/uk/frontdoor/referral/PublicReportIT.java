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
    return post(BASE + step)
        .with(csrf())
        .with(
            request -> {
              request.setRemoteAddr(address);
              return request;
            });
  }

  /** Answers every question and returns the submission token shown on the check page. */
  private String fillIn(Visitor session, String address) throws Exception {
    perform(session, answer("danger", session, address).param("danger", "no")).andExpect(status().is3xxRedirection());
    perform(session, answer("child", session, address).param("firstName", "Sam")).andExpect(redirectedUrl(BASE + "children"));
    perform(session, answer("children", session, address).param("addAnother", "no")).andExpect(redirectedUrl(BASE + "address"));
    perform(session, answer("address", session, address).param("postcode", "RG14 1AA")).andExpect(redirectedUrl(BASE + "household"));
    perform(session, answer("household", session, address)).andExpect(redirectedUrl(BASE + "what-happened"));
    perform(session, answer("what-happened", session, address).param("whatHappened", "Sam has bruises.")).andExpect(redirectedUrl(BASE + "harm"));
    perform(session, answer("harm", session, address).param("harm", "PHYSICAL")).andExpect(redirectedUrl(BASE + "family-knows"));
    perform(session, answer("family-knows", session, address).param("familyKnows", "no")).andExpect(redirectedUrl(BASE + "about-you"));
    perform(session, answer("about-you", session, address).param("identity", "anonymous")).andExpect(redirectedUrl(BASE + "check"));
    String check =
        perform(session, get(BASE + "check")).andReturn().getResponse().getContentAsString();
    Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f-]+)\"").matcher(check);
    assertThat(token.find()).isTrue();
    return token.group(1);
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
