package uk.frontdoor.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The metrics a deployment's Prometheus scrapes ({@code /actuator/prometheus}, there only when
 * {@code frontdoor.metrics.prometheus.enabled}) answer only a request carrying the deployment's
 * token as {@code Authorization: Bearer <token>}: a token rather than a network range, because
 * behind a load balancer or in a container platform every request seems to come from the same few
 * addresses. The health checks stay open to anyone, without details.
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurity {

  static final String METRICS = "/actuator/prometheus";

  @Bean
  @Order(0)
  SecurityFilterChain metricsChain(
      HttpSecurity http,
      @Value("${frontdoor.metrics.prometheus.enabled:false}") boolean enabled,
      @Value("${frontdoor.metrics.prometheus.token:}") String token)
      throws Exception {
    if (enabled && token.isBlank()) {
      throw new IllegalStateException(
          "Prometheus metrics are switched on: set FRONTDOOR_METRICS_PROMETHEUS_TOKEN to the token"
              + " the scraper sends");
    }
    byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    http.securityMatcher(METRICS, METRICS + "/**")
        .authorizeHttpRequests(
            requests ->
                requests
                    .anyRequest()
                    .access(
                        (authentication, context) -> {
                          String sent = context.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
                          return new AuthorizationDecision(
                              enabled
                                  && sent != null
                                  && MessageDigest.isEqual(expected, sent.getBytes(StandardCharsets.UTF_8)));
                        }))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .headers(SecurityHeaders.strict())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable())
        .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
    return http.build();
  }
}
