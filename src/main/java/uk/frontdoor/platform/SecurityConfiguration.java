package uk.frontdoor.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security for the public audience. Handlers declare who may call them ({@link PublicAccess} or
 * the roles in {@code @PreAuthorize}), checked before the handler runs by {@link HandlerRoles};
 * staff and professional areas get their own filter chains.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /**
   * No observations of Spring Security's filters, sign-ins or access decisions: nothing here
   * collects traces, and while observations are on every filter of every request is wrapped in
   * one, even when a predicate then drops it (bench/RESULTS.md, 2026-11-23 evening).
   */
  @Bean
  static SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/staff/**", "/admin/**")
                    .denyAll()
                    .anyRequest()
                    .permitAll())
        .headers(SecurityHeaders.strict())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable());
    return http.build();
  }
}
