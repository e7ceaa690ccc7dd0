package uk.frontdoor.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import uk.frontdoor.platform.SecurityHeaders;

/**
 * Staff pages under {@code /staff}: each limited to the roles it declares. Signing in (a password,
 * then a code from an authenticator app; {@link StaffSignIn}) is open to anyone; only after both
 * steps does the session hold a signed-in member of staff, so between them nothing else under
 * {@code /staff} answers. Where a council has an identity provider, its staff may sign in through
 * it instead ({@link SingleSignOnLogin}).
 */
@Configuration(proxyBeanMethods = false)
public class StaffSecurity {

  public static final String SIGN_IN = "/staff/sign-in";
  /** Where an invitation's link leads: choosing a password, before the person can sign in. */
  public static final String INVITATION = "/staff/invitation/";

  @Bean
  @Order(3)
  SecurityFilterChain staffChain(HttpSecurity http, SingleSignOnLogin singleSignOn) throws Exception {
    // Load the CSRF token before a page renders, not when its first form asks for it: a long page
    // (a contact's whole referral) may already have been flushed to the browser by then.
    XorCsrfTokenRequestAttributeHandler csrfTokens = new XorCsrfTokenRequestAttributeHandler();
    csrfTokens.setCsrfRequestAttributeName(null);
    http.securityMatcher("/staff", "/staff/**")
        .authorizeHttpRequests(
            requests ->
                requests.requestMatchers(SIGN_IN, SIGN_IN + "/**", INVITATION + "**").permitAll().anyRequest().authenticated())
        .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN)))
        .logout(logout -> logout.logoutUrl("/staff/sign-out").logoutSuccessUrl(SIGN_IN + "?signedOut"))
        .csrf(csrf -> csrf.csrfTokenRequestHandler(csrfTokens))
        .headers(SecurityHeaders.strict())
        .oauth2Login(singleSignOn::configure)
        .formLogin(form -> form.disable())
        .httpBasic(basic -> basic.disable());
    return http.build();
  }
}
