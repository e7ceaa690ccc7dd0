package uk.frontdoor.referral.professional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import uk.frontdoor.platform.SecurityHeaders;

/**
 * Professionals' pages: signing in is open to anyone; everything else needs a professional signed
 * in with an emailed code, and anyone else is sent to the council's sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class ProfessionalSecurity {

  static final String ROLE = "PROFESSIONAL";

  @Bean
  @Order(2)
  SecurityFilterChain professionalChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/*/professional", "/*/professional/**")
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/*/professional/sign-in", "/*/professional/sign-in/**")
                    .permitAll()
                    .anyRequest()
                    .hasRole(ROLE))
        .exceptionHandling(
            errors ->
                errors.authenticationEntryPoint(
                    (request, response, e) -> {
                      String slug = request.getRequestURI().split("/")[1];
                      response.sendRedirect("/" + slug + "/professional/sign-in");
                    }))
        .logout(
            logout ->
                logout
                    .logoutRequestMatcher(
                        PathPatternRequestMatcher.withDefaults()
                            .matcher(org.springframework.http.HttpMethod.POST, "/*/professional/sign-out"))
                    .logoutSuccessHandler(
                        (request, response, authentication) -> {
                          String slug = request.getRequestURI().split("/")[1];
                          response.sendRedirect("/" + slug + "/professional/sign-in?signedOut");
                        }))
        .headers(SecurityHeaders.strict())
        .httpBasic(basic -> basic.disable())
        .formLogin(form -> form.disable());
    return http.build();
  }
}
