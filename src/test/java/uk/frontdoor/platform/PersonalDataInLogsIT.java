package uk.frontdoor.platform;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import uk.frontdoor.MailIntegrationTest;
import uk.frontdoor.notification.Message;
import uk.frontdoor.notification.Notifications;
import uk.frontdoor.notification.Template;
import uk.frontdoor.notification.internal.OutboxDrainer;

/**
 * Every log line at INFO or above, from every logger, while referrals with distinctive people in
 * them go through the partner API and the public form, a professional asks for a sign-in code, and
 * emails are sent and fail: none holds the child's name, an email address or an NHS number.
 */
@MailIntegrationTest
class PersonalDataInLogsIT {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final String FIRST_NAME = "Zebedee";
  static final String LAST_NAME = "Quarrington";
  static final String NHS_NUMBER = "7182936453";
  static final String REFERRER_EMAIL = "wilhelmina.fotheringay@leak-test.example.org";
  static final String PUBLIC_EMAIL = "ottoline.bramwell@leak-test.example.org";
  static final String PROFESSIONAL_EMAIL = "percival.nightingale@leak-test.example.org";

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired Tenancy tenancy;
  @Autowired Notifications notifications;
  @Autowired OutboxDrainer drainer;
  @Autowired Clock clock;

  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  @BeforeEach
  void capture() {
    captured.start();
    root.addAppender(captured);
  }

  @AfterEach
  void release() {
    root.detachAppender(captured);
    captured.stop();
  }

  @Test
  void noLogLineAtInfoOrAboveHoldsAChildsNameAnEmailAddressOrAnNhsNumber() throws Exception {
    String reference = apiReferral();
    invalidApiReferral();
    publicReport();
    professionalAsksForACode();
    awaitContact(reference);
    failingAndWorkingEmails();

    List<String> lines = lines();
    assertThat(lines).as("something was logged (the capture works)").anyMatch(line -> line.contains("Could not send"));
    for (String secret :
        List.of(FIRST_NAME, LAST_NAME, NHS_NUMBER, "718 293 6453", REFERRER_EMAIL, PUBLIC_EMAIL, PROFESSIONAL_EMAIL, "leak-test.example.org>")) {
      assertThat(lines).as("log lines holding " + secret).noneMatch(line -> line.contains(secret));
    }
    assertThat(lines).as("the refused address's failure is logged").anyMatch(line -> line.contains("LOGS-BAD-ADDRESS"));
  }

  /** Each event at INFO or above from the application as a line: the message, then every exception's kind and message. */
  private List<String> lines() {
    return captured.list.stream()
        .filter(event -> event.getLevel().isGreaterOrEqual(Level.INFO))
        // The test's own mail server (GreenMail) stands for the mail service, which knows addresses.
        .filter(event -> !event.getLoggerName().startsWith("com.icegreen."))
        .map(
            event -> {
              StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
              for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
                for (IThrowableProxy suppressed : t.getSuppressed()) {
                  line.append(" | ").append(suppressed.getClassName()).append(": ").append(suppressed.getMessage());
                }
              }
              return line.toString();
            })
        .toList();
  }

  private String apiReferral() throws Exception {
    String body =
        """
        {"referralType": "SAFEGUARDING",
         "referrer": {"name": "Wilhelmina Fotheringay", "organisation": "Cherwell Primary School", "role": "DSL", "email": "%s"},
         "children": [{"firstName": "%s", "lastName": "%s", "dateOfBirth": "2016-03-02", "nhsNumber": "%s",
                       "address": {"line1": "1 High Street", "town": "Banbury", "postcode": "OX16 5AA"}}],
         "concern": {"summary": "%s said his step-father hit him.", "categories": ["PHYSICAL"], "immediateDanger": false},
         "consent": {"status": "NOT_SOUGHT_RISK", "reason": "Telling the family could put %s at greater risk."}}
        """
            .formatted(REFERRER_EMAIL, FIRST_NAME, LAST_NAME, NHS_NUMBER, FIRST_NAME, FIRST_NAME);
    HttpResponse<String> created = api(body, "logs-" + UUID.randomUUID());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher reference = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
    assertThat(reference.find()).isTrue();
    return reference.group(1);
  }

  /** Wrong in many ways at once, every wrong value holding someone's details. */
  private void invalidApiReferral() throws Exception {
    String body =
        """
        {"referralType": "SAFEGUARDING",
         "referrer": {"name": "Wilhelmina Fotheringay", "email": "%s x"},
         "children": [{"firstName": "%s", "lastName": "%s", "dateOfBirth": "%s", "nhsNumber": "%s1"}],
         "concern": {"summary": "", "categories": ["%s"], "immediateDanger": "%s"}}
        """
            .formatted(REFERRER_EMAIL, FIRST_NAME, LAST_NAME, FIRST_NAME, NHS_NUMBER, LAST_NAME, NHS_NUMBER);
    assertThat(api(body, "logs-" + UUID.randomUUID()).statusCode()).isBetween(400, 499);
    assertThat(api("{\"children\": [{\"firstName\": \"" + FIRST_NAME + " " + LAST_NAME, "logs-" + UUID.randomUUID()).statusCode())
        .isBetween(400, 499);
  }

  private HttpResponse<String> api(String body, String idempotencyKey) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/oxfordshire/referrals"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer demo-oxfordshire")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private Cookie session;

  private MockHttpServletResponse post(String path, String... params) throws Exception {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    if (session != null) {
      request.cookie(session);
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    if (response.getCookie("SESSION") != null) {
      session = response.getCookie("SESSION");
    }
    return response;
  }

  private void publicReport() throws Exception {
    session = null;
    String base = "/oxfordshire/report-online/";
    post(base + "danger", "danger", "no");
    post(base + "child", "firstName", FIRST_NAME, "lastName", LAST_NAME, "dobDay", "99", "dobMonth", NHS_NUMBER);
    post(base + "child", "firstName", FIRST_NAME, "lastName", LAST_NAME);
    post(base + "children", "addAnother", "no");
    post(base + "address", "addressLine1", "1 " + LAST_NAME + " Road", "postcode", "OX16 5AA");
    post(base + "household");
    post(base + "what-happened", "whatHappened", FIRST_NAME + " has bruises; NHS number " + NHS_NUMBER + ".");
    post(base + "harm", "harm", "PHYSICAL");
    post(base + "family-knows", "familyKnows", "no");
    post(base + "about-you", "identity", "details", "name", "Ottoline Bramwell", "email", PUBLIC_EMAIL + "@@");
    post(base + "about-you", "identity", "details", "name", "Ottoline Bramwell", "relationship", "neighbour", "email", PUBLIC_EMAIL);
    String check =
        mvc.perform(MockMvcRequestBuilders.get(base + "check").cookie(session)).andReturn().getResponse().getContentAsString();
    Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f-]+)\"").matcher(check);
    assertThat(token.find()).as(check).isTrue();
    assertThat(post(base + "check", "token", token.group(1)).getRedirectedUrl()).isEqualTo(base + "confirmation");
  }

  private void professionalAsksForACode() throws Exception {
    session = null;
    assertThat(post("/oxfordshire/professional/sign-in", "email", PROFESSIONAL_EMAIL).getStatus()).isEqualTo(302);
    post("/oxfordshire/professional/sign-in/code", "code", NHS_NUMBER);
  }

  /** The MASH takes the API referral in (people matching and all) while the logs are captured. */
  private void awaitContact(String reference) {
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
        .until(() -> transactions.execute(
            status -> {
              tenancy.bind(OXFORDSHIRE);
              return jdbc.sql("SELECT count(*) FROM mash_contact WHERE reference = ?").param(reference).query(Long.class).single();
            }), contacts -> contacts != null && contacts > 0);
  }


  /** Sends everything queued; then fails one send with the mail server down and one with a bad address. */
  private void failingAndWorkingEmails() throws Exception {
    drainer.drainNow();
    // A row the mail library refuses (Message would not queue it: written straight to the table).
    transactions.executeWithoutResult(
        status -> {
          tenancy.bind(OXFORDSHIRE);
          jdbc.sql(
                  """
                  INSERT INTO notification_outbox (id, authority_id, recipient, template, personalisation, reference, created_at, send_after)
                  VALUES (gen_random_uuid(), ?, ?, 'SIGN_IN_CODE', '{"code": "123456", "minutes": "15"}', 'LOGS-BAD-ADDRESS', ?, ?)
                  """)
              .params(OXFORDSHIRE, FIRST_NAME + " " + LAST_NAME + " " + NHS_NUMBER + " <" + REFERRER_EMAIL,
                  Timestamp.from(clock.instant()), Timestamp.from(clock.instant()))
              .update();
        });
    drainer.drainNow();
    mail.stop();
    try {
      transactions.executeWithoutResult(
          status -> {
            tenancy.bind(OXFORDSHIRE);
            notifications.send(
                new Message(OXFORDSHIRE, REFERRER_EMAIL, Template.SIGN_IN_CODE, Map.of("code", "123456", "minutes", "15"), "LOGS-DOWN"));
          });
      drainer.drainNow();
    } finally {
      mail.start();
    }
  }
}
