package uk.frontdoor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import uk.frontdoor.IntegrationTest;
import uk.frontdoor.audit.AuditEntry;
import uk.frontdoor.audit.AuditLog;
import uk.frontdoor.identity.internal.SingleSignOnProviders;
import uk.frontdoor.mash.MashTesting;

/**
 * Single sign-on against a real OpenID Connect provider (Spring Authorization Server, started by
 * {@link IdentityProvider}): Oxfordshire's administrator sets it up on the settings page, then
 * staff go through the whole flow as a browser would, with its cookies, over HTTP, from Front
 * Door's sign-in page through the provider's login form and back. A member of staff lands on their
 * staff home with the roles their groups map to; someone in no mapped group, and someone of
 * another council, are refused on a page that says why, and every outcome is audited.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnIT {

  static final UUID OXFORDSHIRE = UUID.fromString("00000000-0000-4000-8000-000000000001");
  static final String TEAM_MANAGER_AND_SOCIAL_WORKER = "sam.sso@oxfordshire.demo";
  /** A demo user in a group Oxfordshire maps to nothing. */
  static final String UNMAPPED = "edt.worker@oxfordshire.demo";
  /** At the provider, but on West Berkshire's staff. */
  static final String OTHER_COUNCIL = "mash.worker@west-berkshire.demo";

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired AuditLog audit;
  @Autowired SingleSignOnProviders providers;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;
  @Autowired uk.frontdoor.platform.Tenancy tenancy;

  final StaffUser admin = MashTesting.named("Ada Admin", OXFORDSHIRE, "COUNCIL_ADMINISTRATOR");
  IdentityProvider provider;
  UUID sam;

  @BeforeAll
  void aProviderOxfordshireUses() throws Exception {
    provider =
        IdentityProvider.start(
            List.of(app("/staff/sign-in/sso/oxfordshire/return")),
            Map.of(
                TEAM_MANAGER_AND_SOCIAL_WORKER, List.of("fd-managers", "fd-social-workers", "everyone"),
                UNMAPPED, List.of("everyone"),
                OTHER_COUNCIL, List.of("fd-social-workers")));
    sam = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO staff_user (id, authority_id, username, display_name, agency, roles, password_hash)
            VALUES (?, ?, ?, 'Sam Single', 'SOCIAL_CARE', ARRAY['CALL_HANDLER', 'DEPLOYMENT_OPERATOR'], 'not a bcrypt hash')
            """)
        .params(sam, OXFORDSHIRE, TEAM_MANAGER_AND_SOCIAL_WORKER)
        .update();
    MockHttpServletResponse saved =
        mvc.perform(
                post("/staff/admin/single-sign-on")
                    .with(MashTesting.as(admin))
                    .with(csrf())
                    .param("issuerUri", provider.issuer())
                    .param("clientId", IdentityProvider.CLIENT_ID)
                    .param("clientSecret", IdentityProvider.CLIENT_SECRET)
                    .param("usernameClaim", "preferred_username")
                    .param("groupsClaim", "groups")
                    .param("passwordAllowed", "yes")
                    .param("groups-TEAM_MANAGER", "fd-managers")
                    .param("groups-SOCIAL_WORKER", "fd-social-workers, fd-caseworkers")
                    // Not a role a council's groups give: ignored, so "everyone" alone still gives nothing.
                    .param("groups-DEPLOYMENT_OPERATOR", "everyone"))
            .andReturn()
            .getResponse();
    assertThat(saved.getRedirectedUrl())
        .as(() -> saved.getStatus() + " " + errorsIn(saved))
        .isEqualTo("/staff/admin/single-sign-on");
  }

  @AfterAll
  void stop() {
    providers.remove(admin);
    provider.close();
  }

  @Test
  void aMemberOfStaffSignsInThroughTheProviderWithTheRolesTheirGroupsGive() throws Exception {
    Browser browser = new Browser();
    assertThat(browser.go(app("/staff/sign-in")).body()).contains("Sign in with Oxfordshire County Council’s account");

    HttpResponse<String> login = browser.go(app("/staff/sign-in/sso/oxfordshire"));
    assertThat(login.uri().toString()).isEqualTo(provider.issuer() + "/login");
    String authorisation =
        browser.visited.stream().filter(url -> url.startsWith(provider.issuer() + "/oauth2/authorize?")).findFirst().orElseThrow();
    assertThat(authorisation).contains("client_id=front-door", "state=", "nonce=", "code_challenge=", "code_challenge_method=S256",
            "redirect_uri=" + app("/staff/sign-in/sso/oxfordshire/return"));

    HttpResponse<String> home = browser.signInAtProvider(login, TEAM_MANAGER_AND_SOCIAL_WORKER);
    assertThat(home.uri().getPath()).isEqualTo("/staff");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Sam Single", "Oxfordshire");

    assertThat(browser.go(app("/staff/casework/unallocated")).statusCode()).as("a team manager's page").isEqualTo(200);
    assertThat(browser.go(app("/staff/casework/caseload")).statusCode()).as("a social worker's page").isEqualTo(200);
    assertThat(browser.go(app("/staff/phone-contacts/new")).statusCode()).as("the role held before, not mapped").isEqualTo(403);
    assertThat(jdbc.sql("SELECT array_to_string(roles, ',') FROM staff_user WHERE id = ?").param(sam).query(String.class).single())
        .as("the mapped roles, and the deployment operator's kept: no council's groups give or take it")
        .isEqualTo("SOCIAL_WORKER,TEAM_MANAGER,DEPLOYMENT_OPERATOR");
    assertThat(jdbc.sql("SELECT last_signed_in_at IS NOT NULL FROM staff_user WHERE id = ?").param(sam).query(Boolean.class).single())
        .as("the last sign-in the administrator sees").isTrue();
    assertThat(actions(TEAM_MANAGER_AND_SOCIAL_WORKER)).contains("ROLES_FROM_PROVIDER", "SIGNED_IN_WITH_PROVIDER");

    assertThat(browser.go(app("/staff/mash")).statusCode()).isEqualTo(403);
  }

  @Test
  void someoneInNoMappedGroupIsRefusedAndAudited() throws Exception {
    List<String> rolesBefore = roles(UNMAPPED);
    Browser browser = new Browser();
    HttpResponse<String> refused = browser.signInAtProvider(browser.go(app("/staff/sign-in/sso/oxfordshire")), UNMAPPED);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.uri().getPath()).isEqualTo("/staff/sign-in/sso/oxfordshire/refused");
    assertThat(refused.body()).contains("You have not been signed in",
        "None of your groups at your council’s sign-in service gives you a role in Front Door.");
    assertThat(browser.go(app("/staff")).uri().getPath()).as("not signed in").isEqualTo("/staff/sign-in");
    assertThat(roles(UNMAPPED)).isEqualTo(rolesBefore);
    assertThat(audit.about(OXFORDSHIRE, StaffAdministration.SUBJECT, UNMAPPED))
        .anySatisfy(entry -> {
          assertThat(entry.action()).isEqualTo("SIGN_IN_WITH_PROVIDER_REFUSED");
          assertThat(entry.detail()).startsWith("NO_ROLES").contains("everyone");
        });
  }

  @Test
  void aMemberOfAnotherCouncilsStaffCannotEnterThroughThisCouncilsProvider() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> refused = browser.signInAtProvider(browser.go(app("/staff/sign-in/sso/oxfordshire")), OTHER_COUNCIL);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("You do not have a Front Door account at this council");
    assertThat(browser.go(app("/staff")).uri().getPath()).isEqualTo("/staff/sign-in");
    assertThat(audit.about(OXFORDSHIRE, StaffAdministration.SUBJECT, OTHER_COUNCIL))
        .extracting(AuditEntry::action).contains("SIGN_IN_WITH_PROVIDER_REFUSED");
    assertThat(roles(OTHER_COUNCIL)).containsExactly("MASH_SOCIAL_WORKER");
  }

  @Test
  void aReturnFromTheProviderThatThisBrowserDidNotStartIsRefusedWithoutFillingTheAuditLog() throws Exception {
    int failuresBefore = audit.about(OXFORDSHIRE, StaffAdministration.SUBJECT, "").size();
    HttpResponse<String> refused = new Browser().go(app("/staff/sign-in/sso/oxfordshire/return?code=stolen&state=guessed"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.uri().getPath()).isEqualTo("/staff/sign-in/sso/oxfordshire/refused");
    assertThat(refused.body()).contains("Your council’s sign-in service did not let you in");
    assertThat(audit.about(OXFORDSHIRE, StaffAdministration.SUBJECT, "")).hasSize(failuresBefore);
  }

  @Test
  void aCouncilWithoutAProviderHasNoSingleSignOn() throws Exception {
    HttpResponse<String> none = new Browser().go(app("/staff/sign-in/sso/west-berkshire"));
    assertThat(none.statusCode()).isEqualTo(503);
    assertThat(none.body()).contains("You cannot sign in with your council account now");
    assertThat(new Browser().go(app("/staff/sign-in/sso/nowhere")).statusCode()).isEqualTo(404);
  }

  @Test
  void theSettingsPageKeepsWhatWasTypedBesideEachErrorAndNeverShowsTheSecret() throws Exception {
    MockHttpServletResponse page =
        mvc.perform(
                post("/staff/admin/single-sign-on")
                    .with(MashTesting.as(admin))
                    .with(csrf())
                    .param("issuerUri", "ftp://login.example/tenant")
                    .param("clientId", "front-door-typed")
                    .param("usernameClaim", "preferred username")
                    .param("groupsClaim", "")
                    .param("passwordAllowed", "maybe"))
            .andReturn()
            .getResponse();
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(errorsIn(page)).containsExactly(
        "Error: Enter the issuer as a web address starting https://",
        "Error: Enter the claim’s name as your provider spells it, like groups",
        "Error: Enter the claim that holds the member of staff’s groups",
        "Error: Select whether staff may still sign in with a password and an authenticator app",
        "Error: Enter at least one of your provider’s groups against a role");
    assertThat(page.getContentAsString()).contains("value=\"ftp://login.example/tenant\"", "value=\"front-door-typed\"",
        "value=\"preferred username\"", "/staff/sign-in/sso/oxfordshire/return");

    String settings =
        mvc.perform(get("/staff/admin/single-sign-on").with(MashTesting.as(admin))).andReturn().getResponse().getContentAsString();
    assertThat(settings).contains(provider.issuer(), "fd-caseworkers, fd-social-workers").doesNotContain(IdentityProvider.CLIENT_SECRET);
    byte[] stored = transactions.execute(status -> {
      tenancy.bind(OXFORDSHIRE);
      return jdbc.sql("SELECT client_secret FROM staff_sso_provider").query((rs, n) -> rs.getBytes(1)).single();
    });
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(IdentityProvider.CLIENT_SECRET);
    assertThat(audit.about(OXFORDSHIRE, SingleSignOnProviders.SUBJECT, OXFORDSHIRE.toString()))
        .extracting(AuditEntry::action).contains("SSO_SET_UP");
  }

  @Test
  void whereTheCouncilStopsPasswordsOnlyItsAdministratorsSignInWithOne() throws Exception {
    SingleSignOnProviders.Provider set = providers.of(OXFORDSHIRE).orElseThrow();
    providers.save(admin, new SingleSignOnProviders.Settings(set.issuerUri(), set.clientId(), null, set.usernameClaim(),
        set.groupsClaim(), false, set.rolesByGroup()));
    try {
      MockHttpServletResponse refused = passwordSignIn("call.handler@oxfordshire.demo");
      assertThat(refused.getStatus()).isEqualTo(200);
      assertThat(refused.getContentAsString()).contains("Your council has its staff sign in with their council account");
      // On to the second factor (the code, or setting up an app where another test reset theirs): the password was let through.
      assertThat(passwordSignIn("council.admin@oxfordshire.demo").getRedirectedUrl()).isIn("/staff/sign-in/code", "/staff/sign-in/set-up");
      assertThat(passwordSignIn("call.handler@west-berkshire.demo").getRedirectedUrl()).isIn("/staff/sign-in/code", "/staff/sign-in/set-up");
    } finally {
      providers.save(admin, new SingleSignOnProviders.Settings(set.issuerUri(), set.clientId(), null, set.usernameClaim(),
          set.groupsClaim(), true, set.rolesByGroup()));
    }
  }

  private MockHttpServletResponse passwordSignIn(String username) throws Exception {
    return mvc.perform(post("/staff/sign-in").with(csrf()).param("username", username).param("password", "demo-password"))
        .andReturn()
        .getResponse();
  }

  private static List<String> errorsIn(MockHttpServletResponse page) {
    try {
      return Pattern.compile("govuk-error-message[^>]*>(.*?)</p>", Pattern.DOTALL).matcher(page.getContentAsString()).results()
          .map(m -> m.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip())
          .map(org.springframework.web.util.HtmlUtils::htmlUnescape)
          .toList();
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> actions(String username) {
    return audit.about(OXFORDSHIRE, StaffAdministration.SUBJECT, username).stream().map(AuditEntry::action).toList();
  }

  private List<String> roles(String username) {
    return jdbc.sql("SELECT unnest(roles) FROM staff_user WHERE username = ?").param(username).query(String.class).list();
  }

  /** Front Door as the browser reaches it: by 127.0.0.1, as the provider is reached by localhost, so each has its own cookies. */
  private String app(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** A browser: a cookie jar, following redirects one by one and keeping where it went. */
  static final class Browser {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    final List<String> visited = new ArrayList<>();
    private final HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> go(String url) throws IOException, InterruptedException {
      return follow(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build());
    }

    /** Fills in the provider's login form shown, and follows wherever that leads. */
    HttpResponse<String> signInAtProvider(HttpResponse<String> loginPage, String username) throws IOException, InterruptedException {
      Matcher token = CSRF.matcher(loginPage.body());
      assertThat(token.find()).as("the provider's login form").isTrue();
      String form = "username=" + encode(username) + "&password=" + encode(IdentityProvider.PASSWORD) + "&_csrf=" + encode(token.group(1));
      return follow(
          HttpRequest.newBuilder(loginPage.uri())
              .header("Accept", "text/html")
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build());
    }

    private HttpResponse<String> follow(HttpRequest request) throws IOException, InterruptedException {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      visited.add(request.uri().toString());
      for (int hops = 0; response.statusCode() / 100 == 3 && hops < 20; hops++) {
        URI next = request.uri().resolve(response.headers().firstValue("Location").orElseThrow());
        request = HttpRequest.newBuilder(next).header("Accept", "text/html").GET().build();
        response = http.send(request, HttpResponse.BodyHandlers.ofString());
        visited.add(next.toString());
      }
      return response;
    }

    private static String encode(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }
}
