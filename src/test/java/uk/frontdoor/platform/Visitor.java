package uk.frontdoor.platform;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One browser against the application through MockMvc: it keeps its session cookie (sessions live
 * in PostgreSQL and MockMvc does not carry the cookie by itself), sends forms with a CSRF token
 * from its own network address (the public limit counts per address), and signs professionals in
 * the way they do, with the code the demo shows on the page.
 */
public final class Visitor {

  private final MockMvc mvc;
  private final String address;
  private final RequestPostProcessor as;
  private Cookie session;

  public Visitor(MockMvc mvc, String address) {
    this(mvc, address, null);
  }

  /** A member of staff: every request signed in with {@code as}. */
  public Visitor(MockMvc mvc, String address, RequestPostProcessor as) {
    this.mvc = mvc;
    this.address = address;
    this.as = as;
  }

  public MockHttpServletResponse get(String path) throws Exception {
    return perform(MockMvcRequestBuilders.get(path));
  }

  /** Posts the fields, each name with its values in order, as a browser sends a form. */
  public MockHttpServletResponse post(String path, Map<String, List<String>> fields) throws Exception {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
    fields.forEach((name, values) -> values.forEach(value -> request.param(name, value)));
    return perform(request);
  }

  /** Posts single-valued fields. */
  public MockHttpServletResponse postOne(String path, Map<String, String> fields) throws Exception {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
    fields.forEach(request::param);
    return perform(request);
  }

  public MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
    request.with(
        r -> {
          r.setRemoteAddr(address);
          return r;
        });
    if (as != null) {
      request.with(as);
    }
    if (session != null) {
      request.cookie(session);
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    Cookie issued = response.getCookie("SESSION");
    if (issued != null) {
      session = issued;
    }
    return response;
  }

  /** Signs in to a council's professional portal as this email address. */
  public void signInAsProfessional(String slug, String email) throws Exception {
    postOne("/" + slug + "/professional/sign-in", Map.of("email", email));
    String page = get("/" + slug + "/professional/sign-in/code").getContentAsString();
    Matcher code = Pattern.compile("the code is <strong>(\\d{6})</strong>").matcher(page);
    if (!code.find()) {
      throw new AssertionError("No demonstration sign-in code on the page: " + page);
    }
    MockHttpServletResponse signedIn = postOne("/" + slug + "/professional/sign-in/code", Map.of("code", code.group(1)));
    if (!("/" + slug + "/professional").equals(signedIn.getRedirectedUrl())) {
      throw new AssertionError("Not signed in: " + signedIn.getStatus() + " " + signedIn.getContentAsString());
    }
  }

  /** Waits up to 20 seconds for a page to answer 200 (a contact opens once the MASH's intake has run). */
  public MockHttpServletResponse awaitPage(String path) {
    return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
        .until(() -> get(path), response -> response.getStatus() != 404);
  }
}
