package uk.frontdoor.referral.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.frontdoor.platform.SecurityHeaders;

/**
 * The referral API is for partner organisations' systems, each with an API key sent as
 * {@code Authorization: Bearer <key>}. No sessions, no cookies, so no CSRF token either.
 */
@Configuration(proxyBeanMethods = false)
class PartnerApiSecurity {

  static final String ROLE = "PARTNER_SYSTEM";

  /** Spring's JSON converter, which writes a {@link ProblemDetail}'s properties beside its fields. */
  private static final JacksonJsonHttpMessageConverter PROBLEMS = new JacksonJsonHttpMessageConverter();

  @Bean
  @Order(1)
  SecurityFilterChain partnerApiChain(HttpSecurity http, PartnerKeys keys) throws Exception {
    http.securityMatcher("/api/v1/*/referrals", "/api/v1/*/referrals/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(ROLE))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .headers(SecurityHeaders.strict())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .addFilterBefore(new ApiRequestLimits(), AnonymousAuthenticationFilter.class)
        .addFilterBefore(new BearerKeyFilter(keys), AnonymousAuthenticationFilter.class)
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(
                        (request, response, e) ->
                            problem(response, 401, "Unauthorised",
                                "Send your organisation's API key as 'Authorization: Bearer <key>'."))
                    .accessDeniedHandler(
                        (request, response, e) ->
                            problem(response, 403, "Forbidden", "This key may not do that.")));
    return http.build();
  }

  /**
   * A problem document (RFC 9457) written before any controller is reached: a {@link ProblemDetail}
   * written by Spring's own JSON converter, as the controller's problems are.
   */
  static void problem(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
    problem.setTitle(title);
    // Spring 7 leaves an unset type out; these documents have always said it.
    problem.setType(URI.create("about:blank"));
    if (status == 401) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    ServletServerHttpResponse out = new ServletServerHttpResponse(response);
    out.setStatusCode(HttpStatusCode.valueOf(status));
    PROBLEMS.write(problem, MediaType.APPLICATION_PROBLEM_JSON, out);
    out.flush();
  }

  /** Signs in a request whose bearer token is a live API key. */
  static final class BearerKeyFilter extends OncePerRequestFilter {
    private final PartnerKeys keys;

    BearerKeyFilter(PartnerKeys keys) {
      this.keys = keys;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String header = request.getHeader(HttpHeaders.AUTHORIZATION);
      if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        keys.authenticate(header.substring(7).strip())
            .ifPresent(
                partner ->
                    SecurityContextHolder.getContext()
                        .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(
                                partner, null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)))));
      }
      chain.doFilter(request, response);
    }
  }
}
